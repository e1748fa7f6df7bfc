#pragma once

#include <memory>

#include <QPointer>
#include <QStringList>

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

/// Removes addresses from the account-level suppression list after a confirmation that names
/// them: DeleteSuppressedDestination one address after the other (the client paces and retries
/// them), with progress; cancel() stops between addresses. An address that is already gone
/// counts as removed. A failure stops the run; removed() and remaining() say where it stood.
class RemoveSuppressedDestinationsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoveSuppressedDestinationsCommand)

public:
    RemoveSuppressedDestinationsCommand(std::shared_ptr<Connection::Session> session,
        QStringList addresses,
        MessageBoxes &messageBoxes,
        QWidget *parentWidget);
    ~RemoveSuppressedDestinationsCommand() override;

    /// How many addresses the confirmation lists by name before "and n more".
    static constexpr int NamedInConfirmation = 10;

    const QStringList &removed() const
    {
        return m_removed;
    }
    /// The addresses not removed (after a failure or a cancel).
    QStringList remaining() const
    {
        return m_addresses.mid(m_next);
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void removeNext();

    std::shared_ptr<Connection::Session> m_session;
    QStringList m_addresses;
    MessageBoxes &m_messageBoxes;
    QPointer<Aws::AwsJob> m_job;
    QStringList m_removed;
    qsizetype m_next = 0;
    bool m_cancelled = false;
    Aws::AwsError m_error;
};

} // namespace Views
