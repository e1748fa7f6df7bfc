#include "models/aws/AwsRequest.h"

#include <QJsonDocument>

namespace Aws
{

namespace
{

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

QByteArray percentEncode(const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto b = static_cast<unsigned char>(c);
            out.append('%');
            out.append(hex[b >> 4]);
            out.append(hex[b & 0x0f]);
        }
    }
    return out;
}

} // namespace

AwsRequest AwsRequest::restJson(
    const QString &operation, const QByteArray &method, const QByteArray &path, const QJsonObject &body)
{
    AwsRequest r;
    r.serviceKey = QStringLiteral("sesv2");
    r.signingName = QStringLiteral("ses");
    r.operation = operation;
    r.protocol = Protocol::RestJson;
    r.method = method;
    r.path = path;
    if (!body.isEmpty() || method == "POST" || method == "PUT") {
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.contentType = "application/json";
    }
    return r;
}

AwsRequest AwsRequest::queryCall(const QString &serviceKey,
    const QString &signingName,
    const QString &action,
    const QString &version,
    const QList<QPair<QString, QString>> &params)
{
    AwsRequest r;
    r.serviceKey = serviceKey;
    r.signingName = signingName;
    r.operation = action;
    r.protocol = Protocol::Query;
    r.method = "POST";
    r.path = "/";
    QList<QPair<QString, QString>> all;
    all.reserve(params.size() + 2);
    all.append({QStringLiteral("Action"), action});
    all.append({QStringLiteral("Version"), version});
    all.append(params);
    r.body = encodeForm(all);
    r.contentType = "application/x-www-form-urlencoded; charset=utf-8";
    return r;
}

AwsRequest AwsRequest::jsonCall(const QString &serviceKey,
    const QString &signingName,
    const QString &targetPrefix,
    const QString &operation,
    const QJsonObject &body,
    const QByteArray &contentType)
{
    AwsRequest r;
    r.serviceKey = serviceKey;
    r.signingName = signingName;
    r.operation = operation;
    r.protocol = Protocol::Json;
    r.method = "POST";
    r.path = "/";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = contentType;
    r.headers.append({"X-Amz-Target", (targetPrefix + QLatin1Char('.') + operation).toLatin1()});
    return r;
}

QByteArray AwsRequest::encodePathSegment(const QString &segment)
{
    return percentEncode(segment);
}

QByteArray AwsRequest::encodeForm(const QList<QPair<QString, QString>> &params)
{
    QByteArray out;
    for (const auto &[key, value] : params) {
        if (!out.isEmpty())
            out.append('&');
        out.append(percentEncode(key));
        out.append('=');
        out.append(percentEncode(value));
    }
    return out;
}

} // namespace Aws
