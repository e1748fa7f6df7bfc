#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Ses
{

/// TXT record data as DNS carries it: one or more character-strings of at most 255 bytes each,
/// which DKIM and SPF readers join without separators (RFC 6376 §3.6.2.2, RFC 7208 §3.3). Splits
/// long texts and writes them in master-file / Route 53 presentation format.
class DnsTextStrings
{
public:
    static constexpr int MaximumStringLength = 255;

    /// text (UTF-8) cut into strings of at most maxBytes bytes, never inside a UTF-8 sequence.
    static QList<QByteArray> split(const QByteArray &text, int maxBytes = MaximumStringLength);
    /// One character-string quoted for a zone file or Route 53: '"' and '\' escaped with a
    /// backslash, bytes outside printable ASCII as \DDD.
    static QString quote(const QByteArray &string);
    /// The whole TXT value in presentation format: split() then quote(), separated by spaces:
    /// "part one" "part two".
    static QString presentation(const QString &text);
};

} // namespace Ses
