#include "sandbox/ops/SendingOperations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include "sandbox/SandboxContext.h"
#include "sandbox/hooks/SandboxHooks.h"
#include "sandbox/hooks/TemplateRenderer.h"
#include "sandbox/mail/MimeBuilder.h"
#include "sandbox/mail/OutboundMessage.h"
#include "sandbox/mail/RawMessage.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/ResourceArn.h"

namespace Sandbox
{

namespace
{

QList<QPair<QString, QString>> headerList(const QJsonArray &headers)
{
    QList<QPair<QString, QString>> out;
    for (const auto &value : headers) {
        const QJsonObject header = value.toObject();
        out.append({header.value(QLatin1String("Name")).toString(), header.value(QLatin1String("Value")).toString()});
    }
    return out;
}

Outcome<QList<MimeAttachment>> attachments(const QJsonArray &list)
{
    QList<MimeAttachment> out;
    for (const auto &value : list) {
        const QJsonObject a = value.toObject();
        MimeAttachment attachment;
        const auto decoded = QByteArray::fromBase64Encoding(
            a.value(QLatin1String("RawContent")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return ServiceError::badRequest(QStringLiteral("Attachment %1: RawContent is not base64.")
                                                .arg(a.value(QLatin1String("FileName")).toString()));
        attachment.content = decoded.decoded;
        attachment.fileName = a.value(QLatin1String("FileName")).toString();
        attachment.contentType = a.value(QLatin1String("ContentType")).toString();
        attachment.disposition = a.value(QLatin1String("ContentDisposition")).toString(QStringLiteral("ATTACHMENT"));
        attachment.contentId = a.value(QLatin1String("ContentId")).toString();
        attachment.description = a.value(QLatin1String("ContentDescription")).toString();
        attachment.transferEncoding = a.value(QLatin1String("ContentTransferEncoding")).toString();
        out.append(attachment);
    }
    return out;
}

/// SES replaces {{amazonSESUnsubscribeUrl}} (in the HTML and text parts) only when the message
/// names a contact list; the Sandbox's link says which list and topic it would unsubscribe from.
QString withUnsubscribeUrl(QString text, const QJsonObject &listManagement)
{
    if (listManagement.isEmpty())
        return text;
    QString url = QStringLiteral("https://unsubscribe.sandbox.sesdesk.invalid/")
        + QString::fromLatin1(
            QUrl::toPercentEncoding(listManagement.value(QLatin1String("ContactListName")).toString()));
    const QString topic = listManagement.value(QLatin1String("TopicName")).toString();
    if (!topic.isEmpty())
        url += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(topic));
    text.replace(QStringLiteral("{{amazonSESUnsubscribeUrl}}"), url);
    return text;
}

/// SendBulkEmail's data for one entry: the entry's ReplacementTemplateData over the default
/// TemplateData, member by member at the top level (an entry's "{}" or nothing keeps the
/// defaults, as the guide describes for DefaultTemplateData).
Outcome<QString> mergedTemplateData(const QString &defaults, const QString &replacement)
{
    if (replacement.trimmed().isEmpty())
        return defaults;
    if (defaults.trimmed().isEmpty())
        return replacement;
    const QJsonDocument base = QJsonDocument::fromJson(defaults.toUtf8());
    const QJsonDocument own = QJsonDocument::fromJson(replacement.toUtf8());
    if (!own.isObject())
        return replacement; // the renderer says why it is not valid
    if (!base.isObject())
        return defaults;
    QJsonObject merged = base.object();
    const QJsonObject replacements = own.object();
    for (auto it = replacements.begin(); it != replacements.end(); ++it)
        merged.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact));
}

ServiceError templatesUnavailable()
{
    return ServiceError::badRequest(QStringLiteral(
        "Templated sending is not available in this SesDesk Sandbox: it has no email template support installed."));
}

} // namespace

SendingOperations::SendingOperations(SandboxContext &context)
    : m_context(context)
    , m_service(context)
{
}

void SendingOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("SendEmail"), this, &SendingOperations::sendEmail, OperationKind::Sending);
    registry.add(QStringLiteral("SendBulkEmail"), this, &SendingOperations::sendBulkEmail, OperationKind::Sending);
}

Check SendingOperations::checkTags(const QJsonArray &tags)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]{1,256}$"));
    for (const auto &value : tags) {
        const QJsonObject tag = value.toObject();
        for (const char *part : {"Name", "Value"}) {
            const QString text = tag.value(QLatin1String(part)).toString();
            if (!allowed.match(text).hasMatch()) {
                return ServiceError::badRequest(
                    QStringLiteral("Invalid message tag %1 <%2>: use 1 to 256 ASCII letters, digits, "
                                   "underscores or dashes.")
                        .arg(QString::fromLatin1(part).toLower(), text));
            }
        }
        if (tag.value(QLatin1String("Name")).toString().startsWith(QLatin1String("ses:")))
            return ServiceError::badRequest(QStringLiteral("Message tag names may not start with ses:."));
    }
    return passed();
}

Check SendingOperations::readDestination(const QJsonObject &destination, OutboundMessage &message)
{
    message.to = Inputs::strings(destination, "ToAddresses");
    message.cc = Inputs::strings(destination, "CcAddresses");
    message.bcc = Inputs::strings(destination, "BccAddresses");
    return passed();
}

Check SendingOperations::readCommon(const QJsonObject &input, OutboundMessage &message) const
{
    message.from = Inputs::string(input, "FromEmailAddress");
    const QString identityArn = Inputs::string(input, "FromEmailAddressIdentityArn");
    if (!identityArn.isEmpty() && !ResourceArn::parse(identityArn))
        return ServiceError::badRequest(QStringLiteral("Invalid ARN: %1").arg(identityArn));
    message.replyTo = Inputs::strings(input, "ReplyToAddresses");
    message.feedbackForwardingAddress = Inputs::string(input, "FeedbackForwardingEmailAddress");
    message.configurationSetName = Inputs::string(input, "ConfigurationSetName");
    message.listManagement = input.value(QLatin1String("ListManagementOptions")).toObject();
    return passed();
}

Check SendingOperations::readSimple(const QJsonObject &simple, OutboundMessage &message) const
{
    if (message.from.isEmpty())
        return ServiceError::badRequest(QStringLiteral("FromEmailAddress is required for Simple content."));
    MimeContent content;
    content.from = message.from;
    content.to = message.to;
    content.cc = message.cc;
    content.replyTo = message.replyTo;
    const QJsonObject subject = simple.value(QLatin1String("Subject")).toObject();
    content.subject = subject.value(QLatin1String("Data")).toString();
    content.subjectCharset = subject.value(QLatin1String("Charset")).toString();
    const QJsonObject body = simple.value(QLatin1String("Body")).toObject();
    const QJsonObject text = body.value(QLatin1String("Text")).toObject();
    const QJsonObject html = body.value(QLatin1String("Html")).toObject();
    if (text.isEmpty() && html.isEmpty())
        return ServiceError::badRequest(QStringLiteral("The message body needs Text, Html or both."));
    content.text = text.value(QLatin1String("Data")).toString();
    content.textCharset = text.value(QLatin1String("Charset")).toString();
    content.html = html.value(QLatin1String("Data")).toString();
    content.htmlCharset = html.value(QLatin1String("Charset")).toString();
    content.headers = headerList(simple.value(QLatin1String("Headers")).toArray());
    const Outcome<QList<MimeAttachment>> files = attachments(simple.value(QLatin1String("Attachments")).toArray());
    if (!files)
        return files.error();
    content.attachments = files.value();
    message.subject = content.subject;
    QRandomGenerator &random = m_context.random;
    message.render = [content, &random](const QString &messageId, const QDateTime &date) mutable {
        content.messageId = messageId;
        content.date = date;
        return MimeBuilder::build(content, random);
    };
    return passed();
}

Check SendingOperations::readRaw(const QJsonObject &raw, const QJsonObject &input, OutboundMessage &message) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        raw.value(QLatin1String("Data")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return ServiceError::badRequest(QStringLiteral("Raw message data is not base64."));
    Outcome<RawMessage> parsed = RawMessage::parse(decoded.decoded);
    if (!parsed)
        return parsed.error();
    const RawMessage rawMessage = parsed.value();
    if (message.from.isEmpty()) {
        const QStringList from = rawMessage.addresses("From");
        if (from.isEmpty())
            return ServiceError::badRequest(QStringLiteral("Missing required header 'From'."));
        message.from = from.first();
    }
    if (!Inputs::has(input, "Destination")) {
        message.to = rawMessage.addresses("To");
        message.cc = rawMessage.addresses("Cc");
        message.bcc = rawMessage.addresses("Bcc");
    }
    if (message.configurationSetName.isEmpty())
        message.configurationSetName = rawMessage.header("X-SES-CONFIGURATION-SET").trimmed();
    message.subject = rawMessage.subject();
    message.render = [rawMessage](const QString &messageId, const QDateTime &date) {
        return rawMessage.outgoing(messageId, date);
    };
    return passed();
}

Check SendingOperations::readTemplate(const QJsonObject &templateMember,
    const QString &templateData,
    const QJsonArray &headers,
    const QDateTime &now,
    OutboundMessage &message) const
{
    TemplateRenderer *renderer = m_context.hooks.templateRenderer();
    if (!renderer)
        return templatesUnavailable();
    if (message.from.isEmpty())
        return ServiceError::badRequest(QStringLiteral("FromEmailAddress is required for Template content."));
    const Outcome<RenderedContent> rendered
        = renderer->render(templateMember, templateData.isEmpty() ? QStringLiteral("{}") : templateData, now);
    if (!rendered)
        return rendered.error();
    message.templateName = rendered->templateName;
    message.renderingFailure = rendered->renderingFailure;
    MimeContent content;
    content.from = message.from;
    content.to = message.to;
    content.cc = message.cc;
    content.replyTo = message.replyTo;
    content.subject = rendered->subject;
    content.text = withUnsubscribeUrl(rendered->text, message.listManagement);
    content.html = withUnsubscribeUrl(rendered->html, message.listManagement);
    content.headers
        = headerList(headers.isEmpty() ? templateMember.value(QLatin1String("Headers")).toArray() : headers);
    const Outcome<QList<MimeAttachment>> files
        = attachments(templateMember.value(QLatin1String("Attachments")).toArray());
    if (!files)
        return files.error();
    content.attachments = files.value();
    message.subject = content.subject;
    QRandomGenerator &random = m_context.random;
    message.render = [content, &random](const QString &messageId, const QDateTime &date) mutable {
        content.messageId = messageId;
        content.date = date;
        return MimeBuilder::build(content, random);
    };
    return passed();
}

JsonOutcome SendingOperations::sendEmail(const OperationCall &call)
{
    const QJsonObject &in = call.input;
    OutboundMessage message;
    message.operation = call.operation;
    if (const Check check = readCommon(in, message); !check)
        return check.error();
    message.tags = in.value(QLatin1String("EmailTags")).toArray();
    if (const Check check = checkTags(message.tags); !check)
        return check.error();
    readDestination(in.value(QLatin1String("Destination")).toObject(), message);

    const QJsonObject content = in.value(QLatin1String("Content")).toObject();
    const int kinds = int(content.contains(QLatin1String("Simple"))) + int(content.contains(QLatin1String("Raw")))
        + int(content.contains(QLatin1String("Template")));
    if (kinds != 1)
        return ServiceError::badRequest(QStringLiteral("Content must have exactly one of Simple, Raw or Template."));
    Check read = passed();
    if (content.contains(QLatin1String("Simple"))) {
        read = readSimple(content.value(QLatin1String("Simple")).toObject(), message);
    } else if (content.contains(QLatin1String("Raw"))) {
        read = readRaw(content.value(QLatin1String("Raw")).toObject(), in, message);
    } else {
        const QJsonObject templateMember = content.value(QLatin1String("Template")).toObject();
        read = readTemplate(templateMember,
            templateMember.value(QLatin1String("TemplateData")).toString(),
            QJsonArray(),
            call.now,
            message);
    }
    if (!read)
        return read.error();

    const Outcome<QString> messageId = m_service.send(message, call.now);
    if (!messageId)
        return messageId.error();
    return QJsonObject{{QStringLiteral("MessageId"), messageId.value()}};
}

JsonOutcome SendingOperations::sendBulkEmail(const OperationCall &call)
{
    const QJsonObject &in = call.input;
    if (!m_context.hooks.templateRenderer())
        return templatesUnavailable();
    const QJsonArray entries = in.value(QLatin1String("BulkEmailEntries")).toArray();
    if (entries.isEmpty() || entries.size() > kMaxBulkEntries)
        return ServiceError::badRequest(
            QStringLiteral("BulkEmailEntries must have 1 to %1 entries.").arg(kMaxBulkEntries));
    const QJsonArray defaultTags = in.value(QLatin1String("DefaultEmailTags")).toArray();
    if (const Check check = checkTags(defaultTags); !check)
        return check.error();
    const QJsonObject defaultTemplate
        = in.value(QLatin1String("DefaultContent")).toObject().value(QLatin1String("Template")).toObject();

    QJsonArray results;
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        OutboundMessage message;
        message.operation = call.operation;
        auto fail = [&](const ServiceError &error) {
            results.append(QJsonObject{{QStringLiteral("Status"), SendingService::bulkStatusFor(error)},
                {QStringLiteral("Error"), error.message}});
        };
        if (const Check check = readCommon(in, message); !check) {
            fail(check.error());
            continue;
        }
        readDestination(entry.value(QLatin1String("Destination")).toObject(), message);
        // Replacement tags take the place of default tags of the same name.
        QJsonArray tags = entry.value(QLatin1String("ReplacementTags")).toArray();
        for (const auto &tag : defaultTags) {
            bool replaced = false;
            for (const auto &own : std::as_const(tags))
                replaced = replaced
                    || own.toObject().value(QLatin1String("Name")) == tag.toObject().value(QLatin1String("Name"));
            if (!replaced)
                tags.append(tag);
        }
        if (const Check check = checkTags(tags); !check) {
            fail(check.error());
            continue;
        }
        message.tags = tags;
        const QString replacementData = entry.value(QLatin1String("ReplacementEmailContent"))
                                            .toObject()
                                            .value(QLatin1String("ReplacementTemplate"))
                                            .toObject()
                                            .value(QLatin1String("ReplacementTemplateData"))
                                            .toString();
        const Outcome<QString> data
            = mergedTemplateData(defaultTemplate.value(QLatin1String("TemplateData")).toString(), replacementData);
        if (const Check check = readTemplate(defaultTemplate,
                data.value(),
                entry.value(QLatin1String("ReplacementHeaders")).toArray(),
                call.now,
                message);
            !check) {
            fail(check.error());
            continue;
        }
        const Outcome<QString> messageId = m_service.send(message, call.now);
        if (!messageId) {
            fail(messageId.error());
            continue;
        }
        results.append(QJsonObject{
            {QStringLiteral("Status"), QStringLiteral("SUCCESS")}, {QStringLiteral("MessageId"), messageId.value()}});
    }
    return QJsonObject{{QStringLiteral("BulkEmailEntryResults"), results}};
}

} // namespace Sandbox
