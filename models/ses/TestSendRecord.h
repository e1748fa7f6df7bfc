#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "models/ses/MessageOutcome.h"

namespace Ses
{

/// One test send as the history keeps it: when, from whom, to which scenario or address, what
/// content, what SES answered (the MessageId, or the error) and what became of the message.
struct TestSendRecord {
    QString id; ///< Local id of the record (a UUID).
    QDateTime sentAt; ///< UTC
    QString from;
    QString recipient;
    QString scenario; ///< MailboxSimulator keyword, or empty for a custom recipient.
    QString label;
    QString contentKind; ///< "formatted" | "raw" | "template"
    QString templateName;
    QString configurationSet;
    QString messageId; ///< Empty when SES refused the message.
    QString errorCode;
    QString errorMessage;
    QString requestId;
    MessageOutcome outcome;

    bool accepted() const
    {
        return !messageId.isEmpty();
    }

    QJsonObject toJson() const;
    static TestSendRecord fromJson(const QJsonObject &json);
};

} // namespace Ses
