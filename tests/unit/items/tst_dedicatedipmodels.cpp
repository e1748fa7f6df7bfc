// The dedicated IP pool list (lazy pages, then each pool's scaling mode) and its filter proxy,
// and the IP table of a pool or of the account, over the in-process Sandbox, each under
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "models/items/DedicatedIpModel.h"
#include "models/items/DedicatedIpPoolFilterModel.h"
#include "models/items/DedicatedIpPoolModel.h"

#include "InProcessSandbox.h"
#include "sandbox/http/HttpExchange.h"

namespace Ips = Items::DedicatedIps;

class tst_DedicatedIpModels : public QObject
{
    Q_OBJECT

    static QString createPool(TestSupport::InProcessSandbox &sandbox, const QString &name, const QString &mode)
    {
        return sandbox.call(Aws::AwsRequest::restJson(QStringLiteral("CreateDedicatedIpPool"),
            "POST",
            Ses::SesClient::path({QStringLiteral("dedicated-ip-pools")}),
            QJsonObject{{QStringLiteral("PoolName"), name}, {QStringLiteral("ScalingMode"), mode}}));
    }
    /// Leases IPs through the Sandbox's control API (as AWS Support would).
    static bool lease(TestSupport::InProcessSandbox &sandbox, int count, const QString &pool)
    {
        Sandbox::HttpRequest request;
        request.method = "POST";
        request.path = "/_sandbox/dedicated-ips";
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("poolName"), pool}})
                           .toJson(QJsonDocument::Compact);
        return sandbox.server().handle(request).status == 200;
    }

private Q_SLOTS:
    void mapsSesValues_data()
    {
        QTest::addColumn<QString>("ses");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("text");
        QTest::newRow("in progress") << QStringLiteral("IN_PROGRESS") << int(Ips::WarmupStatus::InProgress)
                                     << QStringLiteral("In progress");
        QTest::newRow("done") << QStringLiteral("DONE") << int(Ips::WarmupStatus::Done) << QStringLiteral("Complete");
        QTest::newRow("not applicable") << QStringLiteral("NOT_APPLICABLE") << int(Ips::WarmupStatus::NotApplicable)
                                        << QStringLiteral("Not applicable");
        QTest::newRow("unknown") << QStringLiteral("LATER") << int(Ips::WarmupStatus::Unknown) << QString();
    }

    void mapsSesValues()
    {
        QFETCH(QString, ses);
        QFETCH(int, status);
        QFETCH(QString, text);
        QCOMPARE(int(Ips::warmupStatusFromSes(ses)), status);
        QCOMPARE(Ips::warmupStatusText(Ips::WarmupStatus(status)), text);
        // Scaling modes go both ways.
        for (const auto mode : {Ips::ScalingMode::Standard, Ips::ScalingMode::Managed})
            QCOMPARE(Ips::scalingModeFromSes(Ips::scalingModeToSes(mode)), mode);
        QCOMPARE(Ips::scalingModeFromSes(ses), Ips::ScalingMode::Unknown);
    }

    void listsPoolsAndTheirScalingModes()
    {
        TestSupport::InProcessSandbox sandbox;
        QVERIFY(sandbox.start().isEmpty());
        for (int i = 0; i < 7; ++i)
            QCOMPARE(createPool(sandbox,
                         QStringLiteral("pool-%1").arg(i),
                         i == 3 ? QStringLiteral("MANAGED") : QStringLiteral("STANDARD")),
                QString());
        Items::DedicatedIpPoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Items::DedicatedIpPoolFilterModel proxy;
        proxy.setPoolSource(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(3);
        model.setClient(sandbox.ses());
        QSignalSpy pages(&model, &Items::DedicatedIpPoolModel::pageLoaded);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&model] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return model.rowCount() == 7 && model.detailsComplete();
            }(),
            10000);
        QCOMPARE(pages.size(), 3); // 3 + 3 + 1
        QCOMPARE(model.poolNames(Ips::ScalingMode::Managed), QStringList{QStringLiteral("pool-3")});
        QCOMPARE(model.poolNames(Ips::ScalingMode::Standard).size(), 6);
        const QModelIndex managed = model.indexOfPool(QStringLiteral("pool-3"));
        QCOMPARE(managed.siblingAtColumn(Ips::ScalingModeColumn).data().toString(), QStringLiteral("Managed"));
        QCOMPARE(managed.data(Ips::ScalingModeRole).toInt(), int(Ips::ScalingMode::Managed));

        // The proxy: filter, sort by scaling mode, same answers.
        proxy.setFilterText(QStringLiteral("pool-3"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.poolAt(proxy.index(0, 1))->scalingMode, Ips::ScalingMode::Managed);
        proxy.setFilterText(QString());
        proxy.sort(Ips::ScalingModeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.poolAt(proxy.index(0, 0))->name, QStringLiteral("pool-3"));
        QCOMPARE(proxy.indexOfPool(QStringLiteral("pool-3")).row(), 0);
        QVERIFY(!proxy.poolAt(model.index(0, 0))); // not the proxy's index

        // Kept current without a reload.
        model.addPool({QStringLiteral("new"), Ips::ScalingMode::Standard});
        QCOMPARE(model.rowCount(), 8);
        model.setScalingMode(QStringLiteral("new"), Ips::ScalingMode::Managed);
        QCOMPARE(model.poolNames(Ips::ScalingMode::Managed).size(), 2);
        QVERIFY(model.removePool(QStringLiteral("pool-0")));
        QCOMPARE(proxy.rowCount(), 7);
    }

    void listsIpsWithWarmup()
    {
        TestSupport::InProcessSandbox sandbox;
        QVERIFY(sandbox.start().isEmpty());
        QCOMPARE(createPool(sandbox, QStringLiteral("marketing"), QStringLiteral("STANDARD")), QString());
        QVERIFY(lease(sandbox, 3, QStringLiteral("marketing")));
        QVERIFY(lease(sandbox, 9, QString()));
        sandbox.clock.advance(9 * 86400); // 20 % of the 45-day warm-up

        Items::DedicatedIpModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(sandbox.ses());
        model.setPageSize(5);
        model.setPool(QStringLiteral("marketing"));
        model.reload();
        QTRY_COMPARE(model.rowCount(), 3);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.hasMore());
        const QModelIndex first = model.index(0, Ips::WarmupPercentageColumn);
        QCOMPARE(first.data(Ips::WarmupPercentageRole).toInt(), 20);
        QCOMPARE(first.data().toString(), QStringLiteral("20%"));
        QCOMPARE(model.index(0, Ips::WarmupStatusColumn).data(Ips::WarmupStatusRole).toInt(),
            int(Ips::WarmupStatus::InProgress));
        QCOMPARE(model.index(0, Ips::WarmupStatusColumn).data().toString(), QStringLiteral("In progress"));
        QCOMPARE(model.index(0, Ips::IpPoolColumn).data().toString(), QStringLiteral("marketing"));

        // Every IP of the account, paged: 12 in pages of 5; the unpooled ones in the default pool.
        model.setPool(QString());
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&model] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return model.rowCount() == 12 && !model.isLoading();
            }(),
            10000);
        QCOMPARE(model.pagesLoaded(), 3);
        int unpooled = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, Ips::IpPoolColumn).data(Ips::PoolRole).toString().isEmpty()) {
                ++unpooled;
                QCOMPARE(
                    model.index(r, Ips::IpPoolColumn).data().toString(), QStringLiteral("ses-default-dedicated-pool"));
            }
        }
        QCOMPARE(unpooled, 9);
        // Numeric order for sorting: .9 before .10.
        QVERIFY(model.index(0, 0).data(Ips::SortRole).toLongLong() > 0);

        // A warm-up change replaces the row; a move out of the listed pool drops it.
        Ses::DedicatedIp ip = *model.ipAt(model.index(0, 0));
        ip.warmupStatus = QStringLiteral("DONE");
        ip.warmupPercentage = 100;
        model.updateIp(ip);
        QCOMPARE(model.index(0, Ips::WarmupStatusColumn).data().toString(), QStringLiteral("Complete"));
        model.setPool(QStringLiteral("marketing"));
        model.reload();
        QTRY_COMPARE(model.rowCount(), 3);
        ip = *model.ipAt(model.index(1, 0));
        ip.poolName = QStringLiteral("other");
        model.updateIp(ip);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(ip.ip), -1);
    }
};

QTEST_MAIN(tst_DedicatedIpModels)
#include "tst_dedicatedipmodels.moc"
