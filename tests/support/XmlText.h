#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace TestSupport
{

/// The text of the first element with that local name in an XML document (empty if none):
/// enough to read Query-protocol answers and error documents in tests.
inline QString xmlText(const QByteArray &xml, const char *element)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String(element))
            return reader.readElementText();
    }
    return {};
}

} // namespace TestSupport
