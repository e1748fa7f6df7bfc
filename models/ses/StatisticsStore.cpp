#include "models/ses/StatisticsStore.h"

#include <QThread>

#include "models/ses/StatisticsDatabase.h"

namespace Ses
{

StatisticsStore::StatisticsStore(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("sesdesk-statistics-store"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

StatisticsStore::~StatisticsStore()
{
    // Close the file on the thread that opened it, after the queued requests.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_database.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

Aws::Result<Aws::Empty> StatisticsStore::ensureOpen()
{
    if (m_database && m_database->isOpen())
        return Aws::Empty{};
    m_database = std::make_unique<StatisticsDatabase>();
    return m_database->open(m_path);
}

template <typename T>
void StatisticsStore::post(std::function<Aws::Result<T>(StatisticsDatabase &)> work,
    QObject *context,
    std::function<void(Aws::Result<T>)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, guard, work = std::move(work), done = std::move(done)] {
        auto opened = ensureOpen();
        auto result = opened.ok() ? work(*m_database) : Aws::Result<T>(opened.error());
        // Back to the store's thread; the store outlives its worker, so this is safe to post.
        QMetaObject::invokeMethod(this, [guard, done, result = std::move(result)] {
            if (guard)
                done(result);
        });
    });
}

void StatisticsStore::saveSendPoints(const StatisticsScope &scope,
    const QList<SendDataPoint> &points,
    QObject *context,
    std::function<void(Aws::Result<int>)> done)
{
    post<int>(
        [scope, points](StatisticsDatabase &db) {
            return db.saveSendPoints(scope, points);
        },
        context,
        std::move(done));
}

void StatisticsStore::loadSendPoints(const QString &scopeKey,
    const TimeRange &range,
    QObject *context,
    std::function<void(Aws::Result<QList<SendDataPoint>>)> done)
{
    post<QList<SendDataPoint>>(
        [scopeKey, range](StatisticsDatabase &db) {
            return db.sendPoints(scopeKey, range);
        },
        context,
        std::move(done));
}

void StatisticsStore::saveReputationPoints(const StatisticsScope &scope,
    ReputationMetric::Kind kind,
    const QString &configurationSet,
    int periodSeconds,
    const QList<ReputationPoint> &points,
    QObject *context,
    std::function<void(Aws::Result<int>)> done)
{
    post<int>(
        [=](StatisticsDatabase &db) {
            return db.saveReputationPoints(scope, kind, configurationSet, periodSeconds, points);
        },
        context,
        std::move(done));
}

void StatisticsStore::loadReputationPoints(const QString &scopeKey,
    ReputationMetric::Kind kind,
    const QString &configurationSet,
    int periodSeconds,
    const TimeRange &range,
    QObject *context,
    std::function<void(Aws::Result<QList<ReputationPoint>>)> done)
{
    post<QList<ReputationPoint>>(
        [=](StatisticsDatabase &db) {
            return db.reputationPoints(scopeKey, kind, configurationSet, periodSeconds, range);
        },
        context,
        std::move(done));
}

void StatisticsStore::earliestSendPoint(
    const QString &scopeKey, QObject *context, std::function<void(Aws::Result<QDateTime>)> done)
{
    post<QDateTime>(
        [scopeKey](StatisticsDatabase &db) {
            return db.earliestSendPoint(scopeKey);
        },
        context,
        std::move(done));
}

} // namespace Ses
