#pragma once

#include <functional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sandbox
{

/// One message a send operation asks SES to send, after its content was read: who from, to
/// whom (envelope), under which configuration set and tags, and how to render it once SES has
/// given it a message id.
struct OutboundMessage {
    QString operation; ///< "SendEmail", "SendBulkEmail"
    QString from; ///< As given: "Name <addr>" or "addr".
    QStringList to;
    QStringList cc;
    QStringList bcc;
    QStringList replyTo;
    QString feedbackForwardingAddress; ///< Return-Path; empty for none.
    QString configurationSetName; ///< Named in the call (or X-SES-CONFIGURATION-SET); empty for the default.
    QJsonArray tags; ///< [{Name, Value}]
    QJsonObject listManagement; ///< ListManagementOptions; empty for none.
    QString subject;
    QString templateName; ///< The stored template a templated send used.
    /// Set for a templated send SES accepts but cannot render (a value missing from the data):
    /// nothing is delivered, a Rendering Failure event says why.
    QString renderingFailure;
    /// The MIME message as sent, with SES's Message-ID and Date.
    std::function<QByteArray(const QString &messageId, const QDateTime &date)> render;

    QStringList recipients() const
    {
        return to + cc + bcc;
    }
};

} // namespace Sandbox
