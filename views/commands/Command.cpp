#include "views/commands/Command.h"

#include <QWidget>

namespace Views
{

Command::Command(QWidget *parentWidget, QObject *parent)
    : QObject(parent)
    , m_parentWidget(parentWidget)
{
}

Command::~Command() = default;

void Command::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    doStart();
}

void Command::cancel()
{
    if (!m_running)
        return;
    doCancel();
    finish(Outcome::Cancelled);
}

void Command::finish(Outcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    Q_EMIT finished(outcome);
    if (m_autoDelete)
        deleteLater();
}

} // namespace Views
