#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QUrl>

#include "models/aws/AwsRequest.h"
#include "models/aws/RetryPolicy.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Aws
{

class AwsJob;
class Clock;
class CredentialsProvider;
class RateLimiter;
struct AwsError;
struct Credentials;
struct AwsResponse;

/// Where and how a client talks to AWS: region, endpoints, retries, pacing, timeouts.
struct ClientConfig {
    QString region = QStringLiteral("us-east-1");
    /// --endpoint-url / AWS_ENDPOINT_URL / profile endpoint_url: used for every service.
    QUrl endpointOverride;
    /// Per service key ("sesv2", "ses", "cloudwatch", "sts"): AWS_ENDPOINT_URL_<KEY> or the
    /// profile's services section. Wins over endpointOverride.
    QHash<QString, QUrl> serviceEndpoints;
    RetryPolicy retry;
    double managementRatePerSecond = 1.0; ///< 0 disables the limiter (local Sandbox).
    double managementBurst = 1.0;
    std::chrono::milliseconds defaultTimeout{30000};
    /// Plain http:// is refused unless the host is loopback; tests may not turn this off.
    bool allowInsecureLoopbackOnly = true;
};

/// What the activity log shows for one finished call. Never holds secrets.
struct CallRecord {
    quint64 id = 0;
    QDateTime startedUtc;
    QString serviceKey;
    QString operation;
    qint64 durationMs = 0;
    int httpStatus = 0;
    bool ok = false;
    bool cancelled = false;
    QString errorCode;
    QString errorMessage;
    QString requestId;
    int attempts = 0;
};

/// Sends AwsRequests: resolves the endpoint, fetches credentials, signs with SigV4, sends over
/// the injected QNetworkAccessManager, retries throttling and transient failures with backoff
/// and jitter, paces management calls, corrects clock skew and parses AWS errors of every
/// protocol into AwsError. Callers see one AwsJob per call and none of that machinery.
class AwsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsClient)

public:
    AwsClient(QNetworkAccessManager *network,
        std::shared_ptr<CredentialsProvider> credentials,
        const Clock *clock,
        ClientConfig config,
        QObject *parent = nullptr);
    ~AwsClient() override;

    /// Starts the call. The job is owned by this client and deletes itself after finished().
    AwsJob *send(AwsRequest request);

    const ClientConfig &config() const
    {
        return m_config;
    }
    CredentialsProvider *credentialsProvider() const
    {
        return m_credentials.get();
    }
    /// The endpoint for a service key: per-service override, global override, else
    /// https://<host>.<region>.amazonaws.com for that service.
    QUrl endpointFor(const QString &serviceKey) const;
    static QUrl defaultEndpoint(const QString &serviceKey, const QString &region);
    static bool isLoopbackHost(const QString &host);

    /// Server time minus local time, learnt from a skew error's Date header.
    std::chrono::milliseconds clockSkew() const
    {
        return m_skew;
    }

    /// Receives one line per request and response (method, URL, status, headers, body) with the
    /// Authorization signature, security token and secrets redacted: sesdesk-cli --debug.
    void setDebugSink(std::function<void(const QString &)> sink);

    /// Parses an error answer of any protocol (REST-JSON, awsJson, Query XML) into AwsError.
    static AwsError parseErrorResponse(
        int httpStatus, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);

Q_SIGNALS:
    void callStarted(quint64 id, const QString &operation);
    void callFinished(const Aws::CallRecord &record);
    /// Number of calls in flight changed (for the status bar's activity indicator).
    void activityChanged(int callsInFlight);

private:
    friend class AwsJob;
    void startAttempt(AwsJob *job);
    void sendSigned(AwsJob *job, const Credentials &credentials);
    void onReplyFinished(AwsJob *job, QNetworkReply *reply);
    void onTimeout(AwsJob *job);
    void handleFailure(AwsJob *job, const AwsError &error);
    void finishJob(AwsJob *job);
    void cancelJob(AwsJob *job);
    void debugLine(const QString &line) const;
    bool takeRetryQuota(const AwsError &error);

    QNetworkAccessManager *m_network;
    std::shared_ptr<CredentialsProvider> m_credentials;
    const Clock *m_clock;
    ClientConfig m_config;
    std::unique_ptr<RateLimiter> m_limiter;
    std::chrono::milliseconds m_skew{0};
    std::function<void(const QString &)> m_debugSink;
    int m_retryTokens;
    int m_inFlight = 0;
    quint64 m_nextId = 1;
};

} // namespace Aws

Q_DECLARE_METATYPE(Aws::CallRecord)
