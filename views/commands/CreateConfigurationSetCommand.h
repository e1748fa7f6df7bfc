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

class CreateConfigurationSetDialog;

/// Opens the create-configuration-set dialog and creates the set with CreateConfigurationSet.
/// A refusal keeps the dialog open with SES's reason (an existing name on the name field).
class CreateConfigurationSetCommand final : public DialogCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateConfigurationSetCommand)

public:
    /// takenNames and poolNames help the dialog (checks and choices); SES has the last word.
    CreateConfigurationSetCommand(std::shared_ptr<Connection::Session> session,
        QStringList takenNames,
        QStringList poolNames,
        QWidget *parentWidget);

    QString createdName() const
    {
        return m_created;
    }
    /// The open dialog (null once closed).
    CreateConfigurationSetDialog *dialog() const;

Q_SIGNALS:
    void configurationSetCreated(const QString &name);

protected:
    void doStart() override;

private:
    void submit();

    std::shared_ptr<Connection::Session> m_session;
    QStringList m_taken;
    QStringList m_pools;
    QPointer<CreateConfigurationSetDialog> m_dialog;
    QString m_created;
};

} // namespace Views
