#include <QJsonArray>
#include <QTest>

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

/// The account through the unchanged AWS CLI: sandbox defaults, the production-access request
/// and its review, the account-wide switches.
class tst_SandboxAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxDefaults()
    {
        SandboxProcess sandbox({QStringLiteral("--check-responses")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SandboxCli cli(sandbox);
        bool ok = false;
        const QJsonObject account = cli.sesv2({QStringLiteral("get-account")}, &ok);
        QVERIFY(ok);
        QCOMPARE(account.value(QLatin1String("ProductionAccessEnabled")).toBool(true), false);
        QCOMPARE(account.value(QLatin1String("SendingEnabled")).toBool(), true);
        QCOMPARE(account.value(QLatin1String("EnforcementStatus")).toString(), QStringLiteral("HEALTHY"));
        QCOMPARE(account.value(QLatin1String("DedicatedIpAutoWarmupEnabled")).toBool(), true);
        const QJsonObject quota = account.value(QLatin1String("SendQuota")).toObject();
        QCOMPARE(quota.value(QLatin1String("Max24HourSend")).toDouble(), 200.0);
        QCOMPARE(quota.value(QLatin1String("MaxSendRate")).toDouble(), 1.0);
        QCOMPARE(quota.value(QLatin1String("SentLast24Hours")).toDouble(), 0.0);
        QCOMPARE(account.value(QLatin1String("SuppressionAttributes"))
                     .toObject()
                     .value(QLatin1String("SuppressedReasons"))
                     .toArray(),
            (QJsonArray{QStringLiteral("BOUNCE"), QStringLiteral("COMPLAINT")}));
        QVERIFY(!account.contains(QLatin1String("Details")));
    }

    void productionFlag()
    {
        SandboxProcess sandbox({QStringLiteral("--production")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QJsonObject account = SandboxCli(sandbox).sesv2({QStringLiteral("get-account")});
        QCOMPARE(account.value(QLatin1String("ProductionAccessEnabled")).toBool(), true);
        QCOMPARE(account.value(QLatin1String("SendQuota")).toObject().value(QLatin1String("Max24HourSend")).toDouble(),
            50000.0);
    }

    void productionAccessRequestIsGranted()
    {
        // Long enough for two CLI calls on a busy machine to see the review still pending.
        SandboxProcess sandbox(
            {QStringLiteral("--review-delay"), QStringLiteral("15"), QStringLiteral("--check-responses")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SandboxCli cli(sandbox);
        bool ok = false;
        cli.sesv2({QStringLiteral("put-account-details"),
                      QStringLiteral("--production-access-enabled"),
                      QStringLiteral("--mail-type"),
                      QStringLiteral("TRANSACTIONAL"),
                      QStringLiteral("--website-url"),
                      QStringLiteral("https://example.com"),
                      QStringLiteral("--use-case-description"),
                      QStringLiteral("Order receipts for our shop's customers."),
                      QStringLiteral("--additional-contact-email-addresses"),
                      QStringLiteral("ops@example.com"),
                      QStringLiteral("--contact-language"),
                      QStringLiteral("EN")},
            &ok);
        QVERIFY(ok);
        QJsonObject details = cli.sesv2({QStringLiteral("get-account")}).value(QLatin1String("Details")).toObject();
        QCOMPARE(details.value(QLatin1String("MailType")).toString(), QStringLiteral("TRANSACTIONAL"));
        QCOMPARE(details.value(QLatin1String("ContactLanguage")).toString(), QStringLiteral("EN"));
        QCOMPARE(details.value(QLatin1String("AdditionalContactEmailAddresses")).toArray(),
            QJsonArray{QStringLiteral("ops@example.com")});
        QCOMPARE(details.value(QLatin1String("ReviewDetails")).toObject().value(QLatin1String("Status")).toString(),
            QStringLiteral("PENDING"));

        QTRY_VERIFY_WITH_TIMEOUT(
            cli.sesv2({QStringLiteral("get-account")}).value(QLatin1String("ProductionAccessEnabled")).toBool(), 90000);
        const QJsonObject account = cli.sesv2({QStringLiteral("get-account")});
        QCOMPARE(account.value(QLatin1String("Details"))
                     .toObject()
                     .value(QLatin1String("ReviewDetails"))
                     .toObject()
                     .value(QLatin1String("Status"))
                     .toString(),
            QStringLiteral("GRANTED"));
        QCOMPARE(
            account.value(QLatin1String("SendQuota")).toObject().value(QLatin1String("MaxSendRate")).toDouble(), 14.0);
    }

    void reviewInProgressAndDenied()
    {
        SandboxProcess sandbox({QStringLiteral("--review-delay"), QStringLiteral("3600")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SandboxCli cli(sandbox);
        const QStringList request{QStringLiteral("put-account-details"),
            QStringLiteral("--production-access-enabled"),
            QStringLiteral("--mail-type"),
            QStringLiteral("MARKETING"),
            QStringLiteral("--website-url"),
            QStringLiteral("https://example.com"),
            QStringLiteral("--use-case-description"),
            QStringLiteral("Newsletter to opted-in subscribers.")};
        bool ok = false;
        cli.sesv2(request, &ok);
        QVERIFY(ok);
        QCOMPARE(cli.sesv2Error(request).code, QStringLiteral("ConflictException"));
        QCOMPARE(cli.control("POST",
                        QStringLiteral("/_sandbox/account/review"),
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("DENIED")}})
                     .status,
            200);
        const QJsonObject account = cli.sesv2({QStringLiteral("get-account")});
        QCOMPARE(account.value(QLatin1String("ProductionAccessEnabled")).toBool(true), false);
        QCOMPARE(account.value(QLatin1String("Details"))
                     .toObject()
                     .value(QLatin1String("ReviewDetails"))
                     .toObject()
                     .value(QLatin1String("Status"))
                     .toString(),
            QStringLiteral("DENIED"));
        QCOMPARE(cli.control("POST", QStringLiteral("/_sandbox/account/review")).status, 409);
    }

    void invalidDetails_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("website") << QStringList{QStringLiteral("--mail-type"),
            QStringLiteral("MARKETING"),
            QStringLiteral("--website-url"),
            QStringLiteral("not a url")}
                                 << QStringLiteral("Invalid website URL: not a url");
        QTest::newRow("contact")
            << QStringList{QStringLiteral("--mail-type"),
                   QStringLiteral("MARKETING"),
                   QStringLiteral("--website-url"),
                   QStringLiteral("https://example.com"),
                   QStringLiteral("--additional-contact-email-addresses"),
                   QStringLiteral("not-an-address")}
            << QStringLiteral("1 validation error detected: Value '***' at 'additionalContactEmailAddresses.1.member'");
        QTest::newRow("production without use case") << QStringList{QStringLiteral("--mail-type"),
            QStringLiteral("MARKETING"),
            QStringLiteral("--website-url"),
            QStringLiteral("https://example.com"),
            QStringLiteral("--production-access-enabled")}
                                                     << QStringLiteral("A use case description is required");
    }

    void invalidDetails()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const TestSupport::AwsCliError failure
            = SandboxCli(sandbox).sesv2Error(QStringList{QStringLiteral("put-account-details")} + arguments);
        QCOMPARE(failure.code, QStringLiteral("BadRequestException"));
        QVERIFY2(failure.message.startsWith(message), qPrintable(failure.message));
    }

    void accountSwitches()
    {
        SandboxProcess sandbox({QStringLiteral("--check-responses")});
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        SandboxCli cli(sandbox);
        bool ok = false;
        cli.sesv2({QStringLiteral("put-account-sending-attributes"), QStringLiteral("--no-sending-enabled")}, &ok);
        QVERIFY(ok);
        cli.sesv2({QStringLiteral("put-account-suppression-attributes"),
                      QStringLiteral("--suppressed-reasons"),
                      QStringLiteral("BOUNCE")},
            &ok);
        QVERIFY(ok);
        cli.sesv2({QStringLiteral("put-account-vdm-attributes"),
                      QStringLiteral("--vdm-attributes"),
                      QStringLiteral("VdmEnabled=ENABLED,DashboardAttributes={EngagementMetrics=ENABLED}")},
            &ok);
        QVERIFY(ok);
        cli.sesv2(
            {QStringLiteral("put-account-dedicated-ip-warmup-attributes"), QStringLiteral("--no-auto-warmup-enabled")},
            &ok);
        QVERIFY(ok);
        const QJsonObject account = cli.sesv2({QStringLiteral("get-account")});
        QCOMPARE(account.value(QLatin1String("SendingEnabled")).toBool(true), false);
        QCOMPARE(account.value(QLatin1String("SuppressionAttributes"))
                     .toObject()
                     .value(QLatin1String("SuppressedReasons"))
                     .toArray(),
            QJsonArray{QStringLiteral("BOUNCE")});
        QCOMPARE(account.value(QLatin1String("VdmAttributes")).toObject().value(QLatin1String("VdmEnabled")).toString(),
            QStringLiteral("ENABLED"));
        QCOMPARE(account.value(QLatin1String("DedicatedIpAutoWarmupEnabled")).toBool(true), false);

        // An empty reason list turns account-level suppression off.
        cli.sesv2({QStringLiteral("put-account-suppression-attributes"), QStringLiteral("--suppressed-reasons")}, &ok);
        QVERIFY(ok);
        QCOMPARE(cli.sesv2({QStringLiteral("get-account")})
                     .value(QLatin1String("SuppressionAttributes"))
                     .toObject()
                     .value(QLatin1String("SuppressedReasons"))
                     .toArray(),
            QJsonArray());
    }
};

QTEST_MAIN(tst_SandboxAccount)
#include "tst_sandbox_account.moc"
