#include "models/ses/TestEmail.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace Ses
{

namespace
{

bool looksLikeAddress(const QString &address)
{
    static const QRegularExpression simple(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return simple.match(address).hasMatch();
}

} // namespace

QString TestEmail::recipient() const
{
    return scenario ? MailboxSimulator::address(*scenario, label) : customRecipient.trimmed();
}

QString TestEmail::validate() const
{
    if (from.trimmed().isEmpty())
        return tr("Choose the sender: a verified email address, or an address in a verified domain.");
    if (!looksLikeAddress(from.trimmed()))
        return tr("The sender \"%1\" is not an email address.").arg(from);
    if (scenario) {
        const QString problem = MailboxSimulator::validateLabel(*scenario, label);
        if (!problem.isEmpty())
            return problem;
    } else if (!looksLikeAddress(customRecipient.trimmed())) {
        return customRecipient.trimmed().isEmpty()
            ? tr("Enter the recipient's address, or choose a mailbox simulator scenario.")
            : tr("The recipient \"%1\" is not an email address.").arg(customRecipient);
    }
    switch (content) {
    case Content::Formatted:
        if (subject.trimmed().isEmpty())
            return tr("Enter a subject.");
        if (text.isEmpty() && html.isEmpty())
            return tr("Enter the message text.");
        break;
    case Content::Raw:
        if (rawMessage.trimmed().isEmpty())
            return tr("Paste the raw MIME message, headers included.");
        break;
    case Content::Template:
        if (templateName.trimmed().isEmpty())
            return tr("Choose a template.");
        if (!templateData.trimmed().isEmpty()) {
            QJsonParseError error;
            const QJsonDocument data = QJsonDocument::fromJson(templateData.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError)
                return tr("The template data is not valid JSON: %1.").arg(error.errorString());
            if (!data.isObject())
                return tr("The template data must be a JSON object.");
        }
        break;
    }
    static const QRegularExpression tagText(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
    for (const MessageTag &tag : tags) {
        if (!tagText.match(tag.name).hasMatch() || !tagText.match(tag.value).hasMatch())
            return tr("Message tag \"%1=%2\": names and values may only contain ASCII letters, digits, \"_\" and "
                      "\"-\", at most 255 characters.")
                .arg(tag.name, tag.value);
    }
    return {};
}

SendEmailRequest TestEmail::toRequest() const
{
    SendEmailRequest request;
    request.fromEmailAddress = from.trimmed();
    request.toAddresses = {recipient()};
    switch (content) {
    case Content::Formatted:
        request.contentKind = SendEmailRequest::ContentKind::Simple;
        request.subject = subject;
        request.textBody = text;
        request.htmlBody = html;
        break;
    case Content::Raw:
        request.contentKind = SendEmailRequest::ContentKind::Raw;
        request.rawMessage = rawMessage;
        break;
    case Content::Template:
        request.contentKind = SendEmailRequest::ContentKind::Template;
        request.templateName = templateName.trimmed();
        request.templateData = templateData.trimmed().isEmpty() ? QStringLiteral("{}") : templateData;
        break;
    }
    request.configurationSetName = configurationSet.trimmed();
    request.emailTags = tags;
    return request;
}

TestEmail TestEmail::withScenario(MailboxSimulator::Scenario s) const
{
    TestEmail copy = *this;
    copy.scenario = s;
    return copy;
}

QString TestEmail::contentKey(Content content)
{
    switch (content) {
    case Content::Formatted:
        return QStringLiteral("formatted");
    case Content::Raw:
        return QStringLiteral("raw");
    case Content::Template:
        break;
    }
    return QStringLiteral("template");
}

QString TestEmail::defaultSubject()
{
    return tr("SesDesk test email");
}

QString TestEmail::defaultText()
{
    return tr("This is a test email sent with SesDesk to check the sending setup.");
}

} // namespace Ses
