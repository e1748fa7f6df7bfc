#pragma once

#include <memory>

#include <QPointer>

#include "models/aws/AwsError.h"

#include "views/commands/Command.h"
#include "views/dialogs/CreateIdentityWizard.h"

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

class FileDialogs;
class MessageBoxes;

/// Creates an identity: opens the wizard, and on Finish calls CreateEmailIdentity and then, if
/// asked for, PutEmailIdentityMailFromAttributes. The wizard stays open (with everything typed)
/// when SES refuses the identity; it closes once the identity exists.
class CreateIdentityCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateIdentityCommand)

public:
    CreateIdentityCommand(std::shared_ptr<Connection::Session> session,
        MessageBoxes &messageBoxes,
        FileDialogs *fileDialogs,
        QWidget *parentWidget);
    ~CreateIdentityCommand() override;

    CreateIdentityWizard *wizard() const
    {
        return m_wizard;
    }
    /// The identity created (ASCII), even if a later step failed; empty if none was.
    QString createdIdentity() const
    {
        return m_created;
    }
    bool createdDomain() const
    {
        return m_plan.domain;
    }
    const CreateIdentityWizard::Plan &plan() const
    {
        return m_plan;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }
    /// What failed, for the error banner.
    QString failedAction() const
    {
        return m_failedAction;
    }

Q_SIGNALS:
    void identityCreated(const QString &name);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void submit();
    void setMailFrom();

    std::shared_ptr<Connection::Session> m_session;
    MessageBoxes &m_messageBoxes;
    FileDialogs *m_fileDialogs;
    QPointer<CreateIdentityWizard> m_wizard;
    QPointer<Aws::AwsJob> m_job;
    CreateIdentityWizard::Plan m_plan;
    QString m_created;
    Aws::AwsError m_error;
    QString m_failedAction;
};

} // namespace Views
