#include "models/ses/TemplateLineMap.h"

#include <algorithm>

namespace Ses
{

TemplateLineMap::TemplateLineMap(const QString &source)
    : m_size(int(source.size()))
{
    m_lineStarts.append(0);
    for (int i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == u'\r' && i + 1 < source.size() && source.at(i + 1) == u'\n')
            continue; // the '\n' of "\r\n" ends the line
        if (c == u'\n' || c == u'\r')
            m_lineStarts.append(i + 1);
    }
}

TemplateSourceLocation TemplateLineMap::locationAt(int offset) const
{
    offset = std::clamp(offset, 0, m_size);
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const int lineIndex = int(it - m_lineStarts.cbegin()) - 1;
    return TemplateSourceLocation{lineIndex + 1, offset - m_lineStarts.at(lineIndex) + 1, offset};
}

} // namespace Ses
