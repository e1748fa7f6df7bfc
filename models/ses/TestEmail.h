#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/ses/MailboxSimulator.h"
#include "models/ses/SendingTypes.h"

namespace Ses
{

/// What the user asked to send as a test: the sender, a mailbox-simulator scenario (with an
/// optional label) or a custom recipient, the content (formatted text, raw MIME or a template
/// with data), and an optional configuration set and message tags. Checks itself and becomes a
/// SendEmail request.
struct TestEmail {
    Q_DECLARE_TR_FUNCTIONS(Ses::TestEmail)

public:
    enum class Content { Formatted, Raw, Template };

    QString from;
    std::optional<MailboxSimulator::Scenario> scenario = MailboxSimulator::Scenario::Success;
    QString label;
    QString customRecipient; ///< Used when scenario is nullopt.

    Content content = Content::Formatted;
    QString subject;
    QString text;
    QString html;
    QByteArray rawMessage;
    QString templateName;
    QString templateData; ///< JSON object text; empty means "{}".

    QString configurationSet;
    QList<MessageTag> tags;

    /// The simulator address or the custom recipient.
    QString recipient() const;
    /// The first problem, translated; empty when the email can be sent.
    QString validate() const;
    SendEmailRequest toRequest() const;
    /// The same email to another scenario ("Run all scenarios").
    TestEmail withScenario(MailboxSimulator::Scenario scenario) const;

    static QString contentKey(Content content);
    static QString defaultSubject();
    static QString defaultText();
};

} // namespace Ses
