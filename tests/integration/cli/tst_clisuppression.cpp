// sesdesk-cli's suppression commands against the Sandbox (with production access, since SES
// refuses suppression-list management while the account is in the SES sandbox), compared with
// what `aws sesv2` prints for the same data; and against a Sandbox still in the SES sandbox for
// the refusal and an import that stops at its first failure.
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/SuppressionCsvExporter.h"
#include "models/ses/SuppressionTypes.h"

#include "tests/support/AwsCliOutput.h"
#include "tests/support/CliRunner.h"
#include "tests/support/SandboxProcess.h"

using TestSupport::CliRun;
using TestSupport::SandboxProcess;

namespace
{

QString describe(const CliRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(QString::number(run.exitCode), run.out.left(2000), run.err.left(2000));
}

QSet<QString> addressesOf(const CliRun &list)
{
    QSet<QString> addresses;
    for (const QJsonValue &v : list.json().object().value(QLatin1String("SuppressedDestinationSummaries")).toArray())
        addresses.insert(v.toObject().value(QLatin1String("EmailAddress")).toString());
    return addresses;
}

} // namespace

class tst_CliSuppression : public QObject
{
    Q_OBJECT

private:
    // Production access, and the demo account's suppression list (some 3,000 entries, so more
    // than one page of ListSuppressedDestinations).
    SandboxProcess m_sandbox{{QStringLiteral("--production"), QStringLiteral("--demo-data")}};
    // A new account, still in the SES sandbox.
    SandboxProcess m_restricted;
    std::unique_ptr<TestSupport::CliRunner> m_cli;
    std::unique_ptr<TestSupport::CliRunner> m_restrictedCli;
    QTemporaryDir m_dir;

    CliRun ours(const QStringList &args, const QString &output = QStringLiteral("json"))
    {
        return m_cli->sesdesk(
            QStringList{
                QStringLiteral("--endpoint-url"), m_sandbox.url().toString(), QStringLiteral("--output"), output}
            + args);
    }
    CliRun theirs(const QStringList &args)
    {
        return m_cli->aws(m_sandbox.awsArguments() + QStringList{QStringLiteral("sesv2")} + args, 180000);
    }
    CliRun restricted(const QStringList &args)
    {
        return m_restrictedCli->sesdesk(
            QStringList{QStringLiteral("--endpoint-url"), m_restricted.url().toString()} + args);
    }
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        QVERIFY2(m_restricted.start(&error), qPrintable(error));
        m_cli = std::make_unique<TestSupport::CliRunner>(m_sandbox.awsEnvironment());
        m_restrictedCli = std::make_unique<TestSupport::CliRunner>(m_restricted.awsEnvironment());
    }

    void listMatchesTheAwsCli_data()
    {
        QTest::addColumn<QStringList>("ourFilters");
        QTest::addColumn<QStringList>("theirFilters");
        QTest::newRow("everything") << QStringList{} << QStringList{};
        QTest::newRow("bounces") << QStringList{QStringLiteral("--reason"), QStringLiteral("BOUNCE")}
                                 << QStringList{QStringLiteral("--reasons"), QStringLiteral("BOUNCE")};
        QTest::newRow("complaints, lower case") << QStringList{QStringLiteral("--reason"),
            QStringLiteral("complaint")} << QStringList{QStringLiteral("--reasons"), QStringLiteral("COMPLAINT")};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString start = now.addDays(-60).toString(Qt::ISODate);
        const QString end = now.addDays(-10).toString(Qt::ISODate);
        QTest::newRow("dates") << QStringList{QStringLiteral("--start-date"), start, QStringLiteral("--end-date"), end}
                               << QStringList{QStringLiteral("--start-date"), start, QStringLiteral("--end-date"), end};
    }
    void listMatchesTheAwsCli()
    {
        QFETCH(QStringList, ourFilters);
        QFETCH(QStringList, theirFilters);
        const CliRun ourList = ours(QStringList{QStringLiteral("suppression"), QStringLiteral("list")} + ourFilters);
        QVERIFY2(ourList.exitCode == 0, qPrintable(describe(ourList)));
        QVERIFY2(!ourList.json().isNull(), qPrintable(describe(ourList)));
        QVERIFY(!ourList.json().object().contains(QLatin1String("NextToken")));
        const QJsonArray ourItems
            = ourList.json().object().value(QLatin1String("SuppressedDestinationSummaries")).toArray();
        // botocore has no paginator for ListSuppressedDestinations, so the AWS CLI prints one
        // page and its NextToken: follow it by hand and merge the pages, as sesdesk-cli does.
        QJsonArray awsItems;
        QString nextToken;
        int pages = 0;
        do {
            QStringList args = QStringList{QStringLiteral("list-suppressed-destinations")} + theirFilters;
            if (!nextToken.isEmpty())
                args += QStringList{QStringLiteral("--next-token"), nextToken};
            const CliRun page = theirs(args);
            QVERIFY2(page.exitCode == 0, qPrintable(describe(page)));
            const QJsonObject json = page.json().object();
            for (const QJsonValue &v : json.value(QLatin1String("SuppressedDestinationSummaries")).toArray())
                awsItems.append(v);
            nextToken = json.value(QLatin1String("NextToken")).toString();
            QVERIFY(++pages < 100);
        } while (!nextToken.isEmpty());
        const QJsonObject awsList{{QStringLiteral("SuppressedDestinationSummaries"), awsItems}};
        QCOMPARE(ourItems.size(), awsItems.size());
        for (qsizetype i = 0; i < ourItems.size(); ++i)
            QCOMPARE(ourItems.at(i).toObject(), awsItems.at(i).toObject());
        QCOMPARE(ourList.json().object(), awsList);
        const qsizetype count
            = ourList.json().object().value(QLatin1String("SuppressedDestinationSummaries")).toArray().size();
        QVERIFY(count > 0);
        if (ourFilters.isEmpty()) {
            QVERIFY2(count > 1000, "the demo list should need more than one page");
            QVERIFY(pages > 1);
        }

        // --csv prints SuppressionCsvExporter's format for the same entries.
        QList<Ses::SuppressedDestinationSummary> summaries;
        for (const QJsonValue &v : awsItems)
            summaries.append(Ses::SuppressedDestinationSummary::fromJson(v.toObject()));
        const CliRun csv = ours(
            QStringList{QStringLiteral("suppression"), QStringLiteral("list"), QStringLiteral("--csv")} + ourFilters);
        QVERIFY2(csv.exitCode == 0, qPrintable(describe(csv)));
        QCOMPARE(csv.out, QString::fromUtf8(Ses::SuppressionCsvExporter::exportList(summaries)));

        // The table has a header, a rule and one row per entry.
        const CliRun table = ours(
            QStringList{QStringLiteral("suppression"), QStringLiteral("list")} + ourFilters, QStringLiteral("table"));
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        QCOMPARE(table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), count + 2);
        QVERIFY(table.out.contains(summaries.constFirst().emailAddress));
    }

    void addGetRemove()
    {
        const QString address = QStringLiteral("cli.suppressed@example.com");
        const CliRun added = ours({QStringLiteral("suppression"),
            QStringLiteral("add"),
            address,
            QStringLiteral("--reason"),
            QStringLiteral("COMPLAINT")});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
        QCOMPARE(added.out, QString()); // like the AWS CLI: nothing on success

        const CliRun ourGet = ours({QStringLiteral("suppression"), QStringLiteral("get"), address});
        const CliRun awsGet
            = theirs({QStringLiteral("get-suppressed-destination"), QStringLiteral("--email-address"), address});
        QVERIFY2(ourGet.exitCode == 0, qPrintable(describe(ourGet)));
        QVERIFY2(awsGet.exitCode == 0, qPrintable(describe(awsGet)));
        QCOMPARE(ourGet.json(), awsGet.json());
        QCOMPARE(ourGet.json()
                     .object()
                     .value(QLatin1String("SuppressedDestination"))
                     .toObject()
                     .value(QLatin1String("Reason"))
                     .toString(),
            QStringLiteral("COMPLAINT"));

        const CliRun table
            = ours({QStringLiteral("suppression"), QStringLiteral("get"), address}, QStringLiteral("table"));
        QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
        QVERIFY(table.out.contains(address));
        QVERIFY(table.out.contains(QStringLiteral("COMPLAINT")));

        const CliRun removed = ours({QStringLiteral("suppression"), QStringLiteral("remove"), address});
        QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));

        // Both tools now fail to find it, with SES's code, message and the request id.
        const CliRun ourGone = ours({QStringLiteral("suppression"), QStringLiteral("get"), address});
        const CliRun awsGone
            = theirs({QStringLiteral("get-suppressed-destination"), QStringLiteral("--email-address"), address});
        QCOMPARE(ourGone.exitCode, 1);
        QVERIFY(awsGone.exitCode != 0);
        const auto ourError = TestSupport::AwsCliError::parse(ourGone.err);
        const auto awsError = TestSupport::AwsCliError::parse(awsGone.err);
        QCOMPARE(ourError.code, QStringLiteral("NotFoundException"));
        QCOMPARE(ourError.operation, QStringLiteral("GetSuppressedDestination"));
        QCOMPARE(ourError.code, awsError.code);
        QCOMPARE(ourError.message, awsError.message);
        QVERIFY2(ourGone.err.contains(QStringLiteral("Request ID: ")), qPrintable(ourGone.err));

        const CliRun removeAgain = ours({QStringLiteral("suppression"), QStringLiteral("remove"), address});
        QCOMPARE(removeAgain.exitCode, 1);
        QCOMPARE(
            TestSupport::AwsCliError::parse(removeAgain.err).operation, QStringLiteral("DeleteSuppressedDestination"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("add without reason")
            << QStringList{QStringLiteral("suppression"), QStringLiteral("add"), QStringLiteral("a@example.com")};
        QTest::newRow("bad reason") << QStringList{QStringLiteral("suppression"),
            QStringLiteral("add"),
            QStringLiteral("a@example.com"),
            QStringLiteral("--reason"),
            QStringLiteral("UNSUBSCRIBE")};
        QTest::newRow("not an address") << QStringList{
            QStringLiteral("suppression"), QStringLiteral("get"), QStringLiteral("example.com")};
        QTest::newRow("no address") << QStringList{QStringLiteral("suppression"), QStringLiteral("remove")};
        QTest::newRow("bad date") << QStringList{QStringLiteral("suppression"),
            QStringLiteral("list"),
            QStringLiteral("--start-date"),
            QStringLiteral("yesterday")};
        QTest::newRow("dates reversed") << QStringList{QStringLiteral("suppression"),
            QStringLiteral("list"),
            QStringLiteral("--start-date"),
            QStringLiteral("2026-02-01"),
            QStringLiteral("--end-date"),
            QStringLiteral("2026-01-01")};
        QTest::newRow("missing file") << QStringList{
            QStringLiteral("suppression"), QStringLiteral("import"), QStringLiteral("/nonexistent/list.csv")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun run = ours(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("sesdesk-cli: error: ")), qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }

    void importRefusesBadLinesUnlessSkipped()
    {
        const QString path = writeFile(QStringLiteral("import.csv"),
            QByteArrayLiteral("emailAddress,reason\n"
                              "import.one@example.com,BOUNCE\n"
                              "not-an-address,BOUNCE\n"
                              "import.two@example.com,COMPLAINT\n"
                              "import.three@example.com\n"
                              "import.four@example.com,SPAM\n"));
        QVERIFY(!path.isEmpty());
        const QSet<QString> imported{QStringLiteral("import.one@example.com"),
            QStringLiteral("import.two@example.com"),
            QStringLiteral("import.three@example.com")};

        const CliRun refused = ours({QStringLiteral("suppression"), QStringLiteral("import"), path});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(path + QStringLiteral(":3: error: ")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(path + QStringLiteral(":6: error: ")), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(path + QStringLiteral(":2:")), qPrintable(refused.err));
        // Nothing was sent.
        const CliRun before = ours({QStringLiteral("suppression"), QStringLiteral("list")});
        QVERIFY2(before.exitCode == 0, qPrintable(describe(before)));
        QVERIFY(!addressesOf(before).intersects(imported));

        const CliRun skipped = ours({QStringLiteral("suppression"),
                                        QStringLiteral("import"),
                                        path,
                                        QStringLiteral("--skip-invalid"),
                                        QStringLiteral("--reason"),
                                        QStringLiteral("COMPLAINT")},
            QStringLiteral("table"));
        QVERIFY2(skipped.exitCode == 0, qPrintable(describe(skipped)));
        QVERIFY2(skipped.err.contains(QStringLiteral("[1/3] line 2: added import.one@example.com (BOUNCE)")),
            qPrintable(skipped.err));
        QVERIFY2(skipped.err.contains(QStringLiteral("[3/3] line 5: added import.three@example.com (COMPLAINT)")),
            qPrintable(skipped.err));
        QVERIFY2(skipped.err.contains(path + QStringLiteral(":3: skipped: ")), qPrintable(skipped.err));
        QVERIFY2(skipped.out.contains(QStringLiteral("3")), qPrintable(skipped.out));

        const CliRun after = ours({QStringLiteral("suppression"), QStringLiteral("list")});
        QVERIFY2(after.exitCode == 0, qPrintable(describe(after)));
        QVERIFY(addressesOf(after).contains(imported));
        QVERIFY(!addressesOf(after).contains(QStringLiteral("import.four@example.com")));
        const CliRun three
            = ours({QStringLiteral("suppression"), QStringLiteral("get"), QStringLiteral("import.three@example.com")});
        QCOMPARE(three.json()
                     .object()
                     .value(QLatin1String("SuppressedDestination"))
                     .toObject()
                     .value(QLatin1String("Reason"))
                     .toString(),
            QStringLiteral("COMPLAINT"));
    }

    void refusedInTheSesSandbox()
    {
        const CliRun added = restricted({QStringLiteral("suppression"),
            QStringLiteral("add"),
            QStringLiteral("a@example.com"),
            QStringLiteral("--reason"),
            QStringLiteral("BOUNCE")});
        QCOMPARE(added.exitCode, 1);
        const auto error = TestSupport::AwsCliError::parse(added.err);
        QCOMPARE(error.code, QStringLiteral("BadRequestException"));
        QCOMPARE(error.operation, QStringLiteral("PutSuppressedDestination"));
        QVERIFY2(error.message.contains(QStringLiteral("sandbox")), qPrintable(added.err));
        QVERIFY2(added.err.contains(QStringLiteral("Request ID: ")), qPrintable(added.err));

        // An import stops at its first failure and says how far it got.
        const QString path = writeFile(QStringLiteral("restricted.csv"),
            QByteArrayLiteral("# to suppress\nfirst@example.com\nsecond@example.com\n"));
        const CliRun imported = restricted({QStringLiteral("suppression"), QStringLiteral("import"), path});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("(BadRequestException)")), qPrintable(imported.err));
        QVERIFY2(imported.err.contains(QStringLiteral("Added 0 of 2 addresses; stopped at line 2 (first@example.com)")),
            qPrintable(imported.err));

        // Reading works in the SES sandbox: the new account's list is empty.
        const CliRun list = restricted({QStringLiteral("--output"),
            QStringLiteral("json"),
            QStringLiteral("suppression"),
            QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        QCOMPARE(list.json().object().value(QLatin1String("SuppressedDestinationSummaries")).toArray().size(), 0);
    }
};

QTEST_MAIN(tst_CliSuppression)
#include "tst_clisuppression.moc"
