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

/// Turns the account's automatic warm-up of new standard dedicated IPs on or off
/// (PutAccountDedicatedIpWarmupAttributes); turning it off asks first.
class SetAutoWarmupCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetAutoWarmupCommand)

public:
    SetAutoWarmupCommand(
        std::shared_ptr<Connection::Session> session, bool enabled, MessageBoxes &messageBoxes, QWidget *parentWidget);

    bool enabled() const
    {
        return m_enabled;
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
    bool m_enabled;
    MessageBoxes &m_messageBoxes;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
