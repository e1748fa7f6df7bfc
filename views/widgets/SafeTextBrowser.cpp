#include "views/widgets/SafeTextBrowser.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

namespace Views
{

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void SafeTextBrowser::setHtmlContent(const QString &html)
{
    m_blocked.clear();
    setHtml(html);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("data")) {
        // data:[<mediatype>][;base64],<data>
        const QString path = name.toString(QUrl::FullyEncoded).mid(5);
        const qsizetype comma = path.indexOf(QLatin1Char(','));
        if (comma > 0 && type == QTextDocument::ImageResource) {
            const QString meta = path.left(comma);
            const QByteArray payload = path.mid(comma + 1).toLatin1();
            const QByteArray bytes = meta.endsWith(QLatin1String(";base64")) ? QByteArray::fromBase64(payload)
                                                                             : QByteArray::fromPercentEncoding(payload);
            QImage image;
            if (image.loadFromData(bytes))
                return image;
        }
    }
    // Asked again at every layout; counted and reported once.
    if (!m_blocked.contains(name)) {
        m_blocked.insert(name);
        Q_EMIT resourceBlocked(name);
    }
    return {};
}

} // namespace Views
