#include "views/commands/CreateReputationAlarmsCommand.h"

#include "models/aws/AwsClient.h"
#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/CloudWatchClient.h"

#include "views/dialogs/CreateAlarmsDialog.h"

namespace Views
{

CreateReputationAlarmsCommand::CreateReputationAlarmsCommand(
    std::shared_ptr<Connection::Session> session, const QString &configurationSet, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(std::move(session))
    , m_configurationSet(configurationSet)
    , m_cloudWatch(new Ses::CloudWatchClient(m_session->aws(), this))
{
}

CreateReputationAlarmsCommand::~CreateReputationAlarmsCommand()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

void CreateReputationAlarmsCommand::doStart()
{
    m_dialog = new CreateAlarmsDialog(m_session->region(), m_configurationSet, parentWidget());
    m_dialog->setObjectName(QStringLiteral("createAlarmsDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        m_remaining = m_dialog->plan();
        m_total = static_cast<int>(m_remaining.size());
        createNext();
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        finish(Outcome::Cancelled);
    });
    m_dialog->open();
}

void CreateReputationAlarmsCommand::createNext()
{
    if (m_remaining.isEmpty()) {
        Q_EMIT info(tr("Created %n CloudWatch alarm(s)", nullptr, static_cast<int>(m_created.size())));
        finish(Outcome::Succeeded);
        return;
    }
    const Ses::PutMetricAlarmRequest alarm = m_remaining.takeFirst();
    Q_EMIT progress(m_total - static_cast<int>(m_remaining.size()), m_total, tr("Creating %1…").arg(alarm.alarmName));
    m_job = m_cloudWatch->putMetricAlarm(alarm, this, [this, name = alarm.alarmName](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error = r.error();
            finish(Outcome::Failed);
            return;
        }
        m_created.append(name);
        createNext();
    });
}

void CreateReputationAlarmsCommand::doCancel()
{
    if (m_dialog)
        m_dialog->close();
    m_remaining.clear();
    if (m_job)
        m_job->cancel();
}

} // namespace Views
