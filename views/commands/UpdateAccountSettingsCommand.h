#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QPointer>

#include "models/aws/AwsError.h"

#include "views/commands/Command.h"
#include "views/panes/account/AccountSettingsEditor.h"

namespace Aws
{
class AwsJob;
}
namespace Connection
{
class Session;
}

namespace Views
{

class MessageBoxes;

/// Saves the account settings that changed (suppression reasons, VDM, sending enabled), one
/// PutAccount* call each, in order. Pausing sending asks for confirmation first.
class UpdateAccountSettingsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateAccountSettingsCommand)

public:
    using Values = AccountSettingsEditor::Values;

    UpdateAccountSettingsCommand(std::shared_ptr<Connection::Session> session,
        Values saved,
        Values edited,
        MessageBoxes &messageBoxes,
        QWidget *parentWidget);

    /// The error of a failed run.
    const Aws::AwsError &error() const
    {
        return m_error;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    using Step = std::function<Aws::AwsJob *()>;
    void runNext();

    std::shared_ptr<Connection::Session> m_session;
    Values m_saved;
    Values m_edited;
    MessageBoxes &m_messageBoxes;
    QList<Step> m_steps;
    int m_total = 0;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
