#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include "models/aws/Result.h"
#include "models/ses/ReputationSeries.h"
#include "models/ses/StatisticsScope.h"
#include "models/ses/StatisticsTypes.h"
#include "models/ses/TimeRange.h"

namespace Ses
{

/// The SQLite file (QtSql) that keeps every statistics point SesDesk has fetched, per account and
/// region (StatisticsScope), so charts reach back further than SES's two weeks. One point per
/// scope and timestamp (a newer fetch replaces the stored counters); writes are batched in one
/// transaction. Used from one thread only: StatisticsStore runs it on a worker thread.
class StatisticsDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Ses::StatisticsDatabase)

public:
    static constexpr int schemaVersion = 1;

    StatisticsDatabase();
    ~StatisticsDatabase();
    Q_DISABLE_COPY_MOVE(StatisticsDatabase)

    /// Where SesDesk (GUI and CLI alike) keeps the history: $XDG_DATA_HOME/sesdesk, else
    /// <home>/.local/share/sesdesk, then statistics.sqlite.
    static QString defaultPath(const QString &xdgDataHome, const QString &homeDir);

    /// Opens (creating the file and its folder if needed) and migrates the schema.
    Aws::Result<Aws::Empty> open(const QString &path);
    bool isOpen() const;
    void close();

    /// Inserts or replaces the points; returns how many rows were written.
    Aws::Result<int> saveSendPoints(const StatisticsScope &scope, const QList<SendDataPoint> &points);
    /// Points with from <= timestamp < to, ascending (an invalid range means everything).
    Aws::Result<QList<SendDataPoint>> sendPoints(const QString &scopeKey, const TimeRange &range = {}) const;

    /// Reputation values of one metric at one period, for the account (configurationSet empty)
    /// or a configuration set.
    Aws::Result<int> saveReputationPoints(const StatisticsScope &scope,
        ReputationMetric::Kind kind,
        const QString &configurationSet,
        int periodSeconds,
        const QList<ReputationPoint> &points);
    Aws::Result<QList<ReputationPoint>> reputationPoints(const QString &scopeKey,
        ReputationMetric::Kind kind,
        const QString &configurationSet,
        int periodSeconds,
        const TimeRange &range = {}) const;

    /// The oldest send point kept for the scope (invalid when none): "watching since".
    Aws::Result<QDateTime> earliestSendPoint(const QString &scopeKey) const;

private:
    Aws::AwsError sqlError(const QString &what, const QString &detail) const;
    Aws::Result<Aws::Empty> migrate();
    Aws::Result<Aws::Empty> touchScope(const StatisticsScope &scope);

    QString m_connection;
    QString m_path;
};

} // namespace Ses
