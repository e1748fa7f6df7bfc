#pragma once

#include <QMetaType>

namespace Ses
{

/// Where something is in a template part. Line and column are 1-based, offset is 0-based; all
/// three count UTF-16 code units (QString indices), so an editor can map them straight onto a
/// QTextCursor position.
struct TemplateSourceLocation {
    int line = 1;
    int column = 1;
    int offset = 0;

    friend bool operator==(const TemplateSourceLocation &, const TemplateSourceLocation &) = default;
};

} // namespace Ses

Q_DECLARE_METATYPE(Ses::TemplateSourceLocation)
