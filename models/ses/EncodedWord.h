#pragma once

#include <QByteArray>
#include <QString>

namespace Ses
{

/// RFC 2047 encoded-words: non-ASCII text in mail headers ("=?UTF-8?B?7JWI64WV?="). Encoding
/// picks B (base64) for mostly non-ASCII text such as Korean and Q otherwise, as JavaMail does,
/// keeps each word within 75 characters without splitting a character, and folds between words.
class EncodedWord
{
public:
    /// True when value can go into a header as it is (printable ASCII and blanks only).
    static bool isPlainAscii(const QString &value);

    /// Encoded-words for text, folded with "\r\n " between them. used is how many characters
    /// of the first line are already taken (e.g. 9 for "Subject: ").
    static QByteArray encode(const QString &text, int used = 0);

    /// Header text with every encoded-word decoded; whitespace between adjacent encoded-words is
    /// dropped (RFC 2047 6.2). Raw 8-bit bytes are read as UTF-8 when valid.
    static QString decode(const QByteArray &header);

    static constexpr int MaxWordLength = 75;
};

} // namespace Ses
