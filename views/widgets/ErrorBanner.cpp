#include "views/widgets/ErrorBanner.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QPushButton>

namespace Views
{

ErrorBanner::ErrorBanner(QWidget *parent)
    : Banner(parent)
    , m_copyButton(new QPushButton(this))
    , m_retryButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    setTone(Tone::Error);
    m_copyButton->setObjectName(QStringLiteral("copyErrorButton"));
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_closeButton->setObjectName(QStringLiteral("dismissErrorButton"));
    addButton(m_copyButton);
    addButton(m_retryButton);
    addButton(m_closeButton);
    connect(m_copyButton, &QPushButton::clicked, this, &ErrorBanner::copyToClipboard);
    connect(m_retryButton, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &ErrorBanner::hide);
    retranslate();
    hide();
}

void ErrorBanner::showError(const QString &action, const Aws::AwsError &error)
{
    m_action = action;
    m_error = error;
    retranslate();
    show();
}

QString ErrorBanner::clipboardText() const
{
    QStringList lines;
    lines << m_action;
    if (!m_error.code.isEmpty())
        lines << tr("Error code: %1").arg(m_error.code);
    if (!m_error.message.isEmpty())
        lines << tr("Message: %1").arg(m_error.message);
    if (m_error.httpStatus > 0)
        lines << tr("HTTP status: %1").arg(m_error.httpStatus);
    if (!m_error.requestId.isEmpty())
        lines << tr("Request ID: %1").arg(m_error.requestId);
    return lines.join(QLatin1Char('\n'));
}

void ErrorBanner::setRetryVisible(bool visible)
{
    m_retryButton->setVisible(visible);
}

void ErrorBanner::copyToClipboard()
{
    QApplication::clipboard()->setText(clipboardText());
}

void ErrorBanner::retranslate()
{
    setTitle(m_action);
    QStringList lines;
    if (!m_error.code.isEmpty() && !m_error.message.isEmpty())
        lines << tr("%1: %2").arg(m_error.code, m_error.message);
    else
        lines << (m_error.message.isEmpty() ? m_error.code : m_error.message);
    if (!m_error.requestId.isEmpty())
        lines << tr("Request ID: %1").arg(m_error.requestId);
    setText(lines.join(QLatin1Char('\n')));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the error and its request ID"));
    m_copyButton->setAccessibleName(tr("Copy error details"));
    m_retryButton->setText(tr("Retry"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_closeButton->setText(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss error"));
}

void ErrorBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Banner::changeEvent(event);
}

} // namespace Views
