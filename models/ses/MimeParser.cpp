#include "models/ses/MimeParser.h"

#include <QCoreApplication>

namespace Ses
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Ses::MimeParser", text);
}

void setError(QString *error, const QString &message)
{
    if (error && error->isEmpty())
        *error = message;
}

/// The line starting at from: its end (before "\r\n" or "\n") and where the next line starts.
void lineAt(const QByteArray &raw, qsizetype from, qsizetype &end, qsizetype &next)
{
    const qsizetype lf = raw.indexOf('\n', from);
    if (lf < 0) {
        end = raw.size();
        next = raw.size();
        return;
    }
    end = lf > from && raw.at(lf - 1) == '\r' ? lf - 1 : lf;
    next = lf + 1;
}

} // namespace

MimePart MimeParser::parse(const QByteArray &raw, QString *error)
{
    if (error)
        error->clear();
    return parseEntity(raw, 0, error);
}

MimePart MimeParser::parseEntity(const QByteArray &raw, int depth, QString *error)
{
    MimePart part;
    qsizetype pos = 0;
    bool blankLine = false;
    while (pos < raw.size()) {
        qsizetype end = 0;
        qsizetype next = 0;
        lineAt(raw, pos, end, next);
        const QByteArray line = raw.mid(pos, end - pos);
        pos = next;
        if (line.isEmpty()) {
            blankLine = true;
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !part.headers.isEmpty()) {
            part.headers.last().second += line; // unfold: drop the line break, keep the blank
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            setError(error, tr("A header line has no name: \"%1\".").arg(QString::fromLatin1(line.left(60))));
            continue;
        }
        part.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (!blankLine && pos >= raw.size() && part.headers.isEmpty() && !raw.isEmpty())
        setError(error, tr("The message has no headers."));
    part.body = raw.mid(pos);
    if (part.isMultipart() && depth < MaxDepth) {
        splitMultipart(part, part.body, depth, error);
        part.body.clear();
    }
    return part;
}

void MimeParser::splitMultipart(MimePart &part, const QByteArray &body, int depth, QString *error)
{
    const QByteArray boundary = part.parameter("Content-Type", "boundary").toLatin1();
    if (boundary.isEmpty()) {
        setError(error, tr("A multipart part has no boundary."));
        return;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = 0;
    qsizetype partStart = -1;
    bool closed = false;
    auto addPart = [&](qsizetype partEnd) {
        // The line break before a delimiter belongs to the delimiter.
        qsizetype end = partEnd;
        if (end > partStart && body.at(end - 1) == '\n')
            --end;
        if (end > partStart && body.at(end - 1) == '\r')
            --end;
        part.children.append(
            parseEntity(body.mid(partStart, std::max<qsizetype>(0, end - partStart)), depth + 1, error));
    };
    while (pos < body.size()) {
        qsizetype end = 0;
        qsizetype next = 0;
        lineAt(body, pos, end, next);
        const QByteArray line = body.mid(pos, end - pos);
        if (line.startsWith(delimiter)) {
            const QByteArray rest = line.mid(delimiter.size());
            const bool isClose = rest.startsWith("--") && rest.mid(2).trimmed().isEmpty();
            if (isClose || rest.trimmed().isEmpty()) {
                if (partStart < 0)
                    part.preamble = body.left(pos);
                else
                    addPart(pos);
                if (isClose) {
                    closed = true;
                    break;
                }
                partStart = next;
            }
        }
        pos = next;
    }
    if (partStart < 0) {
        setError(error, tr("The multipart boundary \"%1\" never appears.").arg(QString::fromLatin1(boundary)));
        return;
    }
    if (!closed) {
        setError(error,
            tr("The multipart part ends without its closing boundary \"--%1--\".").arg(QString::fromLatin1(boundary)));
        if (partStart < body.size())
            addPart(body.size());
    }
}

} // namespace Ses
