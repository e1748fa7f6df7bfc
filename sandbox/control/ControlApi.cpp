#include "sandbox/control/ControlApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include "models/aws/Clock.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/mail/CapturedMailStore.h"
#include "sandbox/s3/ObjectStore.h"
#include "sandbox/state/AccountRepository.h"
#include "sandbox/state/DedicatedIpRepository.h"
#include "sandbox/state/IdentityLifecycle.h"
#include "sandbox/state/IdentityName.h"
#include "sandbox/state/IdentityRepository.h"
#include "sandbox/state/PageToken.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{

HttpResponse json(int status, const QJsonObject &body, const QString &requestId)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "application/json");
    response.setHeader("x-amzn-RequestId", requestId.toLatin1());
    response.body = QJsonDocument(body).toJson(QJsonDocument::Indented);
    return response;
}

HttpResponse problem(int status, const QString &code, const QString &message, const QString &requestId)
{
    return json(status, QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}, requestId);
}

QJsonObject bodyObject(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QJsonObject summary(const QJsonObject &message)
{
    QJsonObject out = message;
    out.remove(QStringLiteral("raw"));
    out.remove(QStringLiteral("rawBase64"));
    QJsonArray types;
    for (const auto &event : message.value(QLatin1String("events")).toArray())
        types.append(event.toObject().value(QLatin1String("eventType")));
    out.remove(QStringLiteral("events"));
    out.insert(QStringLiteral("eventTypes"), types);
    return out;
}

} // namespace

ControlApi::ControlApi(SandboxContext &context)
    : m_context(context)
{
}

HttpResponse ControlApi::handle(const HttpRequest &request, const QString &requestId)
{
    m_context.store.begin();
    HttpResponse response = route(request, requestId);
    if (response.status >= 400) {
        m_context.store.rollback();
        return response;
    }
    QString error;
    if (!m_context.store.commit(&error))
        return problem(500,
            QStringLiteral("InternalFailure"),
            QStringLiteral("The Sandbox could not save the change: %1").arg(error),
            requestId);
    return response;
}

HttpResponse ControlApi::route(const HttpRequest &request, const QString &requestId)
{
    QList<QByteArray> parts = request.path.split('/');
    parts.removeFirst(); // leading empty segment
    parts.removeFirst(); // "_sandbox"
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    QStringList segments;
    for (const QByteArray &part : parts)
        segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(part)));
    const QByteArray &method = request.method;

    if (segments == QStringList{QStringLiteral("messages")}) {
        if (method == "GET")
            return listMessages(request, requestId);
        if (method == "DELETE")
            return deleteMessages(requestId);
    } else if (segments.size() == 2 && segments.first() == QLatin1String("messages") && method == "GET") {
        return getMessage(segments.at(1), false, requestId);
    } else if (segments.size() == 3 && segments.first() == QLatin1String("messages")
        && segments.at(2) == QLatin1String("raw") && method == "GET") {
        return getMessage(segments.at(1), true, requestId);
    } else if (segments.size() == 3 && segments.first() == QLatin1String("identities")
        && segments.at(2) == QLatin1String("verify") && method == "POST") {
        return verifyIdentity(segments.at(1), request, requestId);
    } else if (segments == QStringList{QStringLiteral("account"), QStringLiteral("review")} && method == "POST") {
        return resolveReview(request, requestId);
    } else if (segments == QStringList{QStringLiteral("account"), QStringLiteral("enforcement-status")}
        && method == "PUT") {
        return setEnforcementStatus(request, requestId);
    } else if (segments == QStringList{QStringLiteral("account"), QStringLiteral("send-quota")} && method == "PUT") {
        return setSendQuota(request, requestId);
    } else if (segments == QStringList{QStringLiteral("dedicated-ips")} && method == "POST") {
        return leaseDedicatedIps(request, requestId);
    } else if (!segments.isEmpty() && segments.first() == QLatin1String("s3")) {
        return s3(segments.mid(1), request, requestId);
    } else if ((segments.isEmpty() || segments == QStringList{QStringLiteral("info")}) && method == "GET") {
        return info(requestId);
    }
    return problem(404,
        QStringLiteral("NotFound"),
        QStringLiteral("No Sandbox control endpoint %1 %2 (see sandbox/README.md).")
            .arg(QString::fromLatin1(method), QString::fromUtf8(request.path)),
        requestId);
}

HttpResponse ControlApi::listMessages(const HttpRequest &request, const QString &requestId)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    const Outcome<QString> after
        = PageToken::decode(query.queryItemValue(QStringLiteral("nextToken"), QUrl::FullyDecoded));
    if (!after)
        return problem(400, QStringLiteral("BadRequest"), after.error().message, requestId);
    int pageSize = 100;
    if (query.hasQueryItem(QStringLiteral("pageSize"))) {
        pageSize = query.queryItemValue(QStringLiteral("pageSize")).toInt();
        if (pageSize < 1 || pageSize > 1000)
            return problem(
                400, QStringLiteral("BadRequest"), QStringLiteral("pageSize must be between 1 and 1000."), requestId);
    }
    const QList<QJsonObject> page = m_context.mail.page(after.value(), pageSize + 1);
    QJsonArray messages;
    for (qsizetype i = 0; i < page.size() && i < pageSize; ++i)
        messages.append(summary(page.at(i)));
    QJsonObject out{{QStringLiteral("messages"), messages}, {QStringLiteral("total"), m_context.mail.count()}};
    if (page.size() > pageSize)
        out.insert(QStringLiteral("nextToken"),
            PageToken::encode(page.at(pageSize - 1).value(QLatin1String("messageId")).toString()));
    return json(200, out, requestId);
}

HttpResponse ControlApi::getMessage(const QString &messageId, bool raw, const QString &requestId)
{
    const std::optional<QJsonObject> message = m_context.mail.find(messageId);
    if (!message)
        return problem(
            404, QStringLiteral("NotFound"), QStringLiteral("No captured message %1.").arg(messageId), requestId);
    if (!raw)
        return json(200, *message, requestId);
    if (!message->contains(QLatin1String("raw")) && !message->contains(QLatin1String("rawBase64")))
        return problem(404,
            QStringLiteral("NotFound"),
            QStringLiteral("Message %1 was never built: its template could not be rendered.").arg(messageId),
            requestId);
    HttpResponse response;
    response.setHeader("Content-Type", "message/rfc822");
    response.setHeader("x-amzn-RequestId", requestId.toLatin1());
    response.body = message->contains(QLatin1String("rawBase64"))
        ? QByteArray::fromBase64(message->value(QLatin1String("rawBase64")).toString().toLatin1())
        : message->value(QLatin1String("raw")).toString().toUtf8();
    return response;
}

HttpResponse ControlApi::deleteMessages(const QString &requestId)
{
    const qint64 deleted = m_context.mail.clear();
    return json(200, QJsonObject{{QStringLiteral("deleted"), deleted}}, requestId);
}

HttpResponse ControlApi::verifyIdentity(const QString &name, const HttpRequest &request, const QString &requestId)
{
    const QDateTime now = m_context.clock.nowUtc();
    const Outcome<IdentityName> parsed = IdentityName::parse(name);
    std::optional<QJsonObject> identity = parsed ? m_context.identities.find(parsed->key(), now) : std::nullopt;
    if (!identity)
        return problem(
            404, QStringLiteral("NotFound"), QStringLiteral("Email identity %1 does not exist.").arg(name), requestId);
    const QString status = bodyObject(request).value(QLatin1String("status")).toString(QStringLiteral("SUCCESS"));
    static const QStringList allowed = {QStringLiteral("SUCCESS"),
        QStringLiteral("FAILED"),
        QStringLiteral("TEMPORARY_FAILURE"),
        QStringLiteral("PENDING"),
        QStringLiteral("NOT_STARTED")};
    if (!allowed.contains(status)) {
        return problem(400,
            QStringLiteral("BadRequest"),
            QStringLiteral("status must be one of %1.").arg(allowed.join(QStringLiteral(", "))),
            requestId);
    }
    IdentityLifecycle::forceStatus(*identity, status, now);
    m_context.identities.save(*identity);
    const QJsonObject described = m_context.identities.describe(*identity, now);
    return json(200,
        QJsonObject{{QStringLiteral("identity"), identity->value(QLatin1String("IdentityName"))},
            {QStringLiteral("verificationStatus"), described.value(QLatin1String("VerificationStatus"))},
            {QStringLiteral("dkimStatus"),
                described.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Status"))}},
        requestId);
}

HttpResponse ControlApi::resolveReview(const HttpRequest &request, const QString &requestId)
{
    const QString status = bodyObject(request).value(QLatin1String("status")).toString(QStringLiteral("GRANTED"));
    if (status != QLatin1String("GRANTED") && status != QLatin1String("DENIED") && status != QLatin1String("FAILED"))
        return problem(
            400, QStringLiteral("BadRequest"), QStringLiteral("status must be GRANTED, DENIED or FAILED."), requestId);
    if (!m_context.account.resolveReview(status, m_context.clock.nowUtc()))
        return problem(
            409, QStringLiteral("Conflict"), QStringLiteral("No production-access review is pending."), requestId);
    return json(200, QJsonObject{{QStringLiteral("reviewStatus"), status}}, requestId);
}

HttpResponse ControlApi::setEnforcementStatus(const HttpRequest &request, const QString &requestId)
{
    const QString status = bodyObject(request).value(QLatin1String("enforcementStatus")).toString();
    if (status != QLatin1String("HEALTHY") && status != QLatin1String("PROBATION")
        && status != QLatin1String("SHUTDOWN"))
        return problem(400,
            QStringLiteral("BadRequest"),
            QStringLiteral("enforcementStatus must be HEALTHY, PROBATION or SHUTDOWN."),
            requestId);
    const QDateTime now = m_context.clock.nowUtc();
    QJsonObject account = m_context.account.load(now);
    account.insert(QStringLiteral("EnforcementStatus"), status);
    m_context.account.save(account);
    return json(200, QJsonObject{{QStringLiteral("enforcementStatus"), status}}, requestId);
}

HttpResponse ControlApi::setSendQuota(const HttpRequest &request, const QString &requestId)
{
    const QJsonObject body = bodyObject(request);
    const QDateTime now = m_context.clock.nowUtc();
    QJsonObject account = m_context.account.load(now);
    QJsonObject quota = account.value(QLatin1String("SendQuota")).toObject();
    for (const auto &[field, member] :
        {std::pair{"max24HourSend", "Max24HourSend"}, std::pair{"maxSendRate", "MaxSendRate"}}) {
        if (!body.contains(QLatin1String(field)))
            continue;
        const double value = body.value(QLatin1String(field)).toDouble(-1);
        if (value <= 0)
            return problem(400,
                QStringLiteral("BadRequest"),
                QStringLiteral("%1 must be a positive number.").arg(QLatin1String(field)),
                requestId);
        quota.insert(QLatin1String(member), value);
    }
    account.insert(QStringLiteral("SendQuota"), quota);
    m_context.account.save(account);
    return json(200,
        QJsonObject{{QStringLiteral("max24HourSend"), quota.value(QLatin1String("Max24HourSend"))},
            {QStringLiteral("maxSendRate"), quota.value(QLatin1String("MaxSendRate"))}},
        requestId);
}

HttpResponse ControlApi::leaseDedicatedIps(const HttpRequest &request, const QString &requestId)
{
    const QJsonObject body = bodyObject(request);
    const int count = body.value(QLatin1String("count")).toInt(1);
    if (count < 1 || count > 100)
        return problem(
            400, QStringLiteral("BadRequest"), QStringLiteral("count must be between 1 and 100."), requestId);
    const QDateTime now = m_context.clock.nowUtc();
    const QString pool = body.value(QLatin1String("poolName")).toString();
    if (!pool.isEmpty() && !m_context.dedicatedIps.findPool(pool))
        return problem(404,
            QStringLiteral("NotFound"),
            QStringLiteral("Dedicated IP pool <%1> does not exist.").arg(pool),
            requestId);
    const bool autoWarmup
        = m_context.account.load(now).value(QLatin1String("DedicatedIpAutoWarmupEnabled")).toBool(true);
    const QStringList leased = m_context.dedicatedIps.lease(count, pool, autoWarmup, now);
    if (leased.size() < count)
        return problem(409, QStringLiteral("Conflict"), QStringLiteral("No more addresses to lease."), requestId);
    return json(200, QJsonObject{{QStringLiteral("leased"), QJsonArray::fromStringList(leased)}}, requestId);
}

HttpResponse ControlApi::s3(const QStringList &segments, const HttpRequest &request, const QString &requestId)
{
    if (segments.isEmpty())
        return problem(404,
            QStringLiteral("NotFound"),
            QStringLiteral("Name a bucket: /_sandbox/s3/{bucket}[/{key}]."),
            requestId);
    const QString bucket = segments.first();
    if (!ObjectStore::isValidBucketName(bucket))
        return problem(400,
            QStringLiteral("InvalidBucketName"),
            QStringLiteral("Invalid bucket name %1: use 3 to 63 lower-case letters, digits, dots and hyphens.")
                .arg(bucket),
            requestId);
    const QString key = segments.mid(1).join(QLatin1Char('/'));
    const QByteArray &method = request.method;
    if (key.isEmpty()) {
        if (method != "GET")
            return problem(
                405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Buckets can only be listed."), requestId);
        QJsonArray objects;
        for (const ObjectStore::Summary &object : m_context.objects.list(bucket)) {
            objects.append(QJsonObject{{QStringLiteral("key"), object.key},
                {QStringLiteral("size"), object.size},
                {QStringLiteral("lastModified"), Timestamps::toIso(object.lastModified)},
                {QStringLiteral("s3Url"), QStringLiteral("s3://%1/%2").arg(bucket, object.key)}});
        }
        return json(
            200, QJsonObject{{QStringLiteral("bucket"), bucket}, {QStringLiteral("objects"), objects}}, requestId);
    }
    if (method == "PUT") {
        const QString contentType = QString::fromLatin1(request.header("Content-Type"));
        m_context.objects.put(ObjectStore::Object{bucket,
            key,
            request.body,
            contentType.isEmpty() ? QStringLiteral("application/octet-stream") : contentType,
            m_context.clock.nowUtc()});
        return json(200,
            QJsonObject{{QStringLiteral("bucket"), bucket},
                {QStringLiteral("key"), key},
                {QStringLiteral("size"), request.body.size()},
                {QStringLiteral("s3Url"), QStringLiteral("s3://%1/%2").arg(bucket, key)}},
            requestId);
    }
    if (method == "GET") {
        const std::optional<ObjectStore::Object> object = m_context.objects.get(bucket, key);
        if (!object)
            return problem(
                404, QStringLiteral("NoSuchKey"), QStringLiteral("No object s3://%1/%2.").arg(bucket, key), requestId);
        HttpResponse response;
        response.setHeader("Content-Type", object->contentType.toLatin1());
        response.setHeader("x-amzn-RequestId", requestId.toLatin1());
        response.body = object->body;
        return response;
    }
    if (method == "DELETE") {
        if (!m_context.objects.remove(bucket, key))
            return problem(
                404, QStringLiteral("NoSuchKey"), QStringLiteral("No object s3://%1/%2.").arg(bucket, key), requestId);
        return json(
            200, QJsonObject{{QStringLiteral("deleted"), QStringLiteral("s3://%1/%2").arg(bucket, key)}}, requestId);
    }
    return problem(
        405, QStringLiteral("MethodNotAllowed"), QStringLiteral("Use PUT, GET or DELETE on an object."), requestId);
}

HttpResponse ControlApi::info(const QString &requestId)
{
    const SandboxConfig &config = m_context.config;
    return json(200,
        QJsonObject{{QStringLiteral("service"), QStringLiteral("SesDesk Sandbox")},
            {QStringLiteral("version"), QStringLiteral(SESDESK_VERSION)},
            {QStringLiteral("region"), config.region},
            {QStringLiteral("accountId"), config.accountId},
            {QStringLiteral("accessKeyId"), config.accessKeyId},
            {QStringLiteral("persistent"), m_context.store.isPersistent()},
            {QStringLiteral("productionAccess"), !m_context.account.isSandboxed(m_context.clock.nowUtc())}},
        requestId);
}

} // namespace Sandbox
