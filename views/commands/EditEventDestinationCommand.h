#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QStringList>

#include "models/ses/ConfigurationSetTypes.h"

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

class EventDestinationDialog;

/// Adds an event destination to a configuration set (CreateConfigurationSetEventDestination) or
/// edits one (UpdateConfigurationSetEventDestination) through EventDestinationDialog. A refusal
/// keeps the dialog open with SES's reason.
class EditEventDestinationCommand final : public DialogCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditEventDestinationCommand)

public:
    /// existing: the destination to edit; nullopt adds one. takenNames: the set's destinations.
    EditEventDestinationCommand(std::shared_ptr<Connection::Session> session,
        QString configurationSetName,
        std::optional<Ses::EventDestination> existing,
        QStringList takenNames,
        QWidget *parentWidget);

    /// The open dialog (null once closed).
    EventDestinationDialog *dialog() const;
    /// The destination's name once saved.
    QString savedName() const
    {
        return m_saved;
    }

protected:
    void doStart() override;

private:
    void submit();

    std::shared_ptr<Connection::Session> m_session;
    QString m_setName;
    std::optional<Ses::EventDestination> m_existing;
    QStringList m_taken;
    QPointer<EventDestinationDialog> m_dialog;
    QString m_saved;
};

} // namespace Views
