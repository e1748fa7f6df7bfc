#pragma once

#include <optional>

#include <QJsonObject>

#include "sandbox/mail/OutboundMessage.h"
#include "sandbox/protocol/Outcome.h"
#include "sandbox/state/MailAddress.h"

namespace Sandbox
{

struct SandboxContext;

/// What SES does with a message between the send call and the inbox: the checks that reject
/// it (account paused or suspended, unverified sender, in the sandbox unverified recipients,
/// configuration set, MAIL FROM, contact list, sending rate, daily quota) with SES's errors, then
/// for an accepted one the message id, the rendered MIME, each recipient's outcome (delivery,
/// bounce, complaint, auto-reply, suppression, reject) as events, the statistics and quota
/// counts, and the captured copy.
class SendingService
{
public:
    static constexpr int kMaxRecipients = 50;

    explicit SendingService(SandboxContext &context);

    /// Sends one message; its message id, or the error SES answers with.
    Outcome<QString> send(const OutboundMessage &message, const QDateTime &now);

    /// The BulkEmailStatus (SendBulkEmail) that corresponds to a send error.
    static QString bulkStatusFor(const ServiceError &error);

    /// The reasons ("BOUNCE", "COMPLAINT") suppressed for mail under a configuration set (its
    /// override) or the account.
    static QStringList suppressedReasons(
        const QJsonObject &account, const std::optional<QJsonObject> &configurationSet);

private:
    struct Recipient {
        QString text; ///< As given.
        MailAddress address;
    };
    struct Checked {
        QList<Recipient> recipients;
        QJsonObject account;
        std::optional<QJsonObject> senderIdentity;
        std::optional<QJsonObject> configurationSet;
        QString contactList;
        QString topic;
    };

    Outcome<Checked> check(const OutboundMessage &message, const QDateTime &now);
    QString accept(const OutboundMessage &message, const Checked &checked, const QDateTime &now);

    SandboxContext &m_context;
};

} // namespace Sandbox
