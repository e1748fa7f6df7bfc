#pragma once

#include <QStringList>

#include "models/ses/DiffLine.h"

namespace Ses
{

/// A line diff with Myers' O(ND) algorithm in its linear-space form (the middle snake, divide
/// and conquer), after trimming common leading and trailing lines: a shortest edit script, in
/// memory proportional to the texts even when they share nothing (templates reach 500 KB).
class TextDiff
{
public:
    static DiffLines compare(const QStringList &oldLines, const QStringList &newLines);
    /// Splits both texts into lines ("\n", "\r\n" or "\r") and compares them.
    static DiffLines compare(const QString &oldText, const QString &newText);

    static QStringList splitLines(const QString &text);

    /// Unified diff text ("--- old", "+++ new", "@@ -a,b +c,d @@" hunks with context lines).
    static QString unified(const DiffLines &lines, const QString &oldName, const QString &newName, int context = 3);

    static bool hasChanges(const DiffLines &lines);
};

} // namespace Ses
