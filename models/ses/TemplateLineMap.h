#pragma once

#include <QList>
#include <QString>

#include "models/ses/TemplateSourceLocation.h"

namespace Ses
{

/// Turns offsets into a template part into line/column locations. "\r\n", "\n" and a lone "\r"
/// each end a line, as in an editor.
class TemplateLineMap
{
public:
    explicit TemplateLineMap(const QString &source);

    TemplateSourceLocation locationAt(int offset) const;

private:
    QList<int> m_lineStarts;
    int m_size = 0;
};

} // namespace Ses
