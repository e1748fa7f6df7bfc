#pragma once

#include <memory>

#include <QPointer>
#include <QStringList>

#include "models/ses/DedicatedIpTypes.h"

#include "views/commands/DialogCommand.h"

class QDialog;

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

/// Changes one dedicated IP through its dialog: moves it to another pool (MoveDedicatedIpDialog,
/// PutDedicatedIpInPool) or edits its warm-up (WarmupDialog, PutDedicatedIpWarmupAttributes).
/// A refusal keeps the dialog open with SES's reason; on success the IP is read again.
class EditDedicatedIpCommand final : public DialogCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditDedicatedIpCommand)

public:
    enum class Action { Move, Warmup };

    /// pools: the standard pools an IP may move to.
    EditDedicatedIpCommand(std::shared_ptr<Connection::Session> session,
        Ses::DedicatedIp ip,
        Action action,
        QStringList pools,
        QWidget *parentWidget);

    Action action() const
    {
        return m_action;
    }
    QDialog *dialog() const;
    /// The IP as SES has it after the change (valid after success).
    const Ses::DedicatedIp &updated() const
    {
        return m_updated;
    }

protected:
    void doStart() override;

private:
    void submit();
    void readBack();
    void showError(const QString &text);

    std::shared_ptr<Connection::Session> m_session;
    Ses::DedicatedIp m_ip;
    Action m_action;
    QStringList m_pools;
    QPointer<QDialog> m_dialog;
    Ses::DedicatedIp m_updated;
};

} // namespace Views
