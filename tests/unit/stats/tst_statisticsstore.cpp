// The statistics history: SQLite through QtSql, per account and region, deduplicated, kept
// across restarts, read by range; the asynchronous store works off the caller's thread.
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "models/ses/StatisticsDatabase.h"
#include "models/ses/StatisticsScope.h"
#include "models/ses/StatisticsStore.h"

class tst_StatisticsStore : public QObject
{
    Q_OBJECT

    static QDateTime utc(int d, int h, int m = 0)
    {
        return QDateTime(QDate(2026, 3, d), QTime(h, m), Qt::UTC);
    }
    static Ses::SendDataPoint point(const QDateTime &t, qint64 attempts, qint64 bounces = 0)
    {
        Ses::SendDataPoint p;
        p.timestamp = t;
        p.deliveryAttempts = attempts;
        p.bounces = bounces;
        return p;
    }

private Q_SLOTS:
    void scopeKeys_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("accessKey");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QUrl>("endpoint");
        QTest::addColumn<QString>("key");
        QTest::newRow("AWS, default endpoint")
            << QStringLiteral("123456789012") << QString() << QStringLiteral("eu-west-1") << QUrl()
            << QStringLiteral("123456789012/eu-west-1");
        QTest::newRow("AWS endpoint named")
            << QStringLiteral("123456789012") << QString() << QStringLiteral("eu-west-1")
            << QUrl(QStringLiteral("https://email.eu-west-1.amazonaws.com"))
            << QStringLiteral("123456789012/eu-west-1");
        QTest::newRow("local sandbox, port ignored")
            << QStringLiteral("000000000000") << QString() << QStringLiteral("us-east-1")
            << QUrl(QStringLiteral("http://127.0.0.1:49152/"))
            << QStringLiteral("000000000000/us-east-1@http://127.0.0.1");
        QTest::newRow("proxy keeps its port")
            << QStringLiteral("123456789012") << QString() << QStringLiteral("us-east-1")
            << QUrl(QStringLiteral("https://ses-proxy.example.com:8443"))
            << QStringLiteral("123456789012/us-east-1@https://ses-proxy.example.com:8443");
        QTest::newRow("no account: key hash") << QString() << QStringLiteral("AKIDEXAMPLE")
                                              << QStringLiteral("us-west-2") << QUrl() << QStringLiteral("key-");
    }
    void scopeKeys()
    {
        QFETCH(QString, account);
        QFETCH(QString, accessKey);
        QFETCH(QString, region);
        QFETCH(QUrl, endpoint);
        QFETCH(QString, key);
        const Ses::StatisticsScope scope = account.isEmpty()
            ? Ses::StatisticsScope::forAccessKey(accessKey, region, endpoint)
            : Ses::StatisticsScope::forAccount(account, region, endpoint);
        QVERIFY(scope.isValid());
        if (account.isEmpty()) {
            QVERIFY(scope.key().startsWith(key));
            QVERIFY2(!scope.key().contains(accessKey), "the access key id must not be stored");
            QVERIFY(scope.key().endsWith(QStringLiteral("/") + region));
            QCOMPARE(Ses::StatisticsScope::forAccessKey(accessKey, region, endpoint).key(), scope.key());
        } else {
            QCOMPARE(scope.key(), key);
        }
        QVERIFY(!Ses::StatisticsScope::forAccount(QString(), region).isValid());
        QVERIFY(
            !Ses::StatisticsScope::forAccount(account.isEmpty() ? QStringLiteral("1") : account, QString()).isValid());
    }

    void dedupesAndPersists()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/statistics.sqlite"));
        const auto scope
            = Ses::StatisticsScope::forAccount(QStringLiteral("123456789012"), QStringLiteral("us-east-1"));
        const auto other
            = Ses::StatisticsScope::forAccount(QStringLiteral("123456789012"), QStringLiteral("eu-west-1"));
        {
            Ses::StatisticsDatabase db;
            QVERIFY(db.open(path).ok());
            auto saved = db.saveSendPoints(scope, {point(utc(1, 8, 13), 10), point(utc(1, 8, 28), 12)});
            QCOMPARE(saved.value(), 2);
            // The same intervals again (one revised), plus a new one: no duplicates, newest counters.
            saved = db.saveSendPoints(scope, {point(utc(1, 8, 28), 12, 1), point(utc(1, 8, 43), 8)});
            QCOMPARE(saved.value(), 2);
            QVERIFY(db.saveSendPoints(other, {point(utc(1, 8, 13), 99)}).ok());
        }
        // Reopened: everything is still there, per scope.
        Ses::StatisticsDatabase db;
        QVERIFY(db.open(path).ok());
        const auto all = db.sendPoints(scope.key());
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 3);
        QCOMPARE(all.value().at(1), point(utc(1, 8, 28), 12, 1));
        QCOMPARE(db.sendPoints(other.key()).value().size(), 1);
        QCOMPARE(db.sendPoints(QStringLiteral("nobody/us-east-1")).value().size(), 0);
        QCOMPARE(db.earliestSendPoint(scope.key()).value(), utc(1, 8, 13));
        QVERIFY(!db.earliestSendPoint(QStringLiteral("nobody/us-east-1")).value().isValid());
    }

    void readsByRange_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<int>("count");
        QTest::newRow("all of day 2") << utc(2, 0) << utc(3, 0) << 24;
        QTest::newRow("half-open: end excluded") << utc(2, 0) << utc(2, 10) << 10;
        QTest::newRow("start included") << utc(2, 23) << utc(4, 0) << 25;
        QTest::newRow("before everything") << utc(1, 0) << utc(2, 0) << 0;
    }
    void readsByRange()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(int, count);
        QTemporaryDir dir;
        Ses::StatisticsDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("s.sqlite"))).ok());
        const auto scope = Ses::StatisticsScope::forAccount(QStringLiteral("1"), QStringLiteral("us-east-1"));
        QList<Ses::SendDataPoint> points;
        for (int h = 0; h < 48; ++h)
            points.append(point(utc(2, 0).addSecs(h * 3600), h));
        QVERIFY(db.saveSendPoints(scope, points).ok());
        const auto got = db.sendPoints(scope.key(), {from, to});
        QCOMPARE(got.value().size(), count);
        for (const auto &p : got.value())
            QVERIFY(p.timestamp >= from && p.timestamp < to);
    }

    void reputationHistory()
    {
        QTemporaryDir dir;
        Ses::StatisticsDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("s.sqlite"))).ok());
        const auto scope = Ses::StatisticsScope::forAccount(QStringLiteral("1"), QStringLiteral("us-east-1"));
        using K = Ses::ReputationMetric;
        QCOMPARE(
            db.saveReputationPoints(scope, K::BounceRate, {}, 3600, {{utc(1, 1), 0.01}, {utc(1, 2), 0.02}}).value(), 2);
        QCOMPARE(db.saveReputationPoints(scope, K::BounceRate, {}, 3600, {{utc(1, 2), 0.03}}).value(), 1);
        QVERIFY(
            db.saveReputationPoints(scope, K::BounceRate, QStringLiteral("marketing"), 3600, {{utc(1, 2), 0.2}}).ok());
        QVERIFY(db.saveReputationPoints(scope, K::ComplaintRate, QString(), 3600, {{utc(1, 2), 0.001}}).ok());
        QVERIFY(db.saveReputationPoints(scope, K::BounceRate, QString(), 900, {{utc(1, 2), 0.5}}).ok());
        // The account's hourly bounce rate only, with the revised value.
        QCOMPARE(db.reputationPoints(scope.key(), K::BounceRate, QString(), 3600).value(),
            (QList<Ses::ReputationPoint>{{utc(1, 1), 0.01}, {utc(1, 2), 0.03}}));
        QCOMPARE(db.reputationPoints(scope.key(), K::BounceRate, QStringLiteral("marketing"), 3600).value(),
            (QList<Ses::ReputationPoint>{{utc(1, 2), 0.2}}));
        QCOMPARE(
            db.reputationPoints(scope.key(), K::BounceRate, QString(), 3600, {utc(1, 2), utc(1, 3)}).value().size(), 1);
    }

    void refusesNewerSchemaAndReportsThePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Ses::StatisticsDatabase db;
        const auto opened = db.open(path);
        QVERIFY(opened.isError());
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer SesDesk")), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QStringLiteral("s.sqlite")));
        // Not open: writes fail with an error, never silently.
        QVERIFY(db.saveSendPoints(Ses::StatisticsScope::forAccount(QStringLiteral("1"), QStringLiteral("r")), {})
                    .isError());
    }

    void unwritableLocation()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Ses::StatisticsDatabase db;
        const auto opened = db.open(dir.filePath(QStringLiteral("file/statistics.sqlite")));
        QVERIFY(opened.isError());
        QCOMPARE(opened.error().code, QStringLiteral("StatisticsStoreError"));
    }

    void asyncStoreWorksOffThisThread()
    {
        QTemporaryDir dir;
        const auto scope = Ses::StatisticsScope::forAccount(QStringLiteral("1"), QStringLiteral("us-east-1"));
        Ses::StatisticsStore store(dir.filePath(QStringLiteral("s.sqlite")));
        QList<Ses::SendDataPoint> points;
        for (int i = 0; i < 1344; ++i)
            points.append(point(utc(1, 0).addSecs(i * 900), i));
        QThread *callerThread = QThread::currentThread();
        std::optional<Aws::Result<int>> saved;
        std::optional<Aws::Result<QList<Ses::SendDataPoint>>> loaded;
        std::optional<Aws::Result<QDateTime>> earliest;
        bool calledOnCallerThread = true;
        store.saveSendPoints(scope, points, this, [&](Aws::Result<int> r) {
            calledOnCallerThread = calledOnCallerThread && QThread::currentThread() == callerThread;
            saved = r;
        });
        // Queued behind the save: sees its points.
        store.loadSendPoints(scope.key(), {utc(2, 0), utc(3, 0)}, this, [&](Aws::Result<QList<Ses::SendDataPoint>> r) {
            calledOnCallerThread = calledOnCallerThread && QThread::currentThread() == callerThread;
            loaded = r;
        });
        store.earliestSendPoint(scope.key(), this, [&](Aws::Result<QDateTime> r) {
            earliest = r;
        });
        // Nothing has been answered synchronously: the work happens on the store's thread.
        QVERIFY(!saved.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(earliest.has_value(), 10000);
        QVERIFY(saved->ok());
        QCOMPARE(saved->value(), 1344);
        QCOMPARE(loaded->value().size(), 96);
        QCOMPARE(earliest->value(), utc(1, 0));
        QVERIFY(calledOnCallerThread);
    }

    void noCallbackAfterContextDies()
    {
        QTemporaryDir dir;
        Ses::StatisticsStore store(dir.filePath(QStringLiteral("s.sqlite")));
        bool called = false;
        auto *context = new QObject;
        store.loadSendPoints(QStringLiteral("x"), {}, context, [&](Aws::Result<QList<Ses::SendDataPoint>>) {
            called = true;
        });
        delete context;
        bool sentinel = false;
        store.loadSendPoints(QStringLiteral("x"), {}, this, [&](Aws::Result<QList<Ses::SendDataPoint>>) {
            sentinel = true;
        });
        QTRY_VERIFY(sentinel);
        QVERIFY(!called);
    }

    void openErrorReachesTheCaller()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Ses::StatisticsStore store(dir.filePath(QStringLiteral("file/s.sqlite")));
        std::optional<Aws::Result<int>> saved;
        store.saveSendPoints(Ses::StatisticsScope::forAccount(QStringLiteral("1"), QStringLiteral("r")),
            {point(utc(1, 0), 1)},
            this,
            [&](Aws::Result<int> r) {
                saved = r;
            });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(saved->isError());
    }
};

QTEST_GUILESS_MAIN(tst_StatisticsStore)
#include "tst_statisticsstore.moc"
