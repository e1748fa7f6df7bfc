#pragma once

#include <QString>

namespace Ses
{

/// A problem with a local file or local input (not an AWS answer): which file, where in it
/// (1-based line and column, 0 when not about a place), which member, and a translated message.
struct LocalError {
    QString file;
    int line = 0;
    int column = 0;
    QString member; ///< "TemplateContent.Subject", "Tags[1].Key"; empty when not about one member.
    QString message;

    /// "file:line:column: message", the way compilers and linters point at a place.
    QString toString() const
    {
        QString where = file;
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

} // namespace Ses
