#include "app/cli/commands/StatsAlarmsCommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include "models/ses/CloudWatchClient.h"
#include "models/ses/ReputationAlarmPlan.h"
#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/Session.h"
#include "app/cli/commands/StatsSupport.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

namespace
{

/// Creates the planned alarms one after the other; stops at the first failure.
void createNext(CliContext &context,
    Ses::CloudWatchClient *cloudWatch,
    QList<Ses::PutMetricAlarmRequest> remaining,
    std::function<void(int)> done)
{
    if (remaining.isEmpty()) {
        cloudWatch->deleteLater();
        done(ExitCode::Success);
        return;
    }
    const Ses::PutMetricAlarmRequest alarm = remaining.takeFirst();
    cloudWatch->putMetricAlarm(
        alarm, cloudWatch, [&context, cloudWatch, remaining, done, alarm](Aws::Result<Aws::Empty> r) {
            if (!r.ok()) {
                cloudWatch->deleteLater();
                done(r.isCancelled() ? int(ExitCode::ServiceError)
                                     : context.serviceError(QStringLiteral("PutMetricAlarm"), r.error()));
                return;
            }
            if (!context.jsonOutput())
                context.out() << StatsAlarmsCommand::tr("Created %1").arg(alarm.alarmName) << Qt::endl;
            createNext(context, cloudWatch, remaining, done);
        });
}

} // namespace

QStringList StatsAlarmsCommand::words() const
{
    switch (m_action) {
    case Action::Create:
        return {QStringLiteral("stats"), QStringLiteral("alarms"), QStringLiteral("create")};
    case Action::List:
        return {QStringLiteral("stats"), QStringLiteral("alarms"), QStringLiteral("list")};
    case Action::Delete:
        return {QStringLiteral("stats"), QStringLiteral("alarms"), QStringLiteral("delete")};
    }
    return {};
}

QString StatsAlarmsCommand::summary() const
{
    switch (m_action) {
    case Action::Create:
        return tr("Create CloudWatch alarms at the bounce (5%) and complaint (0.1%) review levels.");
    case Action::List:
        return tr("List the reputation alarms SesDesk created, with their state.");
    case Action::Delete:
        return tr("Delete the reputation alarms SesDesk created for the account or a configuration set.");
    }
    return {};
}

QList<QCommandLineOption> StatsAlarmsCommand::options() const
{
    QList<QCommandLineOption> out{StatsSupport::protocolOption()};
    if (m_action != Action::List)
        out.append(StatsSupport::configurationSetOption());
    if (m_action == Action::Create) {
        out.append(QCommandLineOption(QStringLiteral("alarm-action"),
            tr("ARN to notify when an alarm fires (an SNS topic); repeat for more."),
            QStringLiteral("ARN")));
        out.append(QCommandLineOption(QStringLiteral("dry-run"), tr("Only show what would be created.")));
    }
    return out;
}

void StatsAlarmsCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto protocol = StatsSupport::protocol(context, parser, &code);
    if (!protocol) {
        done(code);
        return;
    }
    auto *cloudWatch = new Ses::CloudWatchClient(context.session()->aws(), context.ses());
    cloudWatch->setProtocol(*protocol);
    const QString region = context.session()->aws()->config().region;
    const QString configurationSet
        = m_action == Action::List ? QString() : parser.value(QStringLiteral("configuration-set"));

    if (m_action == Action::Create) {
        const QList<Ses::PutMetricAlarmRequest> plan
            = Ses::ReputationAlarmPlan::build(region, configurationSet, parser.values(QStringLiteral("alarm-action")));
        if (!context.jsonOutput()) {
            context.out() << tr("Alarms to create:") << Qt::endl;
            for (const QString &line : Ses::ReputationAlarmPlan::describe(plan))
                context.out() << QStringLiteral("  ") << line << Qt::endl;
        }
        if (parser.isSet(QStringLiteral("dry-run"))) {
            cloudWatch->deleteLater();
            done(ExitCode::Success);
            return;
        }
        createNext(context, cloudWatch, plan, std::move(done));
        return;
    }

    if (m_action == Action::Delete) {
        QStringList names;
        for (const Ses::PutMetricAlarmRequest &a : Ses::ReputationAlarmPlan::build(region, configurationSet))
            names.append(a.alarmName);
        cloudWatch->deleteAlarms(names, cloudWatch, [&context, cloudWatch, names, done](Aws::Result<Aws::Empty> r) {
            cloudWatch->deleteLater();
            if (!r.ok()) {
                done(r.isCancelled() ? int(ExitCode::ServiceError)
                                     : context.serviceError(QStringLiteral("DeleteAlarms"), r.error()));
                return;
            }
            if (!context.jsonOutput()) {
                for (const QString &n : names)
                    context.out() << tr("Deleted %1").arg(n) << Qt::endl;
            }
            done(ExitCode::Success);
        });
        return;
    }

    Ses::DescribeAlarmsRequest request;
    request.alarmNamePrefix = QStringLiteral("SesDesk-%1-").arg(region);
    cloudWatch->describeAlarms(
        request, cloudWatch, [&context, cloudWatch, done](Aws::Result<Ses::DescribeAlarmsResult> r) {
            cloudWatch->deleteLater();
            if (!r.ok()) {
                done(r.isCancelled() ? int(ExitCode::ServiceError)
                                     : context.serviceError(QStringLiteral("DescribeAlarms"), r.error()));
                return;
            }
            if (context.jsonOutput()) {
                context.printJson(r.value().raw);
                done(ExitCode::Success);
                return;
            }
            TablePrinter table({tr("Alarm"), tr("State"), tr("Metric"), tr("Threshold"), tr("Scope")});
            for (const Ses::MetricAlarm &a : r.value().metricAlarms) {
                QString scope = tr("account");
                for (const Ses::Dimension &d : a.dimensions)
                    scope = QStringLiteral("%1=%2").arg(d.name, d.value);
                table.addRow({a.alarmName, a.stateValue, a.metricName, StatsSupport::percent(a.threshold), scope});
            }
            table.print(context.out());
            done(ExitCode::Success);
        });
}

} // namespace Cli
