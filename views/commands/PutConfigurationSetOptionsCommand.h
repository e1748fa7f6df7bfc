#pragma once

#include <memory>

#include <QPointer>

#include "models/aws/AwsError.h"
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

/// Saves one option group of a configuration set with its Put*Options call. Pausing sending
/// asks first: every message sent with the set is refused while it is paused.
class PutConfigurationSetOptionsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PutConfigurationSetOptionsCommand)

public:
    PutConfigurationSetOptionsCommand(std::shared_ptr<Connection::Session> session,
        QString name,
        Ses::ConfigurationSetOptionsChange change,
        MessageBoxes &messageBoxes,
        QWidget *parentWidget);

    QString name() const
    {
        return m_name;
    }
    const Ses::ConfigurationSetOptionsChange &change() const
    {
        return m_change;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }
    /// "Saving the delivery options of transactional failed" (translated), for the error banner.
    QString failedAction() const;

protected:
    void doStart() override;
    void doCancel() override;

private:
    QString groupName() const;

    std::shared_ptr<Connection::Session> m_session;
    QString m_name;
    Ses::ConfigurationSetOptionsChange m_change;
    MessageBoxes &m_messageBoxes;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
