#pragma once

#include <memory>

#include <QPointer>

#include "models/ses/SuppressionTypes.h"

#include "views/commands/DialogCommand.h"

namespace Aws
{
class AwsJob;
class Clock;
} // namespace Aws
namespace Connection
{
class Session;
}

namespace Views
{

class AddSuppressedAddressDialog;

/// Opens the add-address dialog and puts the address on the account-level suppression list with
/// PutSuppressedDestination, then reads the entry back (GetSuppressedDestination) for the time SES
/// recorded. A refusal (an account in the SES sandbox, an address SES rejects) keeps the dialog
/// open with SES's own message.
class AddSuppressedDestinationCommand final : public DialogCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSuppressedDestinationCommand)

public:
    /// clock: stands in for SES's time when the entry cannot be read back (may be null).
    AddSuppressedDestinationCommand(
        std::shared_ptr<Connection::Session> session, const Aws::Clock *clock, QWidget *parentWidget);

    AddSuppressedAddressDialog *dialog() const;
    /// The entry as SES has it, once added.
    const Ses::SuppressedDestinationSummary &added() const
    {
        return m_added;
    }

protected:
    void doStart() override;

private:
    void submit();
    void readBack(const Ses::SuppressedDestinationSummary &put);

    std::shared_ptr<Connection::Session> m_session;
    const Aws::Clock *m_clock;
    QPointer<AddSuppressedAddressDialog> m_dialog;
    Ses::SuppressedDestinationSummary m_added;
};

} // namespace Views
