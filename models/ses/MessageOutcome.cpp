#include "models/ses/MessageOutcome.h"

#include <QJsonArray>
#include <QRegularExpression>

#include "models/ses/JsonUtil.h"

namespace Ses
{

namespace
{

/// "AutoReply", "auto-reply", "autoReply" -> "autoreply".
QString normalised(const QString &eventType)
{
    QString out;
    for (const QChar c : eventType) {
        if (c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

QString firstString(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString();
    }
    return {};
}

/// "5.1.1" out of "smtp; 550 5.1.1 user unknown".
QString enhancedStatusIn(const QString &text)
{
    static const QRegularExpression status(QStringLiteral(R"(\b([245]\.\d{1,3}\.\d{1,3})\b)"));
    const auto match = status.match(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

void readBounce(const QJsonObject &event, MessageOutcome &outcome)
{
    // SES's event record nests the details under "bounce"; accept them flat as well.
    const QJsonObject bounce
        = event.contains(QLatin1String("bounce")) ? event.value(QLatin1String("bounce")).toObject() : event;
    outcome.bounceType = firstString(bounce, {"bounceType", "BounceType"});
    outcome.bounceSubType = firstString(bounce, {"bounceSubType", "BounceSubType"});
    QJsonObject recipient;
    const QJsonArray recipients = bounce.value(QLatin1String("bouncedRecipients")).toArray();
    if (!recipients.isEmpty())
        recipient = recipients.first().toObject();
    outcome.smtpStatus = firstString(recipient, {"status", "Status"});
    outcome.diagnosticCode = firstString(recipient, {"diagnosticCode", "DiagnosticCode"});
    if (outcome.smtpStatus.isEmpty())
        outcome.smtpStatus = firstString(bounce, {"smtpStatus", "status", "enhancedStatusCode"});
    if (outcome.diagnosticCode.isEmpty())
        outcome.diagnosticCode = firstString(bounce, {"diagnosticCode", "smtpResponse"});
    if (outcome.smtpStatus.isEmpty())
        outcome.smtpStatus = enhancedStatusIn(outcome.diagnosticCode);
}

} // namespace

bool MessageOutcome::isFinal() const
{
    switch (status) {
    case Status::Unknown:
    case Status::Pending:
    case Status::Delivered: // a complaint or an auto-reply may still follow
        return false;
    default:
        return true;
    }
}

MessageOutcome MessageOutcome::fromSandboxMessage(const QJsonObject &message)
{
    MessageOutcome outcome;
    outcome.status = Status::Pending;
    bool delivered = false;
    bool bounced = false;
    bool complained = false;
    bool autoReplied = false;
    bool rejected = false;
    QJsonArray events = message.value(QLatin1String("events")).toArray();
    if (events.isEmpty()) {
        // The list endpoint's summary form: only the types.
        for (const QJsonValue &t : message.value(QLatin1String("eventTypes")).toArray())
            events.append(QJsonObject{{QStringLiteral("eventType"), t}});
    }
    for (const QJsonValue &value : std::as_const(events)) {
        const QJsonObject event = value.toObject();
        const QString type = firstString(event, {"eventType", "type", "notificationType"});
        outcome.eventTypes.append(type);
        const QString kind = normalised(type);
        if (kind == QLatin1String("delivery")) {
            delivered = true;
        } else if (kind == QLatin1String("bounce")) {
            bounced = true;
            readBounce(event, outcome);
        } else if (kind == QLatin1String("complaint")) {
            complained = true;
        } else if (kind == QLatin1String("autoreply") || kind == QLatin1String("autoresponse")) {
            autoReplied = true;
        } else if (kind == QLatin1String("reject")) {
            rejected = true;
        }
    }
    if (rejected)
        outcome.status = Status::Rejected;
    else if (bounced)
        outcome.status
            = outcome.bounceSubType.contains(QLatin1String("Suppress")) ? Status::Suppressed : Status::Bounced;
    else if (complained)
        outcome.status = Status::Complained;
    else if (autoReplied)
        outcome.status = Status::AutoReplied;
    else if (delivered)
        outcome.status = Status::Delivered;
    return outcome;
}

QString MessageOutcome::statusTitle(Status status)
{
    switch (status) {
    case Status::Unknown:
        return tr("Not checked");
    case Status::Pending:
        return tr("Accepted, no outcome yet");
    case Status::Delivered:
        return tr("Delivered");
    case Status::Bounced:
        return tr("Bounced");
    case Status::Suppressed:
        return tr("Bounced (suppression list)");
    case Status::Complained:
        return tr("Delivered, then a complaint");
    case Status::AutoReplied:
        return tr("Delivered, then an auto-reply");
    case Status::Rejected:
        return tr("Rejected");
    case Status::NotCaptured:
        return tr("Not in the Sandbox's captured mail");
    case Status::Unavailable:
        return tr("Accepted by SES; outcomes arrive through event destinations");
    }
    return {};
}

QString MessageOutcome::summary() const
{
    QString text = statusTitle(status);
    if ((status == Status::Bounced || status == Status::Suppressed) && !smtpStatus.isEmpty())
        text += QStringLiteral(" · ") + tr("SMTP %1").arg(smtpStatus);
    return text;
}

QJsonObject MessageOutcome::toJson() const
{
    QJsonObject out{{QStringLiteral("status"), statusKey(status)}};
    if (!bounceType.isEmpty())
        out.insert(QStringLiteral("bounceType"), bounceType);
    if (!bounceSubType.isEmpty())
        out.insert(QStringLiteral("bounceSubType"), bounceSubType);
    if (!smtpStatus.isEmpty())
        out.insert(QStringLiteral("smtpStatus"), smtpStatus);
    if (!diagnosticCode.isEmpty())
        out.insert(QStringLiteral("diagnosticCode"), diagnosticCode);
    if (!eventTypes.isEmpty())
        out.insert(QStringLiteral("eventTypes"), Json::toArray(eventTypes));
    if (checkedAt.isValid())
        out.insert(QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODateWithMs));
    return out;
}

MessageOutcome MessageOutcome::fromJson(const QJsonObject &json)
{
    MessageOutcome o;
    o.status = statusFromKey(json.value(QLatin1String("status")).toString());
    o.bounceType = json.value(QLatin1String("bounceType")).toString();
    o.bounceSubType = json.value(QLatin1String("bounceSubType")).toString();
    o.smtpStatus = json.value(QLatin1String("smtpStatus")).toString();
    o.diagnosticCode = json.value(QLatin1String("diagnosticCode")).toString();
    o.eventTypes = Json::strings(json.value(QLatin1String("eventTypes")));
    o.checkedAt = QDateTime::fromString(json.value(QLatin1String("checkedAt")).toString(), Qt::ISODateWithMs).toUTC();
    return o;
}

QString MessageOutcome::statusKey(Status status)
{
    switch (status) {
    case Status::Unknown:
        return QStringLiteral("unknown");
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Delivered:
        return QStringLiteral("delivered");
    case Status::Bounced:
        return QStringLiteral("bounced");
    case Status::Suppressed:
        return QStringLiteral("suppressed");
    case Status::Complained:
        return QStringLiteral("complained");
    case Status::AutoReplied:
        return QStringLiteral("auto-replied");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::NotCaptured:
        return QStringLiteral("not-captured");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QStringLiteral("unknown");
}

MessageOutcome::Status MessageOutcome::statusFromKey(const QString &key)
{
    for (Status s : {Status::Pending,
             Status::Delivered,
             Status::Bounced,
             Status::Suppressed,
             Status::Complained,
             Status::AutoReplied,
             Status::Rejected,
             Status::NotCaptured,
             Status::Unavailable}) {
        if (statusKey(s) == key)
            return s;
    }
    return Status::Unknown;
}

} // namespace Ses
