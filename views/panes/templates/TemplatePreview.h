#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Views
{

class SafeTextBrowser;

/// The template editor's preview: what SES rendered (TestRenderEmailTemplate) with the sample
/// data, as the HTML part (remote content never loaded), the text part and the raw MIME message.
class TemplatePreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatePreview)

public:
    explicit TemplatePreview(QWidget *parent = nullptr);

    /// Shows a rendered message (the RenderedTemplate text).
    void setRenderedMime(const QString &mime);
    /// Shows why there is no preview (a rendering failure, SES's message), keeping nothing stale.
    void setFailure(const QString &message);
    void setBusy(bool busy);
    void clear();

    QString htmlText() const;
    QString plainText() const;
    QString rawMime() const;
    QPushButton *renderButton() const
    {
        return m_renderButton;
    }

Q_SIGNALS:
    void renderRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_status;
    QPushButton *m_renderButton;
    QTabWidget *m_tabs;
    SafeTextBrowser *m_html;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_raw;
    QString m_subject;
    bool m_rendered = false;
    bool m_busy = false;
    QString m_failure;
};

} // namespace Views
