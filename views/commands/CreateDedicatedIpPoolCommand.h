#pragma once

#include <memory>

#include <QPointer>
#include <QStringList>

#include "views/commands/DialogCommand.h"

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

class CreateDedicatedIpPoolDialog;

/// Opens the create-pool dialog and creates the pool with CreateDedicatedIpPool; a refusal keeps
/// the dialog open with SES's reason.
class CreateDedicatedIpPoolCommand final : public DialogCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateDedicatedIpPoolCommand)

public:
    CreateDedicatedIpPoolCommand(
        std::shared_ptr<Connection::Session> session, QStringList takenNames, QWidget *parentWidget);

    CreateDedicatedIpPoolDialog *dialog() const;
    QString createdName() const
    {
        return m_created;
    }
    /// STANDARD or MANAGED, once created.
    QString createdScalingMode() const
    {
        return m_mode;
    }

protected:
    void doStart() override;

private:
    void submit();

    std::shared_ptr<Connection::Session> m_session;
    QStringList m_taken;
    QPointer<CreateDedicatedIpPoolDialog> m_dialog;
    QString m_created;
    QString m_mode;
};

} // namespace Views
