#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/SigV4Signer.h"

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

/// Durability: a Sandbox killed with SIGKILL in the middle of a stream of writes loses nothing it
/// had acknowledged. Writes go through the AWS CLI (varied operations) and then as a burst of
/// concurrent signed requests, killed while some are still in flight.
class tst_SandboxPersistence : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList arguments() const
    {
        return {QStringLiteral("--data-dir"),
            m_dir.path(),
            QStringLiteral("--verify-delay"),
            QStringLiteral("0"),
            QStringLiteral("--review-delay"),
            QStringLiteral("3600")};
    }

private Q_SLOTS:
    void killNineLosesNothingAcknowledged()
    {
        QVERIFY(m_dir.isValid());
        SandboxProcess first(arguments());
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));

        // 1. Acknowledged writes of every kind, through the AWS CLI.
        SandboxCli cli(first);
        bool ok = false;
        cli.sesv2({QStringLiteral("create-email-identity"),
                      QStringLiteral("--email-identity"),
                      QStringLiteral("example.com"),
                      QStringLiteral("--tags"),
                      QStringLiteral("Key=kept,Value=yes")},
            &ok);
        QVERIFY(ok);
        cli.sesv2({QStringLiteral("create-configuration-set"),
                      QStringLiteral("--configuration-set-name"),
                      QStringLiteral("durable-set")},
            &ok);
        QVERIFY(ok);
        cli.sesv2({QStringLiteral("create-configuration-set-event-destination"),
                      QStringLiteral("--configuration-set-name"),
                      QStringLiteral("durable-set"),
                      QStringLiteral("--event-destination-name"),
                      QStringLiteral("to-sns"),
                      QStringLiteral("--event-destination"),
                      QStringLiteral("Enabled=true,MatchingEventTypes=SEND,BOUNCE,SnsDestination={TopicArn=arn:aws:sns:"
                                     "us-east-1:123456789012:ses-events}")},
            &ok);
        QVERIFY(ok);
        cli.sesv2({QStringLiteral("put-account-details"),
                      QStringLiteral("--production-access-enabled"),
                      QStringLiteral("--mail-type"),
                      QStringLiteral("TRANSACTIONAL"),
                      QStringLiteral("--website-url"),
                      QStringLiteral("https://example.com"),
                      QStringLiteral("--use-case-description"),
                      QStringLiteral("Receipts")},
            &ok);
        QVERIFY(ok);
        const QString messageId
            = cli.sesv2({QStringLiteral("send-email"),
                            QStringLiteral("--from-email-address"),
                            QStringLiteral("shop@example.com"),
                            QStringLiteral("--destination"),
                            QStringLiteral("ToAddresses=success@simulator.amazonses.com"),
                            QStringLiteral("--content"),
                            QStringLiteral("Simple={Subject={Data=Durable},Body={Text={Data=Kept}}}")},
                     &ok)
                  .value(QLatin1String("MessageId"))
                  .toString();
        QVERIFY(ok);

        // 2. A burst of concurrent CreateEmailIdentity requests; SIGKILL once some are acknowledged
        //    while others are still in flight.
        QNetworkAccessManager network;
        const QUrl url = first.url();
        Aws::Credentials credentials;
        credentials.accessKeyId = first.accessKeyId();
        credentials.secretAccessKey = first.secretAccessKey();
        QSet<QString> acknowledged;
        QSet<QString> attempted;
        QList<QNetworkReply *> replies;
        bool killed = false;
        for (int i = 0; i < 200; ++i) {
            const QString name = QStringLiteral("burst%1.example.org").arg(i);
            Aws::SigningRequest signing;
            signing.method = "POST";
            signing.path = "/v2/email/identities";
            signing.body
                = QJsonDocument(QJsonObject{{QStringLiteral("EmailIdentity"), name}}).toJson(QJsonDocument::Compact);
            signing.headers
                = {qMakePair(QByteArray("Host"), QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toLatin1()),
                    qMakePair(QByteArray("Content-Type"), QByteArray("application/json"))};
            Aws::SigV4Signer(QStringLiteral("us-east-1"), QStringLiteral("ses"))
                .sign(signing, credentials, QDateTime::currentDateTimeUtc());
            QNetworkRequest request(url.resolved(QUrl(QStringLiteral("/v2/email/identities"))));
            for (const auto &h : signing.headers) {
                if (h.first != "Host")
                    request.setRawHeader(h.first, h.second);
            }
            QNetworkReply *reply = network.post(request, signing.body);
            attempted.insert(name);
            connect(reply, &QNetworkReply::finished, this, [&, reply, name] {
                if (reply->error() == QNetworkReply::NoError
                    && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                    acknowledged.insert(name);
                if (!killed && acknowledged.size() >= 25) {
                    killed = true;
                    first.kill(); // SIGKILL: no clean shutdown, whatever is in flight is lost
                }
            });
            replies.append(reply);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(),
                                     replies.cend(),
                                     [](QNetworkReply *r) {
                                         return r->isFinished();
                                     }),
            120000);
        QVERIFY2(killed, "the Sandbox answered every request before it could be killed");
        QVERIFY(!first.isRunning());
        QVERIFY(acknowledged.size() >= 25);
        QVERIFY2(acknowledged.size() < attempted.size(), "nothing was in flight when the Sandbox died");
        qDeleteAll(replies);

        // 3. Restart on the same folder: everything acknowledged is there.
        SandboxProcess second(arguments());
        QVERIFY2(second.start(&error), qPrintable(error));
        SandboxCli again(second);
        QJsonObject identity = again.sesv2(
            {QStringLiteral("get-email-identity"), QStringLiteral("--email-identity"), QStringLiteral("example.com")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(
            identity.value(QLatin1String("Tags")).toArray().first().toObject().value(QLatin1String("Key")).toString(),
            QStringLiteral("kept"));
        const QJsonArray destinations = again
                                            .sesv2({QStringLiteral("get-configuration-set-event-destinations"),
                                                       QStringLiteral("--configuration-set-name"),
                                                       QStringLiteral("durable-set")},
                                                &ok)
                                            .value(QLatin1String("EventDestinations"))
                                            .toArray();
        QVERIFY(ok);
        QCOMPARE(destinations.size(), 1);
        QCOMPARE(again.sesv2({QStringLiteral("get-account")})
                     .value(QLatin1String("Details"))
                     .toObject()
                     .value(QLatin1String("ReviewDetails"))
                     .toObject()
                     .value(QLatin1String("Status"))
                     .toString(),
            QStringLiteral("PENDING"));
        QCOMPARE(again.control("GET", QStringLiteral("/_sandbox/messages/") + messageId).status, 200);
        QCOMPARE(
            again.sesv2({QStringLiteral("get-account")}).value(QLatin1String("ProductionAccessEnabled")).toBool(true),
            false);

        QSet<QString> present;
        QString token;
        do {
            QStringList args{QStringLiteral("list-email-identities"),
                QStringLiteral("--no-paginate"),
                QStringLiteral("--page-size"),
                QStringLiteral("1000")};
            if (!token.isEmpty())
                args << QStringLiteral("--next-token") << token;
            const QJsonObject page = again.sesv2(args, &ok);
            QVERIFY(ok);
            for (const auto &item : page.value(QLatin1String("EmailIdentities")).toArray())
                present.insert(item.toObject().value(QLatin1String("IdentityName")).toString());
            token = page.value(QLatin1String("NextToken")).toString();
        } while (!token.isEmpty());
        for (const QString &name : std::as_const(acknowledged))
            QVERIFY2(present.contains(name), qPrintable(QStringLiteral("acknowledged %1 was lost").arg(name)));
        // Nothing appears that was never asked for.
        for (const QString &name : std::as_const(present))
            QVERIFY2(name == QLatin1String("example.com") || attempted.contains(name), qPrintable(name));
        qInfo("%lld acknowledged of %lld attempted before SIGKILL; %lld present after restart",
            qlonglong(acknowledged.size()),
            qlonglong(attempted.size()),
            qlonglong(present.size() - 1));
    }
};

QTEST_MAIN(tst_SandboxPersistence)
#include "tst_sandbox_persistence.moc"
