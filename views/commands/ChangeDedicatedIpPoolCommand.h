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

/// Deletes a dedicated IP pool (DeleteDedicatedIpPool) or converts a standard pool to a managed
/// one (PutDedicatedIpPoolScalingAttributes), after a confirmation that says, in the guide's
/// words, what follows.
class ChangeDedicatedIpPoolCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeDedicatedIpPoolCommand)

public:
    enum class Action { Delete, ConvertToManaged };

    /// managed: the pool's scaling mode is MANAGED; lastManaged: it is the account's only one.
    ChangeDedicatedIpPoolCommand(std::shared_ptr<Connection::Session> session,
        QString pool,
        Action action,
        bool managed,
        bool lastManaged,
        MessageBoxes &messageBoxes,
        QWidget *parentWidget);

    Action action() const
    {
        return m_action;
    }
    QString pool() const
    {
        return m_pool;
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
    QString question() const;

    std::shared_ptr<Connection::Session> m_session;
    QString m_pool;
    Action m_action;
    bool m_managed;
    bool m_lastManaged;
    MessageBoxes &m_messageBoxes;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
