#pragma once

#include <QList>
#include <QString>

namespace Ses
{

/// One line of a line diff: kept, removed from the old text or added in the new one, with its
/// 1-based line numbers (0 on the side it is not in).
struct DiffLine {
    enum class Kind { Same, Removed, Added };

    Kind kind = Kind::Same;
    QString text;
    int oldLine = 0;
    int newLine = 0;

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

using DiffLines = QList<DiffLine>;

} // namespace Ses
