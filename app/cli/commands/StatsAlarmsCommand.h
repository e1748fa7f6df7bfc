#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `stats alarms create|list|delete`: the CloudWatch alarms at the reputation review levels
/// (Ses::ReputationAlarmPlan) for the account or a configuration set. create prints exactly what
/// it creates first (and only that with --dry-run).
class StatsAlarmsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatsAlarmsCommand)

public:
    enum class Action { Create, List, Delete };

    explicit StatsAlarmsCommand(Action action)
        : m_action(action)
    {
    }

    QStringList words() const override;
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;

private:
    Action m_action;
};

} // namespace Cli
