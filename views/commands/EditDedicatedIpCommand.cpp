#include "views/commands/EditDedicatedIpCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/panes/dedicatedips/MoveDedicatedIpDialog.h"
#include "views/panes/dedicatedips/WarmupDialog.h"

namespace Views
{

EditDedicatedIpCommand::EditDedicatedIpCommand(std::shared_ptr<Connection::Session> session,
    Ses::DedicatedIp ip,
    Action action,
    QStringList pools,
    QWidget *parentWidget)
    : DialogCommand(parentWidget)
    , m_session(std::move(session))
    , m_ip(std::move(ip))
    , m_action(action)
    , m_pools(std::move(pools))
{
}

QDialog *EditDedicatedIpCommand::dialog() const
{
    return m_dialog.data();
}

void EditDedicatedIpCommand::doStart()
{
    if (m_action == Action::Move) {
        auto *dialog = new MoveDedicatedIpDialog(m_ip.ip, m_ip.poolName, m_pools, parentWidget());
        connect(dialog, &MoveDedicatedIpDialog::submitRequested, this, &EditDedicatedIpCommand::submit);
        m_dialog = dialog;
    } else {
        auto *dialog = new WarmupDialog(m_ip.ip, m_ip.warmupPercentage, parentWidget());
        connect(dialog, &WarmupDialog::submitRequested, this, &EditDedicatedIpCommand::submit);
        m_dialog = dialog;
    }
    openDialog(m_dialog);
}

void EditDedicatedIpCommand::showError(const QString &text)
{
    if (auto *move = qobject_cast<MoveDedicatedIpDialog *>(m_dialog))
        move->showSubmitError(text);
    else if (auto *warmup = qobject_cast<WarmupDialog *>(m_dialog))
        warmup->showSubmitError(text);
}

void EditDedicatedIpCommand::submit()
{
    if (busy())
        return;
    auto done = [this](Aws::Result<Aws::Empty> r) {
        m_job = nullptr;
        if (r.isCancelled())
            return;
        if (r.isError()) {
            showError(tr("SES refused the change: %1").arg(r.error().toString()));
            return;
        }
        markDone();
        readBack();
    };
    if (auto *move = qobject_cast<MoveDedicatedIpDialog *>(m_dialog)) {
        const QString pool = move->destinationPool();
        move->setSubmitting(true, tr("Moving %1 to %2…").arg(m_ip.ip, pool));
        Q_EMIT progress(0, 2, tr("Moving %1 to %2…").arg(m_ip.ip, pool));
        m_job = m_session->ses()->putDedicatedIpInPool(m_ip.ip, pool, this, done);
    } else if (auto *warmup = qobject_cast<WarmupDialog *>(m_dialog)) {
        const int percentage = warmup->percentage();
        warmup->setSubmitting(true, tr("Setting the warm-up of %1 to %2%…").arg(m_ip.ip).arg(percentage));
        Q_EMIT progress(0, 2, tr("Setting the warm-up of %1…").arg(m_ip.ip));
        m_job = m_session->ses()->putDedicatedIpWarmupAttributes(m_ip.ip, percentage, this, done);
    }
}

void EditDedicatedIpCommand::readBack()
{
    // What SES reports now (status and percentage it derives), not what was asked for.
    Q_EMIT progress(1, 2, tr("Reading %1 again…").arg(m_ip.ip));
    m_job = m_session->ses()->getDedicatedIp(m_ip.ip, this, [this](Aws::Result<Ses::DedicatedIp> r) {
        m_job = nullptr;
        if (r.isCancelled())
            return;
        m_updated = r.ok() ? r.value() : m_ip;
        Q_EMIT info(m_action == Action::Move ? tr("%1 moved to %2").arg(m_ip.ip, m_updated.poolName)
                                             : tr("Warm-up of %1 set").arg(m_ip.ip));
        succeed();
    });
}

} // namespace Views
