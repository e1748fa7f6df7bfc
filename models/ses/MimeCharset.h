#pragma once

#include <QByteArray>
#include <QString>

namespace Ses
{

/// Turns bytes in a MIME charset into text. Qt decodes UTF-8, UTF-16, UTF-32 and Latin-1 by
/// name; US-ASCII is read as Latin-1 (its superset), and an unknown charset is read as UTF-8
/// when the bytes are valid UTF-8, else as Latin-1, so nothing is ever dropped.
class MimeCharset
{
public:
    static QString decode(const QByteArray &bytes, const QByteArray &charset);
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace Ses
