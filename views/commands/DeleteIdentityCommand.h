#pragma once

#include <memory>

#include <QList>
#include <QPointer>

#include "models/aws/AwsError.h"
#include "models/items/IdentityItems.h"

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

/// Deletes identities after a confirmation that names each one and says what stops working,
/// one DeleteEmailIdentity call after another; stops at the first failure.
class DeleteIdentityCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteIdentityCommand)

public:
    DeleteIdentityCommand(std::shared_ptr<Connection::Session> session,
        QList<Items::IdentityEntry> identities,
        MessageBoxes &messageBoxes,
        QWidget *parentWidget);

    const Aws::AwsError &error() const
    {
        return m_error;
    }
    /// The identity whose deletion failed.
    QString failedIdentity() const
    {
        return m_failed;
    }

Q_SIGNALS:
    /// One identity is gone (its name as SES has it).
    void identityDeleted(const QString &name);

protected:
    void doStart() override;
    void doCancel() override;

private:
    QString confirmationText() const;
    void deleteNext();

    std::shared_ptr<Connection::Session> m_session;
    QList<Items::IdentityEntry> m_identities;
    MessageBoxes &m_messageBoxes;
    int m_next = 0;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
    QString m_failed;
};

} // namespace Views
