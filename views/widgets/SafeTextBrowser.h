#pragma once

#include <QSet>
#include <QTextBrowser>
#include <QUrl>

namespace Views
{

/// Shows email HTML without reaching out: remote images, style sheets and anything else the
/// HTML refers to are never fetched (a preview must not tell a tracker it was opened, nor
/// wait on the network); inline data: images are shown. Links are not followed inside it.
class SafeTextBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafeTextBrowser)

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    /// How many different resources the last document asked for and did not get.
    int blockedResources() const
    {
        return static_cast<int>(m_blocked.size());
    }
    void setHtmlContent(const QString &html);

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /// A resource was refused (documents ask while they are laid out, after setHtmlContent).
    void resourceBlocked(const QUrl &url);

private:
    QSet<QUrl> m_blocked;
};

} // namespace Views
