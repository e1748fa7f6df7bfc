#include "app/cli/commands/StatsReputationCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "models/ses/CloudWatchClient.h"
#include "models/ses/ReputationQuery.h"
#include "models/ses/ReputationSeries.h"
#include "models/ses/ReputationThresholds.h"
#include "models/ses/SesClient.h"
#include "models/ses/StatisticsStore.h"
#include "models/ses/TimeSeriesCsv.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/Session.h"
#include "app/cli/commands/StatsSupport.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

namespace
{

using Kind = Ses::ReputationMetric::Kind;

/// One run of the command: fetch every page, keep, load history, print.
class ReputationRun final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Cli::StatsReputationCommand)

public:
    ReputationRun(CliContext &context, std::function<void(int)> done)
        : QObject(context.ses())
        , m_context(context)
        , m_done(std::move(done))
        , m_cloudWatch(new Ses::CloudWatchClient(context.session()->aws(), this))
    {
    }

    Ses::Aggregation aggregation{Ses::Aggregation::Hour};
    Ses::TimeRange::Preset preset = Ses::TimeRange::Last14Days;
    QString configurationSet;
    bool csv = false;
    bool history = true;

    void start(Aws::Protocol protocol)
    {
        m_cloudWatch->setProtocol(protocol);
        // CloudWatch has the whole range itself; "all" asks it for SES's two weeks and adds history.
        m_range = Ses::TimeRange::preset(preset == Ses::TimeRange::AllHistory ? Ses::TimeRange::Last14Days : preset,
            StatsSupport::now(m_context),
            aggregation);
        const Ses::GetMetricDataRequest request = Ses::ReputationQuery::build(m_range, aggregation, configurationSet);
        m_cloudWatch->getAllMetricData(request, this, [this](Aws::Result<Ses::GetMetricDataResult> r) {
            if (!r.ok()) {
                finish(r.isCancelled() ? int(ExitCode::ServiceError)
                                       : m_context.serviceError(QStringLiteral("GetMetricData"), r.error()));
                return;
            }
            m_fetched = r.value();
            m_series.merge(m_fetched);
            if (m_context.jsonOutput() && !csv)
                m_context.printJson(m_fetched.raw);
            if (!history) {
                present();
                return;
            }
            StatsSupport::resolveScope(m_context, this, [this](Ses::StatisticsScope scope) {
                keep(scope);
            });
        });
    }

private:
    void keep(const Ses::StatisticsScope &scope)
    {
        if (!scope.isValid()) {
            present();
            return;
        }
        m_scope = scope;
        m_store = new Ses::StatisticsStore(StatsSupport::historyPath(m_context), this);
        m_pending = 4; // two saves, two loads, in order on the store's thread
        for (Kind kind : {Ses::ReputationMetric::BounceRate, Ses::ReputationMetric::ComplaintRate}) {
            m_store->saveReputationPoints(scope,
                kind,
                configurationSet,
                aggregation.seconds(),
                m_series.points(kind),
                this,
                [this](Aws::Result<int> saved) {
                    if (saved.isError())
                        warn(saved.error().message);
                    step();
                });
        }
        const Ses::TimeRange wanted = preset == Ses::TimeRange::AllHistory ? Ses::TimeRange() : m_range;
        for (Kind kind : {Ses::ReputationMetric::BounceRate, Ses::ReputationMetric::ComplaintRate}) {
            m_store->loadReputationPoints(scope.key(),
                kind,
                configurationSet,
                aggregation.seconds(),
                wanted,
                this,
                [this, kind](Aws::Result<QList<Ses::ReputationPoint>> kept) {
                    if (kept.ok()) {
                        // Kept values first; CloudWatch's fresh answer wins where both exist.
                        const QList<Ses::ReputationPoint> fresh = m_series.points(kind);
                        m_series.merge(kind, kept.value());
                        m_series.merge(kind, fresh);
                    } else if (kept.isError()) {
                        warn(kept.error().message);
                    }
                    step();
                });
        }
    }

    void warn(const QString &message)
    {
        m_context.err() << tr("warning: %1").arg(message) << Qt::endl;
    }

    void step()
    {
        if (--m_pending == 0)
            present();
    }

    void present()
    {
        if (m_context.jsonOutput() && !csv) {
            finish(ExitCode::Success);
            return;
        }
        if (preset == Ses::TimeRange::AllHistory) {
            QDateTime earliest;
            for (Kind kind : {Ses::ReputationMetric::BounceRate, Ses::ReputationMetric::ComplaintRate}) {
                const auto points = m_series.points(kind);
                if (!points.isEmpty() && (!earliest.isValid() || points.first().timestamp < earliest))
                    earliest = points.first().timestamp;
            }
            m_range = Ses::TimeRange::preset(
                Ses::TimeRange::AllHistory, StatsSupport::now(m_context), aggregation, QTimeZone::utc(), earliest);
        }
        const Ses::TimeSeriesTable table = m_series.table(aggregation, m_range);
        if (csv) {
            m_context.out() << QString::fromUtf8(Ses::TimeSeriesCsv::write(table));
            finish(ExitCode::Success);
            return;
        }
        TablePrinter printer({tr("Time (UTC)"), tr("Bounce rate"), tr("Complaint rate")});
        for (int row = 0; row < table.rowCount(); ++row) {
            if (table.isGap(row))
                continue;
            printer.addRow({StatsSupport::time(table.time(row)),
                StatsSupport::percent(table.value(row, 0)),
                StatsSupport::percent(table.value(row, 1))});
        }
        printer.print(m_context.out());
        m_context.out() << Qt::endl;

        QList<QPair<QString, QString>> pairs{
            {tr("Scope"),
                configurationSet.isEmpty() ? tr("account") : tr("configuration set %1").arg(configurationSet)},
            {tr("Range"),
                QStringLiteral("%1 - %2 UTC")
                    .arg(StatsSupport::time(m_range.from()), StatsSupport::time(m_range.to()))},
            {tr("Period"), aggregation.label()},
        };
        for (Kind kind : {Ses::ReputationMetric::BounceRate, Ses::ReputationMetric::ComplaintRate}) {
            const auto latest = m_series.latest(kind);
            const Ses::ReputationThresholds levels = Ses::ReputationThresholds::forMetric(kind);
            const QString value = latest ? tr("%1 at %2 UTC, %3 (review at %4, sending may be paused at %5)")
                                               .arg(StatsSupport::percent(latest->value),
                                                   StatsSupport::time(latest->timestamp),
                                                   Ses::ReputationStatusText::label(m_series.status(kind)),
                                                   StatsSupport::percent(levels.review),
                                                   StatsSupport::percent(levels.pause))
                                         : tr("no data in this range");
            pairs.append({Ses::ReputationMetric::label(kind), value});
        }
        pairs.append({tr("Status"), Ses::ReputationStatusText::label(m_series.overallStatus())});
        m_context.ses()->getAccount(this, [this, pairs](Aws::Result<Ses::Account> account) mutable {
            if (account.ok())
                pairs.append({tr("Enforcement status"), account.value().enforcementStatus});
            else if (account.isError())
                pairs.append({tr("Enforcement status"), tr("unavailable: %1").arg(account.error().toString())});
            TablePrinter::printPairs(m_context.out(), pairs);
            finish(ExitCode::Success);
        });
    }

    void finish(int code)
    {
        auto done = std::move(m_done);
        m_done = nullptr;
        if (done)
            done(code);
    }

    CliContext &m_context;
    std::function<void(int)> m_done;
    Ses::CloudWatchClient *m_cloudWatch;
    Ses::StatisticsStore *m_store = nullptr;
    Ses::StatisticsScope m_scope;
    Ses::TimeRange m_range;
    Ses::GetMetricDataResult m_fetched;
    Ses::ReputationSeries m_series;
    int m_pending = 0;
};

} // namespace

QString StatsReputationCommand::summary() const
{
    return tr("Show the bounce and complaint rates (CloudWatch reputation metrics) against SES's thresholds.");
}

QList<QCommandLineOption> StatsReputationCommand::options() const
{
    return {StatsSupport::configurationSetOption(),
        StatsSupport::periodOption(QStringLiteral("1h")),
        StatsSupport::rangeOption(QStringLiteral("14d")),
        StatsSupport::csvOption(),
        StatsSupport::noHistoryOption(),
        StatsSupport::protocolOption()};
}

void StatsReputationCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto aggregation = StatsSupport::aggregation(context, parser, Ses::Aggregation::Hour, &code);
    if (!aggregation) {
        done(code);
        return;
    }
    const auto preset = StatsSupport::rangePreset(context, parser, Ses::TimeRange::Last14Days, &code);
    if (!preset) {
        done(code);
        return;
    }
    const auto protocol = StatsSupport::protocol(context, parser, &code);
    if (!protocol) {
        done(code);
        return;
    }
    auto *run = new ReputationRun(context, std::move(done));
    run->aggregation = *aggregation;
    run->preset = *preset;
    run->configurationSet = parser.value(QStringLiteral("configuration-set"));
    run->csv = parser.isSet(QStringLiteral("csv"));
    run->history = !parser.isSet(QStringLiteral("no-history"));
    run->start(*protocol);
}

} // namespace Cli
