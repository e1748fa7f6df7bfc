// The configuration set list (lazy NextToken pages from a real SES v2 endpoint, the in-process
// Sandbox) and its filter proxy answering the same interface, and the event destination table,
// each under QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "models/items/ConfigurationSetFilterModel.h"
#include "models/items/ConfigurationSetListModel.h"
#include "models/items/EventDestinationModel.h"

#include "InProcessSandbox.h"

using Items::ConfigurationSetFilterModel;
using Items::ConfigurationSetListModel;
using Items::EventDestinationModel;
namespace List = Items::ConfigurationSetList;

class tst_ConfigurationSetModels : public QObject
{
    Q_OBJECT

    static QString createSet(TestSupport::InProcessSandbox &sandbox, const QString &name)
    {
        return sandbox.call(Aws::AwsRequest::restJson(QStringLiteral("CreateConfigurationSet"),
            "POST",
            Ses::SesClient::path({QStringLiteral("configuration-sets")}),
            QJsonObject{{QStringLiteral("ConfigurationSetName"), name}}));
    }

private Q_SLOTS:
    void loadsPagesLazily_data()
    {
        QTest::addColumn<int>("sets");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QList<int>>("rowsAfterEachPage");
        QTest::newRow("none") << 0 << 10 << QList<int>{0};
        QTest::newRow("one page") << 7 << 10 << QList<int>{7};
        QTest::newRow("three pages") << 25 << 10 << QList<int>{10, 20, 25};
    }
    void loadsPagesLazily()
    {
        QFETCH(int, sets);
        QFETCH(int, pageSize);
        QFETCH(QList<int>, rowsAfterEachPage);
        TestSupport::InProcessSandbox sandbox;
        QVERIFY(sandbox.start().isEmpty());
        for (int i = 0; i < sets; ++i)
            QCOMPARE(createSet(sandbox, QStringLiteral("set-%1").arg(i, 2, 10, QLatin1Char('0'))), QString());

        ConfigurationSetListModel model;
        model.setPageSize(pageSize);
        model.setClient(sandbox.ses());
        QSignalSpy pages(&model, &ConfigurationSetListModel::pageLoaded);
        QVERIFY(!model.canFetchMore({}));
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // never two pages at once
        for (int i = 0; i < rowsAfterEachPage.size(); ++i) {
            QTRY_COMPARE(pages.size(), i + 1);
            QCOMPARE(model.rowCount(), rowsAfterEachPage.at(i));
            const bool more = i + 1 < rowsAfterEachPage.size();
            QCOMPARE(pages.last().at(1).toBool(), more);
            QCOMPARE(model.canFetchMore({}), more);
            if (more)
                model.fetchMore({});
        }
        QCOMPARE(model.pagesLoaded(), rowsAfterEachPage.size());
        if (sets > 0)
            QCOMPARE(model.index(sets - 1, 0).data(List::NameRole).toString(),
                QStringLiteral("set-%1").arg(sets - 1, 2, 10, QLatin1Char('0')));
    }

    void passesTheTesterWhileAViewPages()
    {
        TestSupport::InProcessSandbox sandbox;
        QVERIFY(sandbox.start().isEmpty());
        for (int i = 0; i < 12; ++i)
            QCOMPARE(createSet(sandbox, QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'))), QString());
        ConfigurationSetListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConfigurationSetFilterModel proxy;
        proxy.setConfigurationSetSource(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(5);
        model.setClient(sandbox.ses());
        model.reload();
        // Fetch as a view scrolled to the end would, page after page, under both testers.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&model] {
                if (model.canFetchMore({}))
                    model.fetchMore({});
                return model.rowCount() == 12;
            }(),
            10000);
        QCOMPARE(model.pagesLoaded(), 3);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(!model.hasMore());
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Configuration set"));

        // Filter as you type: every word must match; the proxy answers the same interface.
        proxy.setFilterText(QStringLiteral("s1"));
        QCOMPARE(proxy.rowCount(), 2); // s10, s11
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(proxy.configurationSetAt(proxy.index(0, 0)), QStringLiteral("s11"));
        QCOMPARE(proxy.indexOfConfigurationSet(QStringLiteral("s10")).row(), 1);
        QVERIFY(!proxy.indexOfConfigurationSet(QStringLiteral("s02")).isValid());
        QCOMPARE(model.configurationSetAt(model.index(0, 0)), QStringLiteral("s00"));
        QCOMPARE(model.configurationSetAt(QModelIndex()), QString());
        QCOMPARE(proxy.configurationSetAt(model.index(0, 0)), QString()); // not the proxy's index

        // Created and deleted here: no reload.
        proxy.setFilterText(QString());
        model.addConfigurationSet(QStringLiteral("new-set"));
        model.addConfigurationSet(QStringLiteral("new-set"));
        QCOMPARE(model.rowCount(), 13);
        QVERIFY(model.removeConfigurationSet(QStringLiteral("s03")));
        QVERIFY(!model.removeConfigurationSet(QStringLiteral("s03")));
        QCOMPARE(proxy.rowCount(), 12);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void reportsListingErrors()
    {
        TestSupport::InProcessSandbox sandbox;
        QVERIFY(sandbox.start().isEmpty());
        ConfigurationSetListModel model;
        model.setClient(sandbox.ses());
        model.setPageSize(5000); // above SES's maximum: a validation error
        QSignalSpy failed(&model, &ConfigurationSetListModel::loadFailed);
        model.reload();
        QTRY_COMPARE(failed.size(), 1);
        const auto error = failed.first().first().value<Aws::AwsError>();
        QVERIFY2(!error.code.isEmpty(), qPrintable(error.toString()));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
    }

    void showsEventDestinations()
    {
        EventDestinationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ses::EventDestination sns;
        sns.name = QStringLiteral("to-sns");
        sns.kind = Ses::EventDestination::Kind::Sns;
        sns.snsTopicArn = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-events");
        sns.matchingEventTypes = {Ses::EventTypes::Bounce, Ses::EventTypes::Send};
        sns.enabled = true;
        Ses::EventDestination cw;
        cw.name = QStringLiteral("metrics");
        cw.kind = Ses::EventDestination::Kind::CloudWatch;
        cw.cloudWatchDimensions = {{QStringLiteral("campaign"), QStringLiteral("MESSAGE_TAG"), QStringLiteral("none")}};
        cw.matchingEventTypes = {Ses::EventTypes::Delivery};
        model.setDestinations({sns, cw});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EventDestinationModel::ColumnCount));
        // Sorted by name.
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("metrics"));
        QCOMPARE(model.rowOf(QStringLiteral("to-sns")), 1);
        const QModelIndex row = model.index(1, EventDestinationModel::EventTypesColumn);
        // Event types in the console's order and words, whatever order SES gave.
        QCOMPARE(row.data().toString(), QStringLiteral("Sends, Hard bounces"));
        QCOMPARE(row.data(EventDestinationModel::EventTypesRole).toStringList(), sns.matchingEventTypes);
        QCOMPARE(model.index(1, EventDestinationModel::KindColumn).data().toString(), QStringLiteral("Amazon SNS"));
        QCOMPARE(model.index(1, EventDestinationModel::TargetColumn).data().toString(), sns.snsTopicArn);
        QCOMPARE(model.index(1, EventDestinationModel::PublishingColumn).data().toString(), QStringLiteral("Enabled"));
        QCOMPARE(
            model.index(0, EventDestinationModel::PublishingColumn).data(EventDestinationModel::EnabledRole).toBool(),
            false);
        QCOMPARE(model.index(0, EventDestinationModel::KindColumn).data(EventDestinationModel::KindRole).toInt(),
            int(Ses::EventDestination::Kind::CloudWatch));
        QCOMPARE(model.index(0, EventDestinationModel::TargetColumn).data().toString(), QStringLiteral("campaign"));
        QCOMPARE(model.destinationAt(model.index(1, 3))->snsTopicArn, sns.snsTopicArn);
        QVERIFY(!model.destinationAt(QModelIndex()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void destinationJsonRoundTrips_data()
    {
        using Kind = Ses::EventDestination::Kind;
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("member");
        QTest::newRow("CloudWatch") << int(Kind::CloudWatch) << QStringLiteral("CloudWatchDestination");
        QTest::newRow("Firehose") << int(Kind::KinesisFirehose) << QStringLiteral("KinesisFirehoseDestination");
        QTest::newRow("EventBridge") << int(Kind::EventBridge) << QStringLiteral("EventBridgeDestination");
        QTest::newRow("SNS") << int(Kind::Sns) << QStringLiteral("SnsDestination");
        QTest::newRow("Pinpoint") << int(Kind::Pinpoint) << QStringLiteral("PinpointDestination");
    }
    void destinationJsonRoundTrips()
    {
        QFETCH(int, kind);
        QFETCH(QString, member);
        Ses::EventDestination d;
        d.name = QStringLiteral("dest");
        d.kind = static_cast<Ses::EventDestination::Kind>(kind);
        d.enabled = true;
        d.matchingEventTypes = {Ses::EventTypes::Open, Ses::EventTypes::Click};
        d.cloudWatchDimensions
            = {{QStringLiteral("ses:configuration-set"), QStringLiteral("MESSAGE_TAG"), QStringLiteral("x")}};
        d.firehoseDeliveryStreamArn = QStringLiteral("arn:aws:firehose:us-east-1:123456789012:deliverystream/s");
        d.firehoseIamRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/r");
        d.eventBusArn = QStringLiteral("arn:aws:events:us-east-1:123456789012:event-bus/default");
        d.snsTopicArn = QStringLiteral("arn:aws:sns:us-east-1:123456789012:t");
        d.pinpointApplicationArn = QStringLiteral("arn:aws:mobiletargeting:us-east-1:123456789012:apps/a");
        QJsonObject json = d.definitionJson();
        // Exactly one destination member, as the API wants.
        int members = 0;
        for (const QString &m : {QStringLiteral("CloudWatchDestination"),
                 QStringLiteral("KinesisFirehoseDestination"),
                 QStringLiteral("EventBridgeDestination"),
                 QStringLiteral("SnsDestination"),
                 QStringLiteral("PinpointDestination")})
            members += json.contains(m) ? 1 : 0;
        QCOMPARE(members, 1);
        QVERIFY(json.contains(member));
        json.insert(QStringLiteral("Name"), d.name);
        const Ses::EventDestination back = Ses::EventDestination::fromJson(json);
        QCOMPARE(int(back.kind), kind);
        QCOMPARE(back.target(), d.target());
        QCOMPARE(back.matchingEventTypes, d.matchingEventTypes);
        QVERIFY(back.enabled);
    }
};

QTEST_MAIN(tst_ConfigurationSetModels)
#include "tst_configurationsetmodels.moc"
