#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "models/aws/Clock.h"

#include "app/gui/EmbeddedSandboxLauncher.h"

/// The GUI's Local Sandbox runs in threads of its own: callers get their answer on their own
/// thread, callers arriving while it starts share one server, each region has its own, the
/// servers answer while the caller's thread is free, and the launcher shuts them down cleanly.
class TestEmbeddedSandboxLauncher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsOncePerRegionOffTheCallersThread();

private:
    using Answer = Aws::Result<Connection::SandboxEndpoint>;
    static int getInfo(QNetworkAccessManager &network, const QUrl &base)
    {
        QUrl url = base;
        url.setPath(QStringLiteral("/_sandbox/info"));
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
};

void TestEmbeddedSandboxLauncher::startsOncePerRegionOffTheCallersThread()
{
    Aws::SystemClock clock;
    QNetworkAccessManager network;
    QList<Answer> answers;
    QList<QThread *> answeredOn;
    QObject context;
    const auto collect = [&](Answer a) {
        answers.append(a);
        answeredOn.append(QThread::currentThread());
    };
    {
        EmbeddedSandboxLauncher launcher(clock);
        launcher.start(QStringLiteral("us-east-1"), &context, collect);
        launcher.start(QStringLiteral("us-east-1"), &context, collect); // while the first starts
        QVERIFY(answers.isEmpty()); // never synchronously
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 20000);
        for (const Answer &a : answers)
            QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().toString()));
        QCOMPARE(answers.at(0).value().url, answers.at(1).value().url);
        QCOMPARE(answeredOn.at(0), QThread::currentThread());
        QCOMPARE(answeredOn.at(1), QThread::currentThread());

        launcher.start(QStringLiteral("us-east-1"), &context, collect); // once running
        launcher.start(QStringLiteral("eu-west-1"), &context, collect);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 4, 20000);
        QVERIFY(answers.at(2).ok() && answers.at(3).ok());
        QCOMPARE(answers.at(2).value().url, answers.at(0).value().url);
        QVERIFY(answers.at(3).value().url != answers.at(0).value().url);
        QCOMPARE(answers.at(3).value().region, QStringLiteral("eu-west-1"));

        // The servers serve from their threads while this one waits in its event loop.
        QCOMPARE(getInfo(network, answers.at(0).value().url), 200);
        QCOMPARE(getInfo(network, answers.at(3).value().url), 200);

        // A caller gone before the answer gets none.
        {
            QObject shortLived;
            launcher.start(QStringLiteral("us-east-1"), &shortLived, collect);
        }
        QTest::qWait(50);
        QCOMPARE(answers.size(), 4);
    } // the launcher stops both servers and their threads here
    QCOMPARE(getInfo(network, answers.at(0).value().url) > 0, false);
}

QTEST_MAIN(TestEmbeddedSandboxLauncher)
#include "tst_embeddedsandboxlauncher.moc"
