#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>

#include "models/aws/Result.h"
#include "models/ses/ReputationSeries.h"
#include "models/ses/StatisticsScope.h"
#include "models/ses/StatisticsTypes.h"
#include "models/ses/TimeRange.h"

class QThread;

namespace Ses
{

class StatisticsDatabase;

/// The statistics history, asynchronously: a StatisticsDatabase on its own thread, so reading
/// and writing never block the GUI. Requests run in order; each calls done once on the
/// caller's thread (the thread this store lives in, where context must live too), and not at all
/// when context is gone. The database file path is injected; tests use a temporary folder.
class StatisticsStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsStore)

public:
    explicit StatisticsStore(const QString &databasePath, QObject *parent = nullptr);
    /// Finishes the requests already queued, then closes the file.
    ~StatisticsStore() override;

    const QString &path() const
    {
        return m_path;
    }

    void saveSendPoints(const StatisticsScope &scope,
        const QList<SendDataPoint> &points,
        QObject *context,
        std::function<void(Aws::Result<int>)> done);
    void loadSendPoints(const QString &scopeKey,
        const TimeRange &range,
        QObject *context,
        std::function<void(Aws::Result<QList<SendDataPoint>>)> done);
    void saveReputationPoints(const StatisticsScope &scope,
        ReputationMetric::Kind kind,
        const QString &configurationSet,
        int periodSeconds,
        const QList<ReputationPoint> &points,
        QObject *context,
        std::function<void(Aws::Result<int>)> done);
    void loadReputationPoints(const QString &scopeKey,
        ReputationMetric::Kind kind,
        const QString &configurationSet,
        int periodSeconds,
        const TimeRange &range,
        QObject *context,
        std::function<void(Aws::Result<QList<ReputationPoint>>)> done);
    void earliestSendPoint(const QString &scopeKey, QObject *context, std::function<void(Aws::Result<QDateTime>)> done);

private:
    /// Runs work on the worker thread (opening the file first if needed), then done here.
    template <typename T>
    void post(std::function<Aws::Result<T>(StatisticsDatabase &)> work,
        QObject *context,
        std::function<void(Aws::Result<T>)> done);
    Aws::Result<Aws::Empty> ensureOpen(); // worker thread only

    QString m_path;
    QThread *m_thread;
    QObject *m_worker; // lives in m_thread
    std::unique_ptr<StatisticsDatabase> m_database; // used in m_thread only
};

} // namespace Ses
