#pragma once

#include <memory>

#include <QPointer>

#include "models/aws/AwsError.h"
#include "models/aws/Result.h"
#include "models/ses/ConfigurationSetTypes.h"

#include "views/commands/Command.h"

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

/// Enables or disables event publishing of one destination (UpdateConfigurationSetEventDestination
/// with its definition otherwise unchanged), or deletes it after a confirmation
/// (DeleteConfigurationSetEventDestination).
class UpdateEventDestinationCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateEventDestinationCommand)

public:
    enum class Action { Enable, Disable, Delete };

    UpdateEventDestinationCommand(std::shared_ptr<Connection::Session> session,
        QString configurationSetName,
        Ses::EventDestination destination,
        Action action,
        MessageBoxes &messageBoxes,
        QWidget *parentWidget);

    Action action() const
    {
        return m_action;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }
    QString failedAction() const;

protected:
    void doStart() override;
    void doCancel() override;

private:
    void done(const Aws::Result<Aws::Empty> &result);

    std::shared_ptr<Connection::Session> m_session;
    QString m_setName;
    Ses::EventDestination m_destination;
    Action m_action;
    MessageBoxes &m_messageBoxes;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
