#pragma once

#include <QByteArray>
#include <QString>

#include "models/ses/MimePart.h"

namespace Ses
{

/// Splits a raw message into headers and parts: unfolds headers, follows multipart boundaries
/// (nested), and accepts both CRLF and bare LF line endings. Good enough to display any message
/// and to read SendEmail Raw content; it never throws away bytes it does not understand.
class MimeParser
{
public:
    /// Parses a message; error() tells when it is malformed (no blank line after the headers,
    /// a multipart without its boundary or without the closing delimiter), in which case the
    /// result holds what could be read.
    static MimePart parse(const QByteArray &raw, QString *error = nullptr);

    static constexpr int MaxDepth = 32;

private:
    static MimePart parseEntity(const QByteArray &raw, int depth, QString *error);
    static void splitMultipart(MimePart &part, const QByteArray &body, int depth, QString *error);
};

} // namespace Ses
