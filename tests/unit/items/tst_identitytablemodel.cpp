// IdentityTableModel and IdentityFilterModel over a loopback SES endpoint: lazy pages, details
// for displayed rows only, IDN names, errors, filtering and identityAt() through the proxy.
#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"
#include "models/items/IdentityFilterModel.h"
#include "models/items/IdentityTableModel.h"
#include "models/ses/SesClient.h"

#include "FakeIdentityServer.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedHttpServer.h"

using Items::IdentityTableModel;
using TestSupport::FakeIdentityServer;
namespace Identity = Items::Identity;

class tst_IdentityTableModel : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;
    TestSupport::FakeClock m_clock{QDateTime::currentDateTimeUtc()};

    std::unique_ptr<Aws::AwsClient> awsClient(const QUrl &url)
    {
        Aws::ClientConfig config;
        config.endpointOverride = url;
        config.managementRatePerSecond = 0;
        return std::make_unique<Aws::AwsClient>(&m_network,
            std::make_shared<Aws::StaticCredentialsProvider>(
                Aws::Credentials{QStringLiteral("AKIDITEMS"), QStringLiteral("secret"), {}, {}},
                QStringLiteral("test")),
            &m_clock,
            config);
    }

    static void fill(FakeIdentityServer &server, int count)
    {
        for (int i = 0; i < count; ++i)
            server.addIdentity(QStringLiteral("d%1.example.com").arg(i, 2, 10, QLatin1Char('0')));
    }

private Q_SLOTS:
    void loadsPagesLazily_data();
    void loadsPagesLazily();
    void loadsDetailsOfDisplayedRowsOnly();
    void showsUnicodeAndAsciiNames();
    void reportsListingErrors();
    void refreshSeesStatusChange();
    void removesAndClears();
    void filtersAsYouType_data();
    void filtersAsYouType();
    void sortsAndMapsThroughProxy();
};

void tst_IdentityTableModel::loadsPagesLazily_data()
{
    QTest::addColumn<int>("identities");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QList<int>>("rowsAfterEachPage");
    QTest::newRow("empty") << 0 << 10 << QList<int>{0};
    QTest::newRow("one page") << 7 << 10 << QList<int>{7};
    QTest::newRow("exactly two pages") << 20 << 10 << QList<int>{10, 20};
    QTest::newRow("three pages") << 25 << 10 << QList<int>{10, 20, 25};
}

void tst_IdentityTableModel::loadsPagesLazily()
{
    QFETCH(int, identities);
    QFETCH(int, pageSize);
    QFETCH(QList<int>, rowsAfterEachPage);

    FakeIdentityServer server;
    QVERIFY(server.start());
    fill(server, identities);
    auto aws = awsClient(server.url());
    Ses::SesClient ses(aws.get());
    // No tester here: it calls fetchMore() itself, and this test drives the pages.
    IdentityTableModel model;
    model.setPageSize(pageSize);
    model.setClient(&ses);
    QSignalSpy pages(&model, &IdentityTableModel::pageLoaded);
    QVERIFY(!model.canFetchMore({}));
    model.reload();
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // never two page requests at once
    for (int i = 0; i < rowsAfterEachPage.size(); ++i) {
        QTRY_COMPARE(pages.size(), i + 1);
        QCOMPARE(model.rowCount(), rowsAfterEachPage.at(i));
        const bool more = i + 1 < rowsAfterEachPage.size();
        QCOMPARE(pages.last().at(1).toBool(), more);
        QCOMPARE(model.canFetchMore({}), more);
        if (more)
            model.fetchMore({});
    }
    QCOMPARE(server.count(QStringLiteral("GET /v2/email/identities"))
            - server.count(QStringLiteral("GET /v2/email/identities/")),
        rowsAfterEachPage.size());
    if (identities > 0)
        QCOMPARE(model.index(identities - 1, Identity::NameColumn).data(Identity::AsciiNameRole).toString(),
            QStringLiteral("d%1.example.com").arg(identities - 1, 2, 10, QLatin1Char('0')));
}

void tst_IdentityTableModel::loadsDetailsOfDisplayedRowsOnly()
{
    FakeIdentityServer server;
    QVERIFY(server.start());
    fill(server, 6);
    server.addIdentity(QStringLiteral("ops@example.org"),
        QStringLiteral("EMAIL_ADDRESS"),
        QStringLiteral("PENDING"),
        QStringLiteral("PENDING"),
        QStringLiteral("transactional"));
    auto aws = awsClient(server.url());
    Ses::SesClient ses(aws.get());
    IdentityTableModel model;
    model.setClient(&ses);
    QSignalSpy pages(&model, &IdentityTableModel::pageLoaded);
    model.reload();
    QTRY_COMPARE(pages.size(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(server.count(QStringLiteral("GET /v2/email/identities/")), 0);

    // Before the details: DKIM unknown, the type and verification from the list.
    const QModelIndex dkim = model.index(6, Identity::DkimColumn);
    QCOMPARE(dkim.data(Identity::DkimStatusRole).toInt(), int(Identity::Status::Unknown));
    QCOMPARE(model.index(6, Identity::TypeColumn).data(Identity::TypeRole).toInt(), int(Identity::Type::EmailAddress));
    QCOMPARE(model.index(6, Identity::VerificationColumn).data(Identity::VerificationStatusRole).toInt(),
        int(Identity::Status::Pending));

    // A view displays row 6: only its details are fetched.
    QSignalSpy details(&model, &IdentityTableModel::detailsLoaded);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!dkim.data(Qt::DisplayRole).toString().isEmpty());
    QTRY_COMPARE(details.size(), 1);
    QCOMPARE(details.first().first().toString(), QStringLiteral("ops@example.org"));
    QCOMPARE(server.count(QStringLiteral("GET /v2/email/identities/")), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(dkim.data(Identity::DkimStatusRole).toInt(), int(Identity::Status::Pending));
    QCOMPARE(dkim.data(Qt::DisplayRole).toString(), QStringLiteral("Pending"));
    QCOMPARE(model.index(6, Identity::ConfigurationSetColumn).data().toString(), QStringLiteral("transactional"));
    QCOMPARE(model.index(6, 0).data(Identity::DetailsStateRole).toInt(), int(Identity::DetailsState::Loaded));
    QCOMPARE(model.pendingIdentities(), QStringList{QStringLiteral("ops@example.org")});

    // Several rows at once: at most the limit run together, all arrive.
    model.setMaximumConcurrentDetails(2);
    for (int row = 0; row < 6; ++row)
        model.index(row, Identity::NameColumn).data();
    QTRY_COMPARE(details.size(), 7);
    QCOMPARE(server.count(QStringLiteral("GET /v2/email/identities/")), 7);
    // Asking again does not fetch again.
    model.index(0, Identity::DkimColumn).data();
    QTest::qWait(0);
    QCOMPARE(server.count(QStringLiteral("GET /v2/email/identities/")), 7);
}

void tst_IdentityTableModel::showsUnicodeAndAsciiNames()
{
    FakeIdentityServer server;
    QVERIFY(server.start());
    server.addIdentity(QStringLiteral("xn--bcher-kva.example"));
    server.addIdentity(QStringLiteral("plain.example"));
    auto aws = awsClient(server.url());
    Ses::SesClient ses(aws.get());
    IdentityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&ses);
    QSignalSpy pages(&model, &IdentityTableModel::pageLoaded);
    model.reload();
    QTRY_COMPARE(pages.size(), 1);
    const QModelIndex idn = model.index(0, Identity::NameColumn);
    QCOMPARE(idn.data(Identity::UnicodeNameRole).toString(), QStringLiteral("bücher.example"));
    QCOMPARE(idn.data(Identity::AsciiNameRole).toString(), QStringLiteral("xn--bcher-kva.example"));
    QCOMPARE(idn.data().toString(), QStringLiteral("bücher.example (xn--bcher-kva.example)"));
    QCOMPARE(model.index(1, Identity::NameColumn).data().toString(), QStringLiteral("plain.example"));
    QCOMPARE(model.headerData(Identity::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Identity"));
    QVERIFY(!model.index(0, Identity::VerificationColumn).data(Qt::ToolTipRole).toString().isEmpty());
}

void tst_IdentityTableModel::reportsListingErrors()
{
    TestSupport::ScriptedHttpServer server;
    QVERIFY(server.start());
    server.setFallback(TestSupport::ScriptedHttpServer::Reply::json(
        403, R"({"message":"User is not authorized to perform ses:ListEmailIdentities"})", "AccessDeniedException"));
    auto aws = awsClient(server.url());
    Ses::SesClient ses(aws.get());
    IdentityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&ses);
    QSignalSpy failed(&model, &IdentityTableModel::loadFailed);
    QSignalSpy loading(&model, &IdentityTableModel::loadingChanged);
    model.reload();
    QTRY_COMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<Aws::AwsError>();
    QCOMPARE(error.code, QStringLiteral("AccessDeniedException"));
    QVERIFY(error.message.contains(QStringLiteral("not authorized")));
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_IdentityTableModel::refreshSeesStatusChange()
{
    FakeIdentityServer server;
    QVERIFY(server.start());
    server.addIdentity(
        QStringLiteral("new.example"), QStringLiteral("DOMAIN"), QStringLiteral("PENDING"), QStringLiteral("PENDING"));
    auto aws = awsClient(server.url());
    Ses::SesClient ses(aws.get());
    IdentityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&ses);
    QSignalSpy pages(&model, &IdentityTableModel::pageLoaded);
    QSignalSpy details(&model, &IdentityTableModel::detailsLoaded);
    model.reload();
    QTRY_COMPARE(pages.size(), 1);
    QTRY_COMPARE(details.size(), 1); // the tester displayed the row
    const QModelIndex status = model.index(0, Identity::VerificationColumn);
    QCOMPARE(status.data(Identity::VerificationStatusRole).toInt(), int(Identity::Status::Pending));
    QCOMPARE(status.data(Identity::SendingEnabledRole).toBool(), false);

    server.setVerificationStatus(QStringLiteral("new.example"), QStringLiteral("SUCCESS"));
    model.refreshIdentity(QStringLiteral("new.example"));
    QTRY_COMPARE(details.size(), 2);
    QCOMPARE(status.data(Identity::VerificationStatusRole).toInt(), int(Identity::Status::Success));
    QCOMPARE(status.data().toString(), QStringLiteral("Verified"));
    QCOMPARE(status.data(Identity::SendingEnabledRole).toBool(), true);
}

void tst_IdentityTableModel::removesAndClears()
{
    FakeIdentityServer server;
    QVERIFY(server.start());
    fill(server, 3);
    auto aws = awsClient(server.url());
    Ses::SesClient ses(aws.get());
    IdentityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&ses);
    QSignalSpy pages(&model, &IdentityTableModel::pageLoaded);
    model.reload();
    QTRY_COMPARE(pages.size(), 1);
    model.removeIdentity(QStringLiteral("d01.example.com"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("d01.example.com")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("d02.example.com")), 1);
    QVERIFY(!model.identityAt(model.index(5, 0)));
    QCOMPARE(model.identityAt(model.index(1, 3))->name(), QStringLiteral("d02.example.com"));

    // A reload in flight is dropped when the client changes: nothing from the old one arrives.
    model.reload();
    model.setClient(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QTest::qWait(200);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(pages.size(), 1);
}

void tst_IdentityTableModel::filtersAsYouType_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{
        QStringLiteral("xn--bcher-kva.example"), QStringLiteral("ops@example.org"), QStringLiteral("shop.example.com")};
    QTest::newRow("nothing typed") << QString() << all;
    QTest::newRow("unicode") << QStringLiteral("BÜCH") << QStringList{all.at(0)};
    QTest::newRow("ascii punycode") << QStringLiteral("xn--") << QStringList{all.at(0)};
    QTest::newRow("part of many") << QStringLiteral("example") << all;
    QTest::newRow("two words") << QStringLiteral("example  org") << QStringList{all.at(1)};
    QTest::newRow("type") << QStringLiteral("email") << QStringList{all.at(1)};
    QTest::newRow("no match") << QStringLiteral("nothing-like-this") << QStringList{};
}

void tst_IdentityTableModel::filtersAsYouType()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    FakeIdentityServer server;
    QVERIFY(server.start());
    server.addIdentity(QStringLiteral("xn--bcher-kva.example"));
    server.addIdentity(QStringLiteral("ops@example.org"), QStringLiteral("EMAIL_ADDRESS"));
    server.addIdentity(QStringLiteral("shop.example.com"));
    auto aws = awsClient(server.url());
    Ses::SesClient ses(aws.get());
    IdentityTableModel model;
    Items::IdentityFilterModel proxy;
    proxy.setIdentitySource(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&ses);
    QSignalSpy pages(&model, &IdentityTableModel::pageLoaded);
    model.reload();
    QTRY_COMPARE(pages.size(), 1);
    proxy.setFilterText(filter);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.identityAt(proxy.index(row, Identity::TypeColumn))->name();
    QCOMPARE(shown, expected);
}

void tst_IdentityTableModel::sortsAndMapsThroughProxy()
{
    FakeIdentityServer server;
    QVERIFY(server.start());
    server.addIdentity(QStringLiteral("b.example"));
    server.addIdentity(
        QStringLiteral("c.example"), QStringLiteral("DOMAIN"), QStringLiteral("FAILED"), QStringLiteral("FAILED"));
    server.addIdentity(
        QStringLiteral("a.example"), QStringLiteral("DOMAIN"), QStringLiteral("PENDING"), QStringLiteral("PENDING"));
    auto aws = awsClient(server.url());
    Ses::SesClient ses(aws.get());
    IdentityTableModel model;
    Items::IdentityFilterModel proxy;
    proxy.setIdentitySource(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&ses);
    QSignalSpy pages(&model, &IdentityTableModel::pageLoaded);
    model.reload();
    QTRY_COMPARE(pages.size(), 1);

    const auto order = [&proxy] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.identityAt(proxy.index(row, 0))->name();
        return names;
    };
    proxy.sort(Identity::NameColumn, Qt::AscendingOrder);
    QCOMPARE(
        order(), (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example"), QStringLiteral("c.example")}));
    // Status: problems first.
    proxy.sort(Identity::VerificationColumn, Qt::AscendingOrder);
    QCOMPARE(
        order(), (QStringList{QStringLiteral("c.example"), QStringLiteral("a.example"), QStringLiteral("b.example")}));
    // An index of another model is not ours.
    QVERIFY(!proxy.identityAt(model.index(0, 0)));
    QVERIFY(!proxy.identityAt({}));
}

QTEST_GUILESS_MAIN(tst_IdentityTableModel)
#include "tst_identitytablemodel.moc"
