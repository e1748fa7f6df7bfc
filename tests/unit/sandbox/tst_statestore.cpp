#include <QTemporaryDir>
#include <QTest>

#include "sandbox/state/StateStore.h"

using Sandbox::StateStore;

/// The durable document store: CRUD, key-ordered paging, transactions, reopening, the folder lock.
class tst_StateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crudAndPaging_data()
    {
        QTest::addColumn<bool>("persistent");
        QTest::newRow("memory") << false;
        QTest::newRow("data dir") << true;
    }

    void crudAndPaging()
    {
        QFETCH(bool, persistent);
        QTemporaryDir dir;
        QString error;
        auto store = StateStore::open(persistent ? dir.path() : QString(), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->isPersistent(), persistent);

        for (const char *key : {"c", "a", "b", "b%x", "b_y"})
            QVERIFY(store->put(QStringLiteral("things"),
                QString::fromLatin1(key),
                QJsonObject{{QStringLiteral("k"), QString::fromLatin1(key)}}));
        QVERIFY(store->put(QStringLiteral("other"), QStringLiteral("a"), QJsonObject{}));
        QCOMPARE(store->count(QStringLiteral("things")), 5);
        QCOMPARE(store->get(QStringLiteral("things"), QStringLiteral("a"))->value(QLatin1String("k")).toString(),
            QStringLiteral("a"));
        QVERIFY(!store->get(QStringLiteral("things"), QStringLiteral("zz")));

        const auto first = store->list(QStringLiteral("things"), QString(), 2);
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).key, QStringLiteral("a"));
        QCOMPARE(first.at(1).key, QStringLiteral("b"));
        const auto rest = store->list(QStringLiteral("things"), first.last().key, 10);
        QCOMPARE(rest.size(), 3);
        QCOMPARE(rest.last().key, QStringLiteral("c"));
        // LIKE wildcards in a prefix are literal.
        QCOMPARE(store->count(QStringLiteral("things"), QStringLiteral("b%")), 1);
        QCOMPARE(store->list(QStringLiteral("things"), QString(), -1, QStringLiteral("b_")).size(), 1);

        QVERIFY(store->remove(QStringLiteral("things"), QStringLiteral("a")));
        QVERIFY(!store->remove(QStringLiteral("things"), QStringLiteral("a")));
        QCOMPARE(store->removeWithPrefix(QStringLiteral("things"), QStringLiteral("b")), 3);
        QCOMPARE(store->count(QStringLiteral("things")), 1);
        QCOMPARE(store->count(QStringLiteral("other")), 1);
    }

    void transactions()
    {
        QString error;
        auto store = StateStore::open(QString(), &error);
        QVERIFY(store);
        QVERIFY(store->begin());
        store->put(QStringLiteral("t"), QStringLiteral("kept"), QJsonObject{});
        QVERIFY(store->commit(&error));
        QVERIFY(store->begin());
        store->put(QStringLiteral("t"), QStringLiteral("dropped"), QJsonObject{});
        store->rollback();
        QVERIFY(store->contains(QStringLiteral("t"), QStringLiteral("kept")));
        QVERIFY(!store->contains(QStringLiteral("t"), QStringLiteral("dropped")));
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        QString error;
        {
            auto store = StateStore::open(dir.path(), &error);
            QVERIFY(store);
            store->begin();
            store->put(QStringLiteral("t"), QStringLiteral("x"), QJsonObject{{QStringLiteral("v"), 42}});
            QVERIFY(store->commit(&error));
        }
        auto again = StateStore::open(dir.path(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->get(QStringLiteral("t"), QStringLiteral("x"))->value(QLatin1String("v")).toInt(), 42);
    }

    void folderIsLocked()
    {
        QTemporaryDir dir;
        QString error;
        auto first = StateStore::open(dir.path(), &error);
        QVERIFY(first);
        auto second = StateStore::open(dir.path(), &error);
        QVERIFY(!second);
        QVERIFY2(error.contains(QLatin1String("Another SesDesk Sandbox")), qPrintable(error));
        first.reset();
        QVERIFY(StateStore::open(dir.path(), &error));
    }

    void migrations()
    {
        QString error;
        auto store = StateStore::open(QString(), &error);
        QVERIFY(store->migrate(QStringLiteral("extension"), 1, {QStringLiteral("CREATE TABLE ext (a TEXT)")}, &error));
        // Running version 1 again does nothing (the table would already exist otherwise).
        QVERIFY(store->migrate(QStringLiteral("extension"), 1, {QStringLiteral("CREATE TABLE ext (a TEXT)")}, &error));
        QVERIFY(!store->migrate(QStringLiteral("extension"), 2, {QStringLiteral("NOT SQL")}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(tst_StateStore)
#include "tst_statestore.moc"
