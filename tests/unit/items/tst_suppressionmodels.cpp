// The suppression list table model over the in-process Sandbox, under QAbstractItemModelTester:
// lazy pages by NextToken, SES's reason and date filters, adds and removals without a reload,
// and the typed SesClient calls it relies on (Get, Put, Delete, their SES errors).
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/items/SuppressionListModel.h"

#include "InProcessSandbox.h"

namespace List = Items::SuppressionList;

class tst_SuppressionModels : public QObject
{
    Q_OBJECT

    /// Puts address and waits; empty on success, else SES's error.
    static QString put(TestSupport::InProcessSandbox &sandbox, const QString &address, const QString &reason)
    {
        std::optional<QString> outcome;
        QObject context;
        sandbox.ses()->putSuppressedDestination(address, reason, &context, [&outcome](Aws::Result<Aws::Empty> r) {
            outcome = r.ok() ? QString() : (r.isError() ? r.error().toString() : QStringLiteral("cancelled"));
        });
        if (!QTest::qWaitFor(
                [&outcome] {
                    return outcome.has_value();
                },
                10000))
            return QStringLiteral("timeout");
        return *outcome;
    }
    /// 30 addresses, one an hour from start: every third a complaint. Returns the time of the last.
    static QDateTime fill(TestSupport::InProcessSandbox &sandbox)
    {
        for (int i = 0; i < 30; ++i) {
            sandbox.clock.advance(3600);
            const QString error = put(sandbox,
                QStringLiteral("user%1@example.com").arg(i, 2, 10, QLatin1Char('0')),
                i % 3 == 0 ? QStringLiteral("COMPLAINT") : QStringLiteral("BOUNCE"));
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
        }
        return sandbox.clock.nowUtc();
    }
    static void loadAll(Items::SuppressionListModel &model)
    {
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&model] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return !model.isLoading() && !model.hasMore() && model.pagesLoaded() > 0;
            }(),
            10000);
    }

private Q_SLOTS:
    void loadsLazilyNewestFirst()
    {
        TestSupport::InProcessSandbox sandbox;
        QVERIFY(sandbox.start().isEmpty());
        const QDateTime last = fill(sandbox);

        Items::SuppressionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(sandbox.ses());
        model.setPageSize(12);
        QSignalSpy pages(&model, &Items::SuppressionListModel::pageLoaded);
        model.reload();
        QTRY_COMPARE(pages.size(), 1);
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(model.hasMore());
        QVERIFY(model.canFetchMore({}));
        // Newest first, as SES lists it.
        QCOMPARE(model.index(0, List::EmailAddressColumn).data().toString(), QStringLiteral("user29@example.com"));
        QCOMPARE(model.index(0, 0).data(List::LastUpdateTimeRole).toDateTime(), last);
        QCOMPARE(model.index(0, List::ReasonColumn).data().toString(), QStringLiteral("Bounce"));
        QCOMPARE(model.index(0, 0).data(List::ReasonRole).toInt(), int(List::Reason::Bounce));
        QCOMPARE(model.index(2, 0).data(List::ReasonRole).toInt(), int(List::Reason::Complaint)); // user27
        QVERIFY(!model.index(0, List::LastUpdateColumn).data().toString().isEmpty());
        QCOMPARE(
            model.headerData(List::EmailAddressColumn, Qt::Horizontal).toString(), QStringLiteral("Email address"));

        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // never two pages at once
        QTRY_COMPARE(model.rowCount(), 24);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 30);
        QVERIFY(!model.hasMore());
        QCOMPARE(model.pagesLoaded(), 3);
        QCOMPARE(model.index(29, 0).data().toString(), QStringLiteral("user00@example.com"));
    }

    void filtersOnSes_data()
    {
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<int>("fromHour"); // hours after the first entry, -1: none
        QTest::addColumn<int>("toHour");
        QTest::addColumn<int>("rows");

        QTest::newRow("everything") << QStringList() << -1 << -1 << 30;
        QTest::newRow("complaints") << QStringList{QStringLiteral("COMPLAINT")} << -1 << -1 << 10;
        QTest::newRow("bounces") << QStringList{QStringLiteral("BOUNCE")} << -1 << -1 << 20;
        QTest::newRow("both reasons") << QStringList{QStringLiteral("BOUNCE"), QStringLiteral("COMPLAINT")} << -1 << -1
                                      << 30;
        QTest::newRow("from hour 20, inclusive") << QStringList() << 20 << -1 << 10;
        QTest::newRow("up to hour 4, inclusive") << QStringList() << -1 << 4 << 5;
        QTest::newRow("complaints in hours 3..12")
            << QStringList{QStringLiteral("COMPLAINT")} << 3 << 12 << 4; // users 3, 6, 9, 12
    }

    void filtersOnSes()
    {
        QFETCH(QStringList, reasons);
        QFETCH(int, fromHour);
        QFETCH(int, toHour);
        QFETCH(int, rows);
        TestSupport::InProcessSandbox sandbox;
        QVERIFY(sandbox.start().isEmpty());
        const QDateTime first = sandbox.clock.nowUtc().addSecs(3600);
        fill(sandbox);

        Items::SuppressionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(sandbox.ses());
        model.setPageSize(7);
        List::Filter filter;
        filter.reasons = reasons;
        if (fromHour >= 0)
            filter.start = first.addSecs(fromHour * 3600);
        if (toHour >= 0)
            filter.end = first.addSecs(toHour * 3600);
        model.setFilter(filter);
        loadAll(model);
        QCOMPARE(model.rowCount(), rows);
        for (const Ses::SuppressedDestinationSummary &e : model.entries())
            QVERIFY(filter.accepts(e.reason, e.lastUpdateTime));
    }

    void keptCurrentWithoutReload()
    {
        TestSupport::InProcessSandbox sandbox;
        QVERIFY(sandbox.start().isEmpty());
        fill(sandbox);
        Items::SuppressionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(sandbox.ses());
        model.setFilter(List::Filter{{QStringLiteral("BOUNCE")}, {}, {}});
        loadAll(model);
        QCOMPARE(model.rowCount(), 20);

        const QDateTime now = sandbox.clock.nowUtc().addSecs(60);
        // A new bounce goes on top; a new complaint does not match the filter.
        model.upsert({QStringLiteral("new@example.com"), QStringLiteral("BOUNCE"), now});
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.entryAt(model.index(0, 0))->emailAddress, QStringLiteral("new@example.com"));
        model.upsert({QStringLiteral("other@example.com"), QStringLiteral("COMPLAINT"), now});
        QCOMPARE(model.rowCount(), 21);
        // Changing a listed address's reason out of the filter drops it; any case matches.
        QCOMPARE(model.rowOf(QStringLiteral("USER01@example.com")), model.rowOf(QStringLiteral("user01@example.com")));
        model.upsert({QStringLiteral("User01@Example.com"), QStringLiteral("COMPLAINT"), now});
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(model.rowOf(QStringLiteral("user01@example.com")), -1);
        QVERIFY(model.removeAddress(QStringLiteral("USER02@example.com")));
        QVERIFY(!model.removeAddress(QStringLiteral("nobody@example.com")));
        QCOMPARE(model.rowCount(), 19);
        QVERIFY(!model.entryAt(QModelIndex()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void typedCallsAndSesErrors()
    {
        TestSupport::InProcessSandbox sandbox;
        QVERIFY(sandbox.start().isEmpty());
        QCOMPARE(put(sandbox, QStringLiteral("x+tag@example.com"), QStringLiteral("COMPLAINT")), QString());
        QObject context;

        std::optional<Aws::Result<Ses::SuppressedDestination>> got;
        sandbox.ses()->getSuppressedDestination(QStringLiteral("x+tag@example.com"), &context, [&got](auto r) {
            got = r;
        });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->value().emailAddress, QStringLiteral("x+tag@example.com"));
        QCOMPARE(got->value().reason, QStringLiteral("COMPLAINT"));
        QCOMPARE(got->value().lastUpdateTime, sandbox.clock.nowUtc());

        std::optional<Aws::Result<Aws::Empty>> deleted;
        sandbox.ses()->deleteSuppressedDestination(QStringLiteral("x+tag@example.com"), &context, [&deleted](auto r) {
            deleted = r;
        });
        QTRY_VERIFY(deleted.has_value());
        QVERIFY(deleted->ok());
        got.reset();
        sandbox.ses()->getSuppressedDestination(QStringLiteral("x+tag@example.com"), &context, [&got](auto r) {
            got = r;
        });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->isError());
        QCOMPARE(got->error().code, QStringLiteral("NotFoundException"));

        // An account in the SES sandbox: SES refuses to add, with its own words.
        TestSupport::InProcessSandbox sandboxed(false);
        QVERIFY(sandboxed.start().isEmpty());
        const QString error = put(sandboxed, QStringLiteral("a@example.com"), QStringLiteral("BOUNCE"));
        QVERIFY2(error.contains(QStringLiteral("BadRequestException")), qPrintable(error));
        QVERIFY2(
            error.contains(QStringLiteral("not available while your account is in the sandbox")), qPrintable(error));
    }
};

QTEST_MAIN(tst_SuppressionModels)
#include "tst_suppressionmodels.moc"
