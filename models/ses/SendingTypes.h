#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/ses/TemplateTypes.h"

namespace Ses
{

/// MessageTag of SendEmail's EmailTags (event publishing dimensions).
struct MessageTag {
    QString name;
    QString value;
};

/// SendEmail's request (shapes as the sesv2 model): sender, recipients, one of the three content
/// kinds (Simple with a UTF-8 subject and text/HTML body, Raw MIME, or Template by name, ARN or
/// inline content with JSON data), message tags and a configuration set.
struct SendEmailRequest {
    enum class ContentKind { Simple, Raw, Template };

    QString fromEmailAddress;
    QStringList toAddresses;
    QStringList ccAddresses;
    QStringList bccAddresses;
    QStringList replyToAddresses;

    ContentKind contentKind = ContentKind::Simple;
    // Simple
    QString subject;
    QString textBody;
    QString htmlBody;
    // Raw: the whole MIME message (sent base64-encoded, as the blob it is).
    QByteArray rawMessage;
    // Template: exactly one of name, ARN or inline content.
    QString templateName;
    QString templateArn;
    std::optional<EmailTemplateContent> templateContent;
    QString templateData; ///< JSON text; "{}" when empty.

    QList<MessageTag> emailTags;
    QString configurationSetName;

    static constexpr const char *Charset = "UTF-8";

    QJsonObject toJson() const;
};

/// SendEmail's answer.
struct SendEmailResult {
    QString messageId;
    QJsonObject raw;
};

} // namespace Ses
