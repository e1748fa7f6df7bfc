#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// A message given whole (SendEmail's Raw content): its header block read the way SES reads it
/// (From, To, Cc, Bcc, Subject, X-SES-CONFIGURATION-SET), and the copy SES actually sends, with its
/// own Message-ID and Date and without the X-SES-* control headers and Bcc.
class RawMessage
{
public:
    static constexpr qsizetype kMaxSize = 40 * 1024 * 1024; ///< SES v2: 40 MB.

    static Outcome<RawMessage> parse(const QByteArray &data);

    /// The unfolded value of the first header with that name (case-insensitive); empty if absent.
    QString header(const QByteArray &name) const;
    /// The addresses of an address header (To, Cc, Bcc, From), split at commas outside quotes.
    QStringList addresses(const QByteArray &name) const;
    /// Subject with RFC 2047 encoded-words decoded.
    QString subject() const;

    QByteArray outgoing(const QString &messageId, const QDateTime &date) const;
    const QByteArray &data() const
    {
        return m_data;
    }

    static QString decodeEncodedWords(const QString &value);

private:
    QByteArray m_data;
    QList<QPair<QByteArray, QByteArray>> m_headers; ///< Unfolded, in order.
    qsizetype m_bodyStart = 0;
};

} // namespace Sandbox
