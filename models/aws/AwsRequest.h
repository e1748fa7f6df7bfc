#pragma once

#include <chrono>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Aws
{

/// The wire protocols SesDesk speaks.
enum class Protocol {
    RestJson, ///< SES v2: HTTP method + path, JSON bodies, x-amzn-ErrorType errors.
    Query, ///< SES v1, STS, CloudWatch (classic): form-encoded POST, XML answers.
    Json, ///< awsJson1.0 (CloudWatch as current CLIs send it): POST + X-Amz-Target, JSON.
};

/// How a call is paced and retried.
enum class CallKind {
    Management, ///< Rate limited per region (SES: about 1 request per second), retried.
    Sending, ///< Not rate limited by the management limiter; never retried once it may have arrived.
    Unthrottled, ///< STS, CloudWatch: retried, not rate limited.
};

/// One API call, protocol-neutral: what to send and to which service. Built by the typed
/// clients (SesClient, CloudWatchClient, StsClient); AwsClient resolves the endpoint, signs,
/// sends, retries and parses errors.
struct AwsRequest {
    QString
        serviceKey; ///< Endpoint key as in AWS_ENDPOINT_URL_<KEY> / [services]: "sesv2", "ses", "cloudwatch", "sts".
    QString signingName; ///< SigV4 service name: "ses", "monitoring", "sts".
    QString operation; ///< "GetAccount": for logs, the activity log and the rate limiter.
    Protocol protocol = Protocol::RestJson;
    CallKind kind = CallKind::Management;
    QByteArray method = "GET";
    QByteArray path = "/"; ///< Already percent-encoded (see encodePathSegment).
    QList<QPair<QString, QString>> query; ///< Decoded pairs; AwsClient encodes them.
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; ///< Extra headers (X-Amz-Target...).
    std::chrono::milliseconds timeout{0}; ///< 0: the client's default.

    /// A REST-JSON call; body is sent when non-empty (or when the method is POST/PUT).
    static AwsRequest restJson(
        const QString &operation, const QByteArray &method, const QByteArray &path, const QJsonObject &body = {});
    /// A Query-protocol call: Action, Version and params as a form body.
    static AwsRequest queryCall(const QString &serviceKey,
        const QString &signingName,
        const QString &action,
        const QString &version,
        const QList<QPair<QString, QString>> &params);
    /// An awsJson1.0 / 1.1 call: POST / with X-Amz-Target: <targetPrefix>.<operation>.
    static AwsRequest jsonCall(const QString &serviceKey,
        const QString &signingName,
        const QString &targetPrefix,
        const QString &operation,
        const QJsonObject &body,
        const QByteArray &contentType = "application/x-amz-json-1.0");

    /// Percent-encodes one path segment by RFC 3986 (unreserved characters kept), so
    /// "ops+alerts@example.com" becomes "ops%2Balerts%40example.com".
    static QByteArray encodePathSegment(const QString &segment);
    /// application/x-www-form-urlencoded with AWS's rules (space as %20, unreserved kept).
    static QByteArray encodeForm(const QList<QPair<QString, QString>> &params);
};

} // namespace Aws
