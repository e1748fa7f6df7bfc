#include "views/panes/templates/TemplatePreview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "models/ses/MimeParser.h"

#include "views/widgets/SafeTextBrowser.h"

namespace Views
{

TemplatePreview::TemplatePreview(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_renderButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_html(new SafeTextBrowser(this))
    , m_text(new QPlainTextEdit(this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("templatePreview"));
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_renderButton->setObjectName(QStringLiteral("renderPreviewButton"));
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_html->setObjectName(QStringLiteral("previewHtmlBrowser"));
    m_text->setObjectName(QStringLiteral("previewTextView"));
    m_raw->setObjectName(QStringLiteral("previewMimeView"));
    for (QPlainTextEdit *view : {m_text, m_raw}) {
        view->setReadOnly(true);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_html, QString());
    m_tabs->addTab(m_text, QString());
    m_tabs->addTab(m_raw, QString());

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_renderButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    connect(m_renderButton, &QPushButton::clicked, this, &TemplatePreview::renderRequested);
    connect(m_html, &SafeTextBrowser::resourceBlocked, this, &TemplatePreview::retranslate);
    retranslate();
}

void TemplatePreview::setRenderedMime(const QString &mime)
{
    const Ses::MimePart message = Ses::MimeParser::parse(mime.toUtf8());
    const Ses::MimePart *html = message.findBody("text/html");
    const Ses::MimePart *text = message.findBody("text/plain");
    m_html->setHtmlContent(html ? html->text() : QString());
    m_text->setPlainText(text ? text->text() : QString());
    m_raw->setPlainText(mime);
    m_subject = message.subject();
    m_rendered = true;
    m_failure.clear();
    m_tabs->setCurrentWidget(html ? static_cast<QWidget *>(m_html) : m_text);
    retranslate();
}

void TemplatePreview::setFailure(const QString &message)
{
    m_html->setHtmlContent(QString());
    m_text->clear();
    m_raw->clear();
    m_rendered = false;
    m_failure = message;
    retranslate();
}

void TemplatePreview::setBusy(bool busy)
{
    m_busy = busy;
    m_renderButton->setEnabled(!busy);
    retranslate();
}

void TemplatePreview::clear()
{
    m_html->setHtmlContent(QString());
    m_text->clear();
    m_raw->clear();
    m_subject.clear();
    m_rendered = false;
    m_failure.clear();
    retranslate();
}

QString TemplatePreview::htmlText() const
{
    return m_html->toPlainText();
}

QString TemplatePreview::plainText() const
{
    return m_text->toPlainText();
}

QString TemplatePreview::rawMime() const
{
    return m_raw->toPlainText();
}

void TemplatePreview::retranslate()
{
    m_renderButton->setText(tr("&Preview"));
    m_renderButton->setToolTip(tr("Render the template with the sample data through SES (TestRenderEmailTemplate)."));
    m_renderButton->setAccessibleName(tr("Preview through SES"));
    m_tabs->setTabText(0, tr("HTML"));
    m_tabs->setTabText(1, tr("Text"));
    m_tabs->setTabText(2, tr("Raw MIME"));
    if (m_busy) {
        m_status->setText(tr("Rendering through SES…"));
    } else if (!m_failure.isEmpty()) {
        m_status->setText(tr("SES could not render the template: %1").arg(m_failure));
    } else if (m_rendered) {
        QString text = tr("Subject: %1").arg(m_subject);
        if (m_html->blockedResources() > 0)
            text += QStringLiteral(" · ") + tr("%n remote resource(s) not loaded", nullptr, m_html->blockedResources());
        m_status->setText(text);
    } else {
        m_status->setText(tr("Preview renders the template with the sample data, as SES will send it."));
    }
    m_status->setAccessibleName(m_status->text());
}

void TemplatePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Views
