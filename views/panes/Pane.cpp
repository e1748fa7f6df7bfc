#include "views/panes/Pane.h"

#include <QEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"

#include "views/widgets/BusyOverlay.h"
#include "views/widgets/EmptyStateLabel.h"
#include "views/widgets/ErrorBanner.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

Pane::Pane(const PaneContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QVBoxLayout(this))
    , m_errorBanner(new ErrorBanner(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new EmptyStateLabel(m_stack))
    , m_busy(new BusyOverlay(m_stack))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_errorBanner);
    m_layout->addWidget(m_stack, 1);
    m_stack->setObjectName(QStringLiteral("paneStack"));
    m_stack->addWidget(m_emptyLabel);
    connect(m_errorBanner, &ErrorBanner::retryRequested, this, &Pane::reload);
    m_busy->setText(tr("Loading…"));
    showDisconnected();
}

Pane::~Pane()
{
    cancelTracked();
}

void Pane::setContentWidget(QWidget *content)
{
    Q_ASSERT(!m_content);
    m_content = content;
    m_stack->addWidget(content);
}

void Pane::setSession(std::shared_ptr<Connection::Session> session)
{
    cancelTracked();
    ++m_generation;
    m_errorBanner->hide();
    clearData();
    setLoading(false);
    m_session = std::move(session);
    m_stale = true;
    if (m_session) {
        m_emptyLabel->setText(QString());
        m_stack->setCurrentWidget(m_emptyLabel);
    } else {
        showDisconnected();
    }
}

void Pane::showDisconnected()
{
    m_emptyLabel->setText(tr("Not connected. Choose a profile and region in the toolbar."));
    m_stack->setCurrentWidget(m_emptyLabel);
}

bool Pane::confirmDiscard()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = m_context.messageBoxes->question(this,
        tr("Unsaved changes"),
        tr("The %1 pane has unsaved changes. Discard them?").arg(title()),
        QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void Pane::reload()
{
    cancelTracked();
    ++m_generation;
    m_errorBanner->hide();
    m_stale = false;
    if (!m_session) {
        clearData();
        showDisconnected();
        Q_EMIT loaded();
        return;
    }
    setLoading(true);
    load();
}

void Pane::finishLoaded()
{
    setLoading(false);
    if (m_content)
        m_stack->setCurrentWidget(m_content);
    Q_EMIT loaded();
}

void Pane::finishEmpty(const QString &message)
{
    setLoading(false);
    m_emptyLabel->setText(message);
    m_stack->setCurrentWidget(m_emptyLabel);
    Q_EMIT loaded();
}

void Pane::finishError(const QString &action, const Aws::AwsError &error)
{
    setLoading(false);
    clearData();
    m_emptyLabel->setText(QString());
    m_stack->setCurrentWidget(m_emptyLabel);
    m_errorBanner->showError(action, error);
    Q_EMIT loaded();
}

void Pane::showActionError(const QString &action, const Aws::AwsError &error)
{
    m_errorBanner->showError(action, error);
}

void Pane::track(Aws::AwsJob *job)
{
    m_jobs.removeAll(nullptr);
    m_jobs.append(job);
}

void Pane::cancelTracked()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<Aws::AwsJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

void Pane::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    if (loading)
        m_busy->start();
    else
        m_busy->stop();
    Q_EMIT loadingChanged(loading);
}

void Pane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_busy->setText(tr("Loading…"));
        if (!m_session)
            showDisconnected();
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Views
