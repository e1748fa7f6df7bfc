#pragma once

#include <memory>

#include <QPointer>

#include "models/aws/AwsError.h"

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

/// Deletes a configuration set after a confirmation that names it and says what stops working
/// (its event destinations go with it; identities using it as their default can no longer send).
class DeleteConfigurationSetCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteConfigurationSetCommand)

public:
    DeleteConfigurationSetCommand(std::shared_ptr<Connection::Session> session,
        QString name,
        int eventDestinations,
        MessageBoxes &messageBoxes,
        QWidget *parentWidget);

    QString name() const
    {
        return m_name;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    std::shared_ptr<Connection::Session> m_session;
    QString m_name;
    int m_destinations;
    MessageBoxes &m_messageBoxes;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
