#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include "models/aws/ProcessCredentialsProvider.h"

#include "tests/support/FakeClock.h"
#include "tests/support/TempAwsHome.h"

using Aws::Credentials;
using Aws::ProcessCredentialsProvider;
using Aws::Result;

namespace
{

/// Fetches and waits for the answer (the provider may answer before returning).
Result<Credentials> fetchAndWait(Aws::CredentialsProvider &provider, int timeoutMs = 10000)
{
    QObject context;
    std::optional<Result<Credentials>> answer;
    provider.fetch(&context, [&answer](Result<Credentials> r) {
        answer = std::move(r);
    });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (!answer)
        return Aws::AwsError::local(
            Aws::AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no answer"));
    return *answer;
}

} // namespace

/// credential_process: output validation, process failures, shell-style splitting, and caching
/// until shortly before Expiration with an injected clock.
class TestProcessCredentialsProvider : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock;

    /// A helper that counts its runs in ~/runs and prints its Expiration from ~/expiration.
    QString countingHelper(const TestSupport::TempAwsHome &home, const QDateTime &expiration) const
    {
        home.writeFile(QStringLiteral("expiration"), expiration.toString(Qt::ISODate).toUtf8());
        return home.writeScript(QStringLiteral("bin/counting-helper"),
            "echo run >> \"$HOME/runs\"\n"
            "n=$(wc -l < \"$HOME/runs\" | tr -d ' ')\n"
            "printf '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC%s\", \"SecretAccessKey\": \"s\", "
            "\"SessionToken\": \"t\", \"Expiration\": \"%s\"}' \"$n\" \"$(cat \"$HOME/expiration\")\"\n");
    }

    static int runs(const TestSupport::TempAwsHome &home)
    {
        QFile f(home.home() + QStringLiteral("/runs"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return int(f.readAll().count('\n'));
    }

private Q_SLOTS:
    void parseOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("error"); ///< empty: valid

        QTest::newRow("minimal") << QByteArray(
            "{\"Version\": 1, \"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"s\"}")
                                 << QString();
        QTest::newRow("Version 1.0 is 1")
            << QByteArray("{\"Version\": 1.0, \"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"s\"}") << QString();
        QTest::newRow("null token and expiration") << QByteArray(
            "{\"Version\": 1, \"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"s\", \"SessionToken\": null, "
            "\"Expiration\": null}") << QString();
        QTest::newRow("nothing") << QByteArray("  \n")
                                 << QStringLiteral("helper printed nothing; expected JSON with \"Version\": 1");
        QTest::newRow("not JSON") << QByteArray("AKID wJalrXUtnFEMI/K7MDENG")
                                  << QStringLiteral(
                                         "helper printed output that is not valid JSON (illegal value at character 1)");
        QTest::newRow("not an object") << QByteArray("[1]")
                                       << QStringLiteral("helper printed JSON that is not an object");
        QTest::newRow("no Version") << QByteArray("{\"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"s\"}")
                                    << QStringLiteral("helper printed no \"Version\"; the supported version is 1");
        QTest::newRow("Version 2") << QByteArray(
            "{\"Version\": 2, \"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"s\"}")
                                   << QStringLiteral(
                                          "helper printed unsupported \"Version\" 2; the supported version is 1");
        QTest::newRow("Version as text")
            << QByteArray("{\"Version\": \"1\", \"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"s\"}")
            << QStringLiteral("helper printed unsupported \"Version\" \"1\"; the supported version is 1");
        QTest::newRow("no AccessKeyId") << QByteArray("{\"Version\": 1, \"SecretAccessKey\": \"s\"}")
                                        << QStringLiteral("helper printed no \"AccessKeyId\"");
        QTest::newRow("no SecretAccessKey") << QByteArray("{\"Version\": 1, \"AccessKeyId\": \"AKID\"}")
                                            << QStringLiteral("helper printed no \"SecretAccessKey\"");
        QTest::newRow("empty SecretAccessKey")
            << QByteArray("{\"Version\": 1, \"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"\"}")
            << QStringLiteral("helper printed a \"SecretAccessKey\" that is not a non-empty string");
        QTest::newRow("numeric AccessKeyId")
            << QByteArray("{\"Version\": 1, \"AccessKeyId\": 7, \"SecretAccessKey\": \"s\"}")
            << QStringLiteral("helper printed a \"AccessKeyId\" that is not a non-empty string");
        QTest::newRow("numeric SessionToken")
            << QByteArray(
                   "{\"Version\": 1, \"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"s\", \"SessionToken\": 5}")
            << QStringLiteral("helper printed a \"SessionToken\" that is not a string");
        QTest::newRow("bad Expiration") << QByteArray(
            "{\"Version\": 1, \"AccessKeyId\": \"AKID\", \"SecretAccessKey\": \"s\", \"Expiration\": \"tomorrow\"}")
                                        << QStringLiteral("helper printed an \"Expiration\" that is not an ISO 8601 "
                                                          "time such as 2030-01-31T12:00:00Z");
    }

    void parseOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, error);
        const Result<Credentials> r = ProcessCredentialsProvider::parseOutput(output, QStringLiteral("helper"));
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.isError() ? r.error().message : QString()));
            QCOMPARE(r.value().accessKeyId, QStringLiteral("AKID"));
            QCOMPARE(r.value().secretAccessKey, QStringLiteral("s"));
            return;
        }
        QVERIFY(r.isError());
        QCOMPARE(r.error().message, error);
        QCOMPARE(r.error().code, QStringLiteral("CredentialRetrievalError"));
        QCOMPARE(r.error().kind, Aws::AwsError::Kind::Credentials);
    }

    void expirationZones_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const QDateTime noon(QDate(2030, 1, 31), QTime(12, 0), Qt::UTC);
        QTest::newRow("Z") << QStringLiteral("2030-01-31T12:00:00Z") << noon;
        QTest::newRow("offset") << QStringLiteral("2030-01-31T14:00:00+02:00") << noon;
        QTest::newRow("milliseconds") << QStringLiteral("2030-01-31T12:00:00.000Z") << noon;
        QTest::newRow("no zone means UTC") << QStringLiteral("2030-01-31T12:00:00") << noon;
    }

    void expirationZones()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const QByteArray json
            = "{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\", \"Expiration\": \"" + text.toUtf8()
            + "\"}";
        const Result<Credentials> r = ProcessCredentialsProvider::parseOutput(json, QStringLiteral("helper"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().expiration, utc);
    }

    void runsTheHelper()
    {
        TestSupport::TempAwsHome home;
        const QDateTime expiry = m_clock.nowUtc().addSecs(3600);
        const QString helper = countingHelper(home, expiry);
        ProcessCredentialsProvider provider(helper, QStringLiteral("proc"), home.environment(), &m_clock);
        QCOMPARE(provider.description(), QStringLiteral("credential_process of profile \"proc\""));
        const Result<Credentials> r = fetchAndWait(provider);
        QVERIFY2(r.ok(), qPrintable(r.isError() ? r.error().message : QString()));
        QCOMPARE(r.value().accessKeyId, QStringLiteral("AKIDPROC1"));
        QCOMPARE(r.value().secretAccessKey, QStringLiteral("s"));
        QCOMPARE(r.value().sessionToken, QStringLiteral("t"));
        QCOMPARE(r.value().expiration, expiry);
    }

    void splitsTheCommandLineWithoutAShell()
    {
        TestSupport::TempAwsHome home;
        const QString helper = home.writeScript(QStringLiteral("dir with space/args-helper"),
            "[ \"$#\" = 3 ] && [ \"$1\" = 'a b' ] && [ \"$2\" = '$HOME' ] && [ \"$3\" = 'c\"d' ] || exit 3\n"
            "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDARGS\", \"SecretAccessKey\": \"s\"}'\n");
        const QString command = QStringLiteral("\"%1\" 'a b' '$HOME' c\\\"d").arg(helper);
        ProcessCredentialsProvider provider(command, QStringLiteral("p"), home.environment(), &m_clock);
        const Result<Credentials> r = fetchAndWait(provider);
        QVERIFY2(r.ok(), qPrintable(r.isError() ? r.error().message : QString()));
        QCOMPARE(r.value().accessKeyId, QStringLiteral("AKIDARGS"));
    }

    void failures_data()
    {
        QTest::addColumn<QByteArray>("script"); ///< body of ~/bin/helper; empty: no script
        QTest::addColumn<QString>("command"); ///< @HELPER@ is the script's path
        QTest::addColumn<QString>("error"); ///< @HELPER@ likewise

        QTest::newRow("non-zero exit shows redacted stderr")
            << QByteArray("echo 'token expired for AKIDX' >&2\necho 'secret=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' "
                          ">&2\nexit 3\n")
            << QStringLiteral("@HELPER@ --verbose")
            << QStringLiteral(
                   "credential_process of profile \"p\" (@HELPER@) exited with code 3: token expired for AKIDX | "
                   "secret=<redacted>");
        QTest::newRow("non-zero exit, silent")
            << QByteArray("exit 1\n") << QStringLiteral("@HELPER@")
            << QStringLiteral("credential_process of profile \"p\" (@HELPER@) exited with code 1");
        QTest::newRow("crash") << QByteArray("kill -SEGV $$\n") << QStringLiteral("@HELPER@")
                               << QStringLiteral("credential_process of profile \"p\" (@HELPER@) crashed");
        QTest::newRow("bad output") << QByteArray("echo '{\"Version\": 2}'\n") << QStringLiteral("@HELPER@")
                                    << QStringLiteral(
                                           "credential_process of profile \"p\" (@HELPER@) printed unsupported "
                                           "\"Version\" 2; the supported version is 1");
        QTest::newRow("missing program") << QByteArray() << QStringLiteral("/nonexistent/helper --token abc")
                                         << QStringLiteral(
                                                "credential_process of profile \"p\" (/nonexistent/helper) could "
                                                "not be started: execve: No such file or directory");
        QTest::newRow("unbalanced quote")
            << QByteArray() << QStringLiteral("helper 'abc")
            << QStringLiteral("credential_process of profile \"p\" cannot be split into words: "
                              "no closing quotation");
        QTest::newRow("empty command") << QByteArray() << QStringLiteral("   ")
                                       << QStringLiteral("credential_process of profile \"p\" is empty");
        QTest::newRow("already expired")
            << QByteArray("echo '{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"s\", \"Expiration\": "
                          "\"2015-08-30T12:00:00Z\"}'\n")
            << QStringLiteral("@HELPER@")
            << QStringLiteral("credential_process of profile \"p\" returned credentials that had already expired (at "
                              "2015-08-30T12:00:00Z); check the system clock");
    }

    void failures()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, command);
        QFETCH(QString, error);

        TestSupport::TempAwsHome home;
        const QString helper = script.isEmpty() ? QString() : home.writeScript(QStringLiteral("bin/helper"), script);
        command.replace(QStringLiteral("@HELPER@"), helper);
        error.replace(QStringLiteral("@HELPER@"), helper);
        ProcessCredentialsProvider provider(command, QStringLiteral("p"), home.environment(), &m_clock);
        const Result<Credentials> r = fetchAndWait(provider);
        QVERIFY(r.isError());
        QCOMPARE(r.error().message, error);
        QCOMPARE(r.error().kind, Aws::AwsError::Kind::Credentials);
    }

    void timeout()
    {
        TestSupport::TempAwsHome home;
        const QString helper = home.writeScript(QStringLiteral("bin/slow"), "exec sleep 30\n");
        ProcessCredentialsProvider provider(
            helper, QStringLiteral("p"), home.environment(), &m_clock, std::chrono::seconds(1));
        QElapsedTimer elapsed;
        elapsed.start();
        const Result<Credentials> r = fetchAndWait(provider);
        QVERIFY(r.isError());
        QCOMPARE(r.error().message,
            QStringLiteral("credential_process of profile \"p\" (%1) did not finish within 1 seconds and was stopped")
                .arg(helper));
        QVERIFY(elapsed.elapsed() < 10000);
    }

    void cachesUntilShortlyBeforeExpiration()
    {
        TestSupport::TempAwsHome home;
        const QDateTime start = m_clock.nowUtc();
        const QString helper = countingHelper(home, start.addSecs(3600));
        ProcessCredentialsProvider provider(helper, QStringLiteral("p"), home.environment(), &m_clock);

        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC1"));
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC1"));
        QCOMPARE(runs(home), 1);

        // 45 minutes later (15 left): still cached, not yet in the advisory window.
        m_clock.set(start.addSecs(45 * 60 - 1));
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC1"));
        QCOMPARE(runs(home), 1);

        // Advisory window: the cached answer comes at once while a refresh runs in the background.
        home.writeFile(QStringLiteral("expiration"), start.addSecs(7200).toString(Qt::ISODate).toUtf8());
        m_clock.set(start.addSecs(46 * 60));
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC1"));
        QTRY_COMPARE(runs(home), 2);
        QTRY_VERIFY(!provider.isRefreshing());
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC2"));
        QCOMPARE(runs(home), 2);

        // Mandatory window (less than 10 minutes left): callers wait for the new credentials.
        home.writeFile(QStringLiteral("expiration"), start.addSecs(3 * 3600).toString(Qt::ISODate).toUtf8());
        m_clock.set(start.addSecs(7200 - 9 * 60));
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC3"));
        QCOMPARE(runs(home), 3);
        QCOMPARE(provider.refreshCount(), 3);
        m_clock.set(start);
    }

    void advisoryRefreshFailureKeepsTheCredentials()
    {
        // As botocore: a failed refresh in the advisory window is only logged; in the mandatory
        // window it is the caller's error.
        TestSupport::TempAwsHome home;
        const QDateTime start = m_clock.nowUtc();
        const QString helper = countingHelper(home, start.addSecs(3600));
        ProcessCredentialsProvider provider(helper, QStringLiteral("p"), home.environment(), &m_clock);
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC1"));

        home.writeScript(
            QStringLiteral("bin/counting-helper"), "echo run >> \"$HOME/runs\"\necho 'offline' >&2\nexit 1\n");
        m_clock.set(start.addSecs(47 * 60));
        const QRegularExpression warning(QStringLiteral("background refresh failed, still using the current "
                                                        "credentials: .*exited with code 1: offline"));
        QTest::ignoreMessage(QtWarningMsg, warning);
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC1"));
        QTRY_COMPARE(runs(home), 2);
        QTRY_VERIFY(!provider.isRefreshing());
        QTest::ignoreMessage(QtWarningMsg, warning);
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC1")); // another background try
        QTRY_COMPARE(runs(home), 3);
        QTRY_VERIFY(!provider.isRefreshing());

        m_clock.set(start.addSecs(51 * 60));
        const Result<Credentials> late = fetchAndWait(provider);
        QVERIFY(late.isError());
        QVERIFY(late.error().message.endsWith(QStringLiteral("exited with code 1: offline")));
        m_clock.set(start);
    }

    void concurrentFetchesShareOneRun()
    {
        TestSupport::TempAwsHome home;
        const QString helper = countingHelper(home, m_clock.nowUtc().addSecs(3600));
        ProcessCredentialsProvider provider(helper, QStringLiteral("p"), home.environment(), &m_clock);
        QObject context;
        QStringList keys;
        for (int i = 0; i < 3; ++i)
            provider.fetch(&context, [&keys](Result<Credentials> r) {
                keys.append(r.value().accessKeyId);
            });
        QVERIFY(provider.isRefreshing());
        QTRY_COMPARE(keys.size(), 3);
        QCOMPARE(keys, QStringList(3, QStringLiteral("AKIDPROC1")));
        QCOMPARE(runs(home), 1);
    }

    void withoutExpirationCachedUntilInvalidated()
    {
        TestSupport::TempAwsHome home;
        const QString helper = home.writeScript(QStringLiteral("bin/static"),
            "echo run >> \"$HOME/runs\"\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDSTATIC\", \"SecretAccessKey\": "
            "\"s\"}'\n");
        ProcessCredentialsProvider provider(helper, QStringLiteral("p"), home.environment(), &m_clock);
        const QDateTime start = m_clock.nowUtc();
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDSTATIC"));
        m_clock.advance(30 * 24 * 3600);
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDSTATIC"));
        QCOMPARE(runs(home), 1);
        provider.invalidate();
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDSTATIC"));
        QCOMPARE(runs(home), 2);
        m_clock.set(start);
    }

    void contextDestroyedMeansNoCallback()
    {
        TestSupport::TempAwsHome home;
        const QString helper = countingHelper(home, m_clock.nowUtc().addSecs(3600));
        ProcessCredentialsProvider provider(helper, QStringLiteral("p"), home.environment(), &m_clock);
        bool called = false;
        auto *context = new QObject;
        provider.fetch(context, [&called](Result<Credentials>) {
            called = true;
        });
        delete context;
        QTRY_VERIFY(!provider.isRefreshing());
        QVERIFY(!called);
        // The run still filled the cache.
        QCOMPARE(fetchAndWait(provider).value().accessKeyId, QStringLiteral("AKIDPROC1"));
    }

    void destroyingTheProviderStopsTheHelper()
    {
        TestSupport::TempAwsHome home;
        const QString helper = home.writeScript(QStringLiteral("bin/slow"), "exec sleep 30\n");
        bool called = false;
        QElapsedTimer elapsed;
        elapsed.start();
        {
            ProcessCredentialsProvider provider(helper, QStringLiteral("p"), home.environment(), &m_clock);
            QObject context;
            provider.fetch(&context, [&called](Result<Credentials>) {
                called = true;
            });
            QTest::qWait(200);
        }
        QVERIFY(!called);
        QVERIFY(elapsed.elapsed() < 5000);
    }
};

QTEST_GUILESS_MAIN(TestProcessCredentialsProvider)
#include "tst_processcredentialsprovider.moc"
