#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Ses
{

/// What became of a sent message, as far as SesDesk can tell: from the Sandbox's captured-mail
/// store (delivered, bounced with the SMTP status, complained, auto-replied), or, for a real
/// account, only that SES accepted it (outcomes arrive through event destinations).
struct MessageOutcome {
    Q_DECLARE_TR_FUNCTIONS(Ses::MessageOutcome)

public:
    enum class Status {
        Unknown, ///< Not looked up (yet).
        Pending, ///< Accepted; no delivery, bounce or complaint event yet.
        Delivered,
        Bounced, ///< Hard or soft bounce; see bounceType and smtpStatus.
        Suppressed, ///< Bounced because the address is on a suppression list.
        Complained, ///< Delivered, then reported as spam.
        AutoReplied, ///< Delivered, then answered by an auto-reply (out of the office).
        Rejected, ///< SES accepted, then rejected the message (a virus, for example).
        NotCaptured, ///< The Sandbox has no message with this id.
        Unavailable, ///< A real account: SES does not tell; see event destinations.
    };

    Status status = Status::Unknown;
    QString bounceType; ///< Permanent | Transient | Undetermined
    QString bounceSubType; ///< General | OnAccountSuppressionList | Suppressed | ...
    QString smtpStatus; ///< Enhanced status code: "5.1.1"
    QString diagnosticCode; ///< "smtp; 550 5.1.1 user unknown"
    QStringList eventTypes; ///< As the source named them, in order.
    QDateTime checkedAt; ///< UTC

    /// True when no later look-up can change the answer.
    bool isFinal() const;

    /// "Bounced (5.1.1)", "Delivered", ... for a table cell.
    QString summary() const;
    static QString statusTitle(Status status);

    /// Reads one message of the Sandbox's captured-mail store (GET /_sandbox/messages/{id}):
    /// its events, from "Send" to "Delivery", "Bounce" (with bounced recipients' status and
    /// diagnostic code), "Complaint", "AutoReply" or "Reject".
    static MessageOutcome fromSandboxMessage(const QJsonObject &message);

    QJsonObject toJson() const;
    static MessageOutcome fromJson(const QJsonObject &json);
    static QString statusKey(Status status);
    static Status statusFromKey(const QString &key);
};

} // namespace Ses
