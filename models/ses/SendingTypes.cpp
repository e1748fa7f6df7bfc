#include "models/ses/SendingTypes.h"

#include <QJsonArray>

#include "models/ses/JsonUtil.h"

namespace Ses
{

namespace
{

QJsonObject content(const QString &data)
{
    return QJsonObject{
        {QStringLiteral("Data"), data},
        {QStringLiteral("Charset"), QLatin1String(SendEmailRequest::Charset)},
    };
}

} // namespace

QJsonObject SendEmailRequest::toJson() const
{
    QJsonObject out;
    if (!fromEmailAddress.isEmpty())
        out.insert(QStringLiteral("FromEmailAddress"), fromEmailAddress);

    QJsonObject destination;
    if (!toAddresses.isEmpty())
        destination.insert(QStringLiteral("ToAddresses"), Json::toArray(toAddresses));
    if (!ccAddresses.isEmpty())
        destination.insert(QStringLiteral("CcAddresses"), Json::toArray(ccAddresses));
    if (!bccAddresses.isEmpty())
        destination.insert(QStringLiteral("BccAddresses"), Json::toArray(bccAddresses));
    if (!destination.isEmpty())
        out.insert(QStringLiteral("Destination"), destination);
    if (!replyToAddresses.isEmpty())
        out.insert(QStringLiteral("ReplyToAddresses"), Json::toArray(replyToAddresses));

    QJsonObject emailContent;
    switch (contentKind) {
    case ContentKind::Simple: {
        QJsonObject body;
        if (!textBody.isEmpty())
            body.insert(QStringLiteral("Text"), content(textBody));
        if (!htmlBody.isEmpty())
            body.insert(QStringLiteral("Html"), content(htmlBody));
        emailContent.insert(QStringLiteral("Simple"),
            QJsonObject{{QStringLiteral("Subject"), content(subject)}, {QStringLiteral("Body"), body}});
        break;
    }
    case ContentKind::Raw:
        emailContent.insert(
            QStringLiteral("Raw"), QJsonObject{{QStringLiteral("Data"), QString::fromLatin1(rawMessage.toBase64())}});
        break;
    case ContentKind::Template: {
        QJsonObject t;
        if (!templateName.isEmpty())
            t.insert(QStringLiteral("TemplateName"), templateName);
        if (!templateArn.isEmpty())
            t.insert(QStringLiteral("TemplateArn"), templateArn);
        if (templateContent)
            t.insert(QStringLiteral("TemplateContent"), templateContent->toJson());
        t.insert(QStringLiteral("TemplateData"), templateData.isEmpty() ? QStringLiteral("{}") : templateData);
        emailContent.insert(QStringLiteral("Template"), t);
        break;
    }
    }
    out.insert(QStringLiteral("Content"), emailContent);

    if (!emailTags.isEmpty()) {
        QJsonArray tags;
        for (const MessageTag &tag : emailTags)
            tags.append(QJsonObject{{QStringLiteral("Name"), tag.name}, {QStringLiteral("Value"), tag.value}});
        out.insert(QStringLiteral("EmailTags"), tags);
    }
    if (!configurationSetName.isEmpty())
        out.insert(QStringLiteral("ConfigurationSetName"), configurationSetName);
    return out;
}

} // namespace Ses
