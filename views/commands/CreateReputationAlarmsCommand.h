#pragma once

#include <memory>

#include <QList>
#include <QPointer>

#include "models/aws/AwsError.h"
#include "models/ses/CloudWatchTypes.h"

#include "views/commands/Command.h"

namespace Aws
{
class AwsJob;
}
namespace Connection
{
class Session;
}
namespace Ses
{
class CloudWatchClient;
}

namespace Views
{

class CreateAlarmsDialog;

/// "Create alarm": shows the CloudWatch alarms it will create at the reputation review levels
/// (CreateAlarmsDialog), then creates them one after the other with PutMetricAlarm.
class CreateReputationAlarmsCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateReputationAlarmsCommand)

public:
    CreateReputationAlarmsCommand(
        std::shared_ptr<Connection::Session> session, const QString &configurationSet, QWidget *parentWidget);
    ~CreateReputationAlarmsCommand() override;

    const Aws::AwsError &error() const
    {
        return m_error;
    }
    /// The alarm names created so far.
    QStringList created() const
    {
        return m_created;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void createNext();

    std::shared_ptr<Connection::Session> m_session;
    QString m_configurationSet;
    Ses::CloudWatchClient *m_cloudWatch;
    QPointer<CreateAlarmsDialog> m_dialog;
    QList<Ses::PutMetricAlarmRequest> m_remaining;
    int m_total = 0;
    QStringList m_created;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
