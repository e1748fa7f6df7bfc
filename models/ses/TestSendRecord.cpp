#include "models/ses/TestSendRecord.h"

namespace Ses
{

namespace
{

void insertIfSet(QJsonObject &out, const char *key, const QString &value)
{
    if (!value.isEmpty())
        out.insert(QLatin1String(key), value);
}

} // namespace

QJsonObject TestSendRecord::toJson() const
{
    QJsonObject out{
        {QStringLiteral("id"), id},
        {QStringLiteral("sentAt"), sentAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("from"), from},
        {QStringLiteral("recipient"), recipient},
        {QStringLiteral("outcome"), outcome.toJson()},
    };
    insertIfSet(out, "scenario", scenario);
    insertIfSet(out, "label", label);
    insertIfSet(out, "contentKind", contentKind);
    insertIfSet(out, "templateName", templateName);
    insertIfSet(out, "configurationSet", configurationSet);
    insertIfSet(out, "messageId", messageId);
    insertIfSet(out, "errorCode", errorCode);
    insertIfSet(out, "errorMessage", errorMessage);
    insertIfSet(out, "requestId", requestId);
    return out;
}

TestSendRecord TestSendRecord::fromJson(const QJsonObject &json)
{
    TestSendRecord r;
    auto s = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    r.id = s("id");
    r.sentAt = QDateTime::fromString(s("sentAt"), Qt::ISODateWithMs).toUTC();
    r.from = s("from");
    r.recipient = s("recipient");
    r.scenario = s("scenario");
    r.label = s("label");
    r.contentKind = s("contentKind");
    r.templateName = s("templateName");
    r.configurationSet = s("configurationSet");
    r.messageId = s("messageId");
    r.errorCode = s("errorCode");
    r.errorMessage = s("errorMessage");
    r.requestId = s("requestId");
    r.outcome = MessageOutcome::fromJson(json.value(QLatin1String("outcome")).toObject());
    return r;
}

} // namespace Ses
