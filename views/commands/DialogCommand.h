#pragma once

#include <QPointer>

#include "views/commands/Command.h"

class QDialog;

namespace Aws
{
class AwsJob;
}

namespace Views
{

/// A command whose work happens in one dialog: the dialog asks for the call, a refusal keeps it
/// open with SES's reason, success closes it. Closing the dialog, or cancel(), stops a call in
/// flight and ends the command (Succeeded if the work was already done, else Cancelled).
class DialogCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogCommand)

protected:
    explicit DialogCommand(QWidget *parentWidget);
    ~DialogCommand() override;

    /// Opens \a dialog window-modally; it deletes itself on close.
    void openDialog(QDialog *dialog);
    /// The change is made though the command still reads it back: closing the dialog from now
    /// on ends the command as Succeeded.
    void markDone()
    {
        m_succeeded = true;
    }
    /// A call is in flight or the work is done: a second submit from the dialog is ignored.
    bool busy() const
    {
        return m_job || m_succeeded;
    }
    /// The work is done: closes the dialog and ends the command as Succeeded.
    void succeed();
    void doCancel() override;

    /// The call in flight, if any: subclasses set it when they send and clear it in the answer.
    QPointer<Aws::AwsJob> m_job;

private:
    QPointer<QDialog> m_openDialog;
    bool m_succeeded = false;
};

} // namespace Views
