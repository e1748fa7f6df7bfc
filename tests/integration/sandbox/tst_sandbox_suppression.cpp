#include <QJsonArray>
#include <QSet>
#include <QTest>

#include "sandbox/state/Timestamps.h"
#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::AwsCliError;
using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

/// The account-level suppression list through the unchanged AWS CLI: disabled in the SES
/// sandbox as the guide says, then with production access Put/Get/List (reason and date
/// filters, pages)/Delete, import jobs from the Sandbox's S3 stand-in (CSV and JSON, add and
/// remove, failed records, the guide's limits), and sends to listed addresses suppressed.
class tst_SandboxSuppression : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{
        {QStringLiteral("--verify-delay"), QStringLiteral("0"), QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_cli;
    QDateTime m_secondPut;

    QJsonObject sesv2(const QStringList &arguments)
    {
        bool ok = false;
        const QJsonObject out = m_cli->sesv2(arguments, &ok);
        if (!ok)
            qWarning() << "failed:" << arguments;
        return out;
    }
    bool upload(const QString &key, const QByteArray &body)
    {
        return m_cli->controlRaw("PUT", QStringLiteral("/_sandbox/s3/imports/") + key, body, "text/csv").status == 200;
    }
    /// Starts an import job and waits until it is no longer CREATED or PROCESSING.
    QJsonObject importJob(const QString &action, const QString &key, const QString &format)
    {
        const QString jobId
            = sesv2({QStringLiteral("create-import-job"),
                        QStringLiteral("--import-destination"),
                        QStringLiteral("SuppressionListDestination={SuppressionListImportAction=%1}").arg(action),
                        QStringLiteral("--import-data-source"),
                        QStringLiteral("S3Url=s3://imports/%1,DataFormat=%2").arg(key, format)})
                  .value(QLatin1String("JobId"))
                  .toString();
        if (jobId.isEmpty())
            return {};
        QJsonObject job;
        for (int attempt = 0; attempt < 20; ++attempt) {
            QTest::qWait(200);
            job = sesv2({QStringLiteral("get-import-job"), QStringLiteral("--job-id"), jobId});
            const QString status = job.value(QLatin1String("JobStatus")).toString();
            if (status == QLatin1String("COMPLETED") || status == QLatin1String("FAILED"))
                break;
        }
        return job;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_cli = std::make_unique<SandboxCli>(m_sandbox);
    }

    void managementIsDisabledInTheSesSandbox()
    {
        const QString message
            = QStringLiteral("Suppression list management is not available while your account is in the sandbox.");
        AwsCliError error = m_cli->sesv2Error({QStringLiteral("put-suppressed-destination"),
            QStringLiteral("--email-address"),
            QStringLiteral("a@example.com"),
            QStringLiteral("--reason"),
            QStringLiteral("BOUNCE")});
        QCOMPARE(error.code, QStringLiteral("BadRequestException"));
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
        error = m_cli->sesv2Error({QStringLiteral("create-import-job"),
            QStringLiteral("--import-destination"),
            QStringLiteral("SuppressionListDestination={SuppressionListImportAction=PUT}"),
            QStringLiteral("--import-data-source"),
            QStringLiteral("S3Url=s3://imports/a.csv,DataFormat=CSV")});
        QCOMPARE(error.code, QStringLiteral("BadRequestException"));
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
        // Reading works in the sandbox too: an empty list.
        QCOMPARE(sesv2({QStringLiteral("list-suppressed-destinations")})
                     .value(QLatin1String("SuppressedDestinationSummaries"))
                     .toArray()
                     .size(),
            0);

        // Production access lifts the restriction.
        sesv2({QStringLiteral("put-account-details"),
            QStringLiteral("--mail-type"),
            QStringLiteral("TRANSACTIONAL"),
            QStringLiteral("--website-url"),
            QStringLiteral("https://example.com"),
            QStringLiteral("--use-case-description"),
            QStringLiteral("Receipts"),
            QStringLiteral("--production-access-enabled")});
        QCOMPARE(m_cli->control("POST", QStringLiteral("/_sandbox/account/review")).status, 200);
    }

    void putGetListDelete()
    {
        sesv2({QStringLiteral("put-suppressed-destination"),
            QStringLiteral("--email-address"),
            QStringLiteral("first@example.com"),
            QStringLiteral("--reason"),
            QStringLiteral("BOUNCE")});
        QTest::qWait(50);
        m_secondPut = QDateTime::currentDateTimeUtc();
        QTest::qWait(50);
        sesv2({QStringLiteral("put-suppressed-destination"),
            QStringLiteral("--email-address"),
            QStringLiteral("Second@Example.com"),
            QStringLiteral("--reason"),
            QStringLiteral("COMPLAINT")});

        const QJsonObject got = sesv2({QStringLiteral("get-suppressed-destination"),
                                          QStringLiteral("--email-address"),
                                          QStringLiteral("second@example.com")})
                                    .value(QLatin1String("SuppressedDestination"))
                                    .toObject();
        QCOMPARE(got.value(QLatin1String("EmailAddress")).toString(), QStringLiteral("Second@Example.com"));
        QCOMPARE(got.value(QLatin1String("Reason")).toString(), QStringLiteral("COMPLAINT"));
        QVERIFY(Sandbox::Timestamps::fromJson(got.value(QLatin1String("LastUpdateTime"))) >= m_secondPut.addSecs(-1));

        // Newest first; by reason; by date.
        QJsonArray all = sesv2({QStringLiteral("list-suppressed-destinations")})
                             .value(QLatin1String("SuppressedDestinationSummaries"))
                             .toArray();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().toObject().value(QLatin1String("EmailAddress")).toString(),
            QStringLiteral("Second@Example.com"));
        const QJsonArray bounces = sesv2(
            {QStringLiteral("list-suppressed-destinations"), QStringLiteral("--reasons"), QStringLiteral("BOUNCE")})
                                       .value(QLatin1String("SuppressedDestinationSummaries"))
                                       .toArray();
        QCOMPARE(bounces.size(), 1);
        QCOMPARE(bounces.first().toObject().value(QLatin1String("EmailAddress")).toString(),
            QStringLiteral("first@example.com"));
        const QJsonArray recent
            = sesv2({QStringLiteral("list-suppressed-destinations"),
                        QStringLiteral("--start-date"),
                        QString::number(m_secondPut.toSecsSinceEpoch() + 0.001 * m_secondPut.time().msec(), 'f', 3)})
                  .value(QLatin1String("SuppressedDestinationSummaries"))
                  .toArray();
        QCOMPARE(recent.size(), 1);
        const QJsonArray older
            = sesv2({QStringLiteral("list-suppressed-destinations"),
                        QStringLiteral("--end-date"),
                        QString::number(m_secondPut.toSecsSinceEpoch() + 0.001 * m_secondPut.time().msec(), 'f', 3)})
                  .value(QLatin1String("SuppressedDestinationSummaries"))
                  .toArray();
        QCOMPARE(older.size(), 1);
        QCOMPARE(older.first().toObject().value(QLatin1String("EmailAddress")).toString(),
            QStringLiteral("first@example.com"));

        sesv2({QStringLiteral("delete-suppressed-destination"),
            QStringLiteral("--email-address"),
            QStringLiteral("first@example.com")});
        const AwsCliError error = m_cli->sesv2Error({QStringLiteral("get-suppressed-destination"),
            QStringLiteral("--email-address"),
            QStringLiteral("first@example.com")});
        QCOMPARE(error.code, QStringLiteral("NotFoundException"));
        QCOMPARE(
            error.message, QStringLiteral("Email address first@example.com does not exist on your suppression list."));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad address") << QStringList{QStringLiteral("put-suppressed-destination"),
            QStringLiteral("--email-address"),
            QStringLiteral("Jane <jane@example.com>"),
            QStringLiteral("--reason"),
            QStringLiteral("BOUNCE")} << QStringLiteral("BadRequestException")
                                     << QStringLiteral("Invalid email address: Jane <jane@example.com>");
        QTest::newRow("delete missing") << QStringList{QStringLiteral("delete-suppressed-destination"),
            QStringLiteral("--email-address"),
            QStringLiteral("nobody@example.com")}
                                        << QStringLiteral("NotFoundException")
                                        << QStringLiteral("Email address nobody@example.com does not exist");
        QTest::newRow("bad token") << QStringList{QStringLiteral("list-suppressed-destinations"),
            QStringLiteral("--next-token"),
            QStringLiteral("garbage")}
                                   << QStringLiteral("InvalidNextTokenException")
                                   << QStringLiteral("The NextToken is invalid");
        QTest::newRow("contact list import")
            << QStringList{QStringLiteral("create-import-job"),
                   QStringLiteral("--import-destination"),
                   QStringLiteral("ContactListDestination={ContactListName=x,ContactListImportAction=PUT}"),
                   QStringLiteral("--import-data-source"),
                   QStringLiteral("S3Url=s3://imports/a.csv,DataFormat=CSV")}
            << QStringLiteral("BadRequestException")
            << QStringLiteral("The SesDesk Sandbox imports into the suppression list only");
        QTest::newRow("missing job") << QStringList{QStringLiteral("get-import-job"),
            QStringLiteral("--job-id"),
            QStringLiteral("nope")} << QStringLiteral("NotFoundException")
                                     << QStringLiteral("Import job nope does not exist.");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const AwsCliError error = m_cli->sesv2Error(arguments);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    }

    void importFromTheS3StandIn()
    {
        // 2,500 addresses in CSV (with a header, a bad address and a bad reason among them).
        QByteArray csv = "emailAddress,reason\n";
        for (int i = 0; i < 2500; ++i)
            csv += QStringLiteral("user%1@example.net,%2\n")
                       .arg(i)
                       .arg(i % 5 == 0 ? QStringLiteral("COMPLAINT") : QStringLiteral("BOUNCE"))
                       .toUtf8();
        csv += "not-an-address,BOUNCE\nuser9999@example.net,SPAM\n";
        QVERIFY(upload(QStringLiteral("bulk.csv"), csv));
        const QJsonObject job = importJob(QStringLiteral("PUT"), QStringLiteral("bulk.csv"), QStringLiteral("CSV"));
        QCOMPARE(job.value(QLatin1String("JobStatus")).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(job.value(QLatin1String("ProcessedRecordsCount")).toInt(), 2500);
        QCOMPARE(job.value(QLatin1String("FailedRecordsCount")).toInt(), 2);
        QVERIFY(job.contains(QLatin1String("CompletedTimestamp")));
        const QUrl failures(
            job.value(QLatin1String("FailureInfo")).toObject().value(QLatin1String("FailedRecordsS3Url")).toString());
        const SandboxCli::Reply report = m_cli->control("GET", failures.path());
        QCOMPARE(report.status, 200);
        QCOMPARE(report.body.split('\n').size(), 4); // header, two records, final newline
        QVERIFY(report.body.contains("\"Invalid email address: not-an-address\""));
        QVERIFY(report.body.contains("\"Invalid reason SPAM: it must be BOUNCE or COMPLAINT.\""));

        // Every page of at most 1,000 in turn: 2,501 entries once each, newest first.
        QSet<QString> seen;
        QString token;
        int pages = 0;
        double previous = 1e12;
        do {
            QStringList args{
                QStringLiteral("list-suppressed-destinations"), QStringLiteral("--page-size"), QStringLiteral("1000")};
            if (!token.isEmpty())
                args << QStringLiteral("--next-token") << token;
            const QJsonObject page = sesv2(args);
            for (const QJsonValue &v : page.value(QLatin1String("SuppressedDestinationSummaries")).toArray()) {
                seen.insert(v.toObject().value(QLatin1String("EmailAddress")).toString().toLower());
                const double time = v.toObject().value(QLatin1String("LastUpdateTime")).toDouble();
                QVERIFY(time <= previous);
                previous = time;
            }
            token = page.value(QLatin1String("NextToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 2501);

        // Removal in newline-delimited JSON.
        QByteArray json;
        for (int i = 0; i < 100; ++i)
            json += QStringLiteral("{\"emailAddress\":\"user%1@example.net\"}\n").arg(i).toUtf8();
        QVERIFY(upload(QStringLiteral("remove.json"), json));
        const QJsonObject removal
            = importJob(QStringLiteral("DELETE"), QStringLiteral("remove.json"), QStringLiteral("JSON"));
        QCOMPARE(removal.value(QLatin1String("JobStatus")).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(removal.value(QLatin1String("ProcessedRecordsCount")).toInt(), 100);
        QVERIFY(!removal.contains(QLatin1String("FailureInfo")));
        const AwsCliError gone = m_cli->sesv2Error({QStringLiteral("get-suppressed-destination"),
            QStringLiteral("--email-address"),
            QStringLiteral("user42@example.net")});
        QCOMPARE(gone.code, QStringLiteral("NotFoundException"));

        const QJsonArray jobs = sesv2({QStringLiteral("list-import-jobs"),
                                          QStringLiteral("--import-destination-type"),
                                          QStringLiteral("SUPPRESSION_LIST")})
                                    .value(QLatin1String("ImportJobs"))
                                    .toArray();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.first().toObject().value(QLatin1String("JobId")).toString(),
            removal.value(QLatin1String("JobId")).toString());
    }

    void importJobsThatFail()
    {
        // No such object; and more removals than one job may make (10,000).
        QJsonObject job = importJob(QStringLiteral("PUT"), QStringLiteral("missing.csv"), QStringLiteral("CSV"));
        QCOMPARE(job.value(QLatin1String("JobStatus")).toString(), QStringLiteral("FAILED"));
        QVERIFY(job.value(QLatin1String("FailureInfo"))
                    .toObject()
                    .value(QLatin1String("ErrorMessage"))
                    .toString()
                    .contains(QLatin1String("s3://imports/missing.csv")));
        QByteArray many;
        for (int i = 0; i < 10001; ++i)
            many += QStringLiteral("x%1@example.org\n").arg(i).toUtf8();
        QVERIFY(upload(QStringLiteral("many.csv"), many));
        job = importJob(QStringLiteral("DELETE"), QStringLiteral("many.csv"), QStringLiteral("CSV"));
        QCOMPARE(job.value(QLatin1String("JobStatus")).toString(), QStringLiteral("FAILED"));
        QCOMPARE(job.value(QLatin1String("FailureInfo")).toObject().value(QLatin1String("ErrorMessage")).toString(),
            QStringLiteral("The data source has 10001 records; an import job can remove at most 10000 addresses."));
    }

    void sendingToASuppressedAddress()
    {
        sesv2({QStringLiteral("create-email-identity"),
            QStringLiteral("--email-identity"),
            QStringLiteral("example.com")});
        // user107 is a BOUNCE entry, user105 a COMPLAINT one; the account suppresses both by default.
        const QString id
            = sesv2({QStringLiteral("send-email"),
                        QStringLiteral("--from-email-address"),
                        QStringLiteral("shop@example.com"),
                        QStringLiteral("--destination"),
                        QStringLiteral("ToAddresses=user107@example.net,user105@example.net,friend@example.org"),
                        QStringLiteral("--content"),
                        QStringLiteral("Simple={Subject={Data=Hi},Body={Text={Data=Hello}}}")})
                  .value(QLatin1String("MessageId"))
                  .toString();
        QVERIFY(!id.isEmpty());
        const QJsonObject message = m_cli->control("GET", QStringLiteral("/_sandbox/messages/") + id).json();
        QHash<QString, QString> outcomes;
        for (const QJsonValue &r : message.value(QLatin1String("recipients")).toArray())
            outcomes.insert(r.toObject().value(QLatin1String("emailAddress")).toString(),
                r.toObject().value(QLatin1String("outcome")).toString());
        QCOMPARE(outcomes.value(QStringLiteral("user107@example.net")), QStringLiteral("SUPPRESSED"));
        QCOMPARE(outcomes.value(QStringLiteral("user105@example.net")), QStringLiteral("SUPPRESSED"));
        QCOMPARE(outcomes.value(QStringLiteral("friend@example.org")), QStringLiteral("DELIVERED"));

        // With only bounces suppressed, the complaint-listed address gets mail.
        sesv2({QStringLiteral("put-account-suppression-attributes"),
            QStringLiteral("--suppressed-reasons"),
            QStringLiteral("BOUNCE")});
        const QString second = sesv2({QStringLiteral("send-email"),
                                         QStringLiteral("--from-email-address"),
                                         QStringLiteral("shop@example.com"),
                                         QStringLiteral("--destination"),
                                         QStringLiteral("ToAddresses=user105@example.net"),
                                         QStringLiteral("--content"),
                                         QStringLiteral("Simple={Subject={Data=Hi},Body={Text={Data=Hello}}}")})
                                   .value(QLatin1String("MessageId"))
                                   .toString();
        const QJsonObject delivered = m_cli->control("GET", QStringLiteral("/_sandbox/messages/") + second).json();
        QCOMPARE(
            delivered.value(QLatin1String("recipients")).toArray().first().toObject().value(QLatin1String("outcome")),
            QJsonValue(QStringLiteral("DELIVERED")));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxSuppression)
#include "tst_sandbox_suppression.moc"
