#include "app/cli/commands/StatsSendingCommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QPointer>
#include <QTextStream>

#include "models/ses/AwsTimestamp.h"
#include "models/ses/QuotaUsage.h"
#include "models/ses/SendStatisticsSeries.h"
#include "models/ses/SesClient.h"
#include "models/ses/SesV1Client.h"
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

/// One run of the command: fetch, keep, load history, print. Owned by the session's client.
class SendingRun final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Cli::StatsSendingCommand)

public:
    SendingRun(CliContext &context, std::function<void(int)> done)
        : QObject(context.ses())
        , m_context(context)
        , m_done(std::move(done))
        , m_v1(new Ses::SesV1Client(context.session()->aws(), this))
    {
    }

    Ses::Aggregation aggregation;
    Ses::TimeRange::Preset preset = Ses::TimeRange::Last14Days;
    bool rawJson = false;
    bool csv = false;
    bool history = true;

    void start()
    {
        m_v1->getSendStatistics(this, [this](Aws::Result<Ses::SendStatistics> r) {
            if (!r.ok()) {
                finish(r.isCancelled() ? int(ExitCode::ServiceError)
                                       : m_context.serviceError(QStringLiteral("GetSendStatistics"), r.error()));
                return;
            }
            m_fetched = r.value();
            m_series.merge(m_fetched.points);
            if (rawJson)
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
        m_store = new Ses::StatisticsStore(StatsSupport::historyPath(m_context), this);
        m_store->saveSendPoints(scope, m_fetched.points, this, [this, scope](Aws::Result<int> saved) {
            if (!saved.ok()) {
                // History is a convenience: say why it is missing, still show what SES said.
                m_context.err() << tr("warning: %1").arg(saved.error().message) << Qt::endl;
                present();
                return;
            }
            if (rawJson) {
                present();
                return;
            }
            // "all" reads everything kept; the other ranges only what they show.
            const Ses::TimeRange wanted = preset == Ses::TimeRange::AllHistory ? Ses::TimeRange() : range();
            m_store->loadSendPoints(scope.key(), wanted, this, [this](Aws::Result<QList<Ses::SendDataPoint>> kept) {
                if (kept.ok()) {
                    // Stored points first, then SES's fresh answer wins where both exist.
                    Ses::SendStatisticsSeries merged(kept.value());
                    merged.merge(m_fetched.points);
                    m_series = merged;
                } else {
                    m_context.err() << tr("warning: %1").arg(kept.error().message) << Qt::endl;
                }
                present();
            });
        });
    }

    Ses::TimeRange range() const
    {
        return Ses::TimeRange::preset(
            preset, StatsSupport::now(m_context), aggregation, QTimeZone::utc(), m_series.first());
    }

    void present()
    {
        if (rawJson) {
            finish(ExitCode::Success);
            return;
        }
        const Ses::TimeRange r = range();
        const Ses::TimeSeriesTable table = m_series.aggregate(aggregation, r);
        const Ses::SendTotals totals = m_series.totals(r);
        if (csv) {
            m_context.out() << QString::fromUtf8(Ses::TimeSeriesCsv::write(table));
            finish(ExitCode::Success);
            return;
        }
        if (m_context.jsonOutput()) {
            printAggregatedJson(table, totals, r);
            finish(ExitCode::Success);
            return;
        }
        printTable(table, totals, r);
    }

    void printAggregatedJson(const Ses::TimeSeriesTable &table, const Ses::SendTotals &totals, const Ses::TimeRange &r)
    {
        QJsonArray points;
        for (int row = 0; row < table.rowCount(); ++row) {
            if (table.isGap(row))
                continue;
            QJsonObject p{{QLatin1String("Timestamp"), Ses::AwsTimestamp::toIso(table.time(row))}};
            for (int c = 0; c < table.columnCount(); ++c)
                p.insert(table.columns().at(c).key, static_cast<qint64>(table.value(row, c).value_or(0)));
            points.append(p);
        }
        QJsonObject t{{QLatin1String("DeliveryAttempts"), totals.deliveryAttempts},
            {QLatin1String("Bounces"), totals.bounces},
            {QLatin1String("Complaints"), totals.complaints},
            {QLatin1String("Rejects"), totals.rejects}};
        if (totals.bounceRate())
            t.insert(QLatin1String("BounceRate"), *totals.bounceRate());
        if (totals.complaintRate())
            t.insert(QLatin1String("ComplaintRate"), *totals.complaintRate());
        m_context.printJson(QJsonObject{{QLatin1String("Period"), aggregation.key()},
            {QLatin1String("StartTime"), Ses::AwsTimestamp::toIso(r.from())},
            {QLatin1String("EndTime"), Ses::AwsTimestamp::toIso(r.to())},
            {QLatin1String("SendDataPoints"), points},
            {QLatin1String("Totals"), t}});
    }

    void printTable(const Ses::TimeSeriesTable &table, const Ses::SendTotals &totals, const Ses::TimeRange &r)
    {
        TablePrinter printer(
            {tr("Time (UTC)"), tr("Delivery attempts"), tr("Bounces"), tr("Complaints"), tr("Rejects")});
        for (int row = 0; row < table.rowCount(); ++row) {
            QStringList cells{StatsSupport::time(table.time(row))};
            for (int c = 0; c < table.columnCount(); ++c) {
                const auto v = table.value(row, c);
                cells.append(v ? QString::number(static_cast<qint64>(*v)) : QStringLiteral("-"));
            }
            printer.addRow(cells);
        }
        printer.print(m_context.out());
        m_context.out() << Qt::endl;
        QList<QPair<QString, QString>> pairs{
            {tr("Range"), QStringLiteral("%1 - %2 UTC").arg(StatsSupport::time(r.from()), StatsSupport::time(r.to()))},
            {tr("Period"), aggregation.label()},
            {tr("Delivery attempts"), QString::number(totals.deliveryAttempts)},
            {tr("Bounces"),
                QStringLiteral("%1 (%2)").arg(totals.bounces).arg(StatsSupport::percent(totals.bounceRate()))},
            {tr("Complaints"),
                QStringLiteral("%1 (%2)").arg(totals.complaints).arg(StatsSupport::percent(totals.complaintRate()))},
            {tr("Rejects"),
                QStringLiteral("%1 (%2)").arg(totals.rejects).arg(StatsSupport::percent(totals.rejectRate()))},
        };
        m_v1->getSendQuota(this, [this, pairs](Aws::Result<Ses::SendQuotaResult> quota) mutable {
            if (quota.ok()) {
                const Ses::QuotaUsage usage(quota.value().quota);
                const QString max
                    = usage.isUnlimited() ? tr("unlimited") : QString::number(usage.quota().max24HourSend, 'f', 0);
                pairs.append({tr("Sent last 24 hours"),
                    tr("%1 of %2 (%3)")
                        .arg(QString::number(usage.quota().sentLast24Hours, 'f', 0),
                            max,
                            StatsSupport::percent(usage.usedFraction()))});
                pairs.append({tr("Max send rate"), tr("%1 per second").arg(usage.quota().maxSendRate)});
            } else if (quota.isError()) {
                pairs.append({tr("Quota"), tr("unavailable: %1").arg(quota.error().toString())});
            }
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
    Ses::SesV1Client *m_v1;
    Ses::StatisticsStore *m_store = nullptr;
    Ses::SendStatistics m_fetched;
    Ses::SendStatisticsSeries m_series;
};

} // namespace

QString StatsSendingCommand::summary() const
{
    return tr("Show sending statistics (delivery attempts, bounces, complaints, rejects) with totals and rates.");
}

QList<QCommandLineOption> StatsSendingCommand::options() const
{
    return {StatsSupport::periodOption(QStringLiteral("1h")),
        StatsSupport::rangeOption(QStringLiteral("14d")),
        StatsSupport::csvOption(),
        StatsSupport::noHistoryOption()};
}

void StatsSendingCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
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
    auto *run = new SendingRun(context, std::move(done));
    run->aggregation = *aggregation;
    run->preset = *preset;
    run->csv = parser.isSet(QStringLiteral("csv"));
    run->history = !parser.isSet(QStringLiteral("no-history"));
    run->rawJson = context.jsonOutput() && !run->csv && !parser.isSet(QStringLiteral("period"))
        && !parser.isSet(QStringLiteral("range"));
    run->start();
}

} // namespace Cli
