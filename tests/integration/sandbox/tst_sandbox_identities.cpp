#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

namespace
{

QString readKey(const char *name)
{
    QFile f(QStringLiteral(SESDESK_TEST_DATA_DIR "/sandbox/") + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

const QString kArnPrefix = QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/");

} // namespace

/// Email identities through the unchanged AWS CLI: create/get/list/delete, DKIM (Easy and
/// BYODKIM), MAIL FROM, feedback, default configuration set, policies and tags, with SES's errors.
class tst_SandboxIdentities : public QObject
{
    Q_OBJECT

private:
    // Identities verify only when told to (or after an hour): the tests control every step.
    SandboxProcess m_sandbox{
        {QStringLiteral("--verify-delay"), QStringLiteral("3600"), QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_cli = std::make_unique<SandboxCli>(m_sandbox);
    }

    void createDomainWithEasyDkim()
    {
        bool ok = false;
        const QJsonObject created = m_cli->sesv2({QStringLiteral("create-email-identity"),
                                                     QStringLiteral("--email-identity"),
                                                     QStringLiteral("example.com"),
                                                     QStringLiteral("--tags"),
                                                     QStringLiteral("Key=team,Value=ops")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(created.value(QLatin1String("IdentityType")).toString(), QStringLiteral("DOMAIN"));
        QCOMPARE(created.value(QLatin1String("VerifiedForSendingStatus")).toBool(true), false);
        const QJsonObject dkim = created.value(QLatin1String("DkimAttributes")).toObject();
        QCOMPARE(dkim.value(QLatin1String("Status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(dkim.value(QLatin1String("SigningHostedZone")).toString(), QStringLiteral("dkim.amazonses.com"));
        QCOMPARE(dkim.value(QLatin1String("SigningAttributesOrigin")).toString(), QStringLiteral("AWS_SES"));
        const QJsonArray tokens = dkim.value(QLatin1String("Tokens")).toArray();
        QCOMPARE(tokens.size(), 3);
        static const QRegularExpression token(QStringLiteral("^[a-z2-7]{32}$"));
        for (const auto &t : tokens)
            QVERIFY2(token.match(t.toString()).hasMatch(), qPrintable(t.toString()));

        const QJsonObject got = m_cli->sesv2(
            {QStringLiteral("get-email-identity"), QStringLiteral("--email-identity"), QStringLiteral("EXAMPLE.com")});
        QCOMPARE(got.value(QLatin1String("VerificationStatus")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(got.value(QLatin1String("FeedbackForwardingStatus")).toBool(), true);
        QCOMPARE(got.value(QLatin1String("Tags")).toArray().first().toObject().value(QLatin1String("Key")).toString(),
            QStringLiteral("team"));
        QCOMPARE(
            got.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Tokens")).toArray(), tokens);
    }

    void verifyNowThroughTheControlApi()
    {
        const SandboxCli::Reply reply
            = m_cli->control("POST", QStringLiteral("/_sandbox/identities/example.com/verify"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QLatin1String("verificationStatus")).toString(), QStringLiteral("SUCCESS"));
        const QJsonObject got = m_cli->sesv2(
            {QStringLiteral("get-email-identity"), QStringLiteral("--email-identity"), QStringLiteral("example.com")});
        QCOMPARE(got.value(QLatin1String("VerificationStatus")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(got.value(QLatin1String("VerifiedForSendingStatus")).toBool(), true);
        QCOMPARE(got.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Status")).toString(),
            QStringLiteral("SUCCESS"));
        QVERIFY(got.value(QLatin1String("VerificationInfo"))
                    .toObject()
                    .value(QLatin1String("LastSuccessTimestamp"))
                    .isDouble());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::newRow("duplicate") << QStringList{QStringLiteral("create-email-identity"),
            QStringLiteral("--email-identity"),
            QStringLiteral("example.com")}
                                   << QStringLiteral("AlreadyExistsException")
                                   << QStringLiteral("Email identity example.com already exists.");
        QTest::newRow("invalid domain") << QStringList{QStringLiteral("create-email-identity"),
            QStringLiteral("--email-identity"),
            QStringLiteral("not a domain")}
                                        << QStringLiteral("BadRequestException")
                                        << QStringLiteral("Invalid domain name: not a domain");
        QTest::newRow("invalid address") << QStringList{QStringLiteral("create-email-identity"),
            QStringLiteral("--email-identity"),
            QStringLiteral("a@@example.com")}
                                         << QStringLiteral("BadRequestException")
                                         << QStringLiteral("Invalid email address: a@@example.com");
        QTest::newRow("unknown identity") << QStringList{QStringLiteral("get-email-identity"),
            QStringLiteral("--email-identity"),
            QStringLiteral("nobody.example.org")}
                                          << QStringLiteral("NotFoundException")
                                          << QStringLiteral("Email identity nobody.example.org does not exist.");
        QTest::newRow("delete unknown") << QStringList{QStringLiteral("delete-email-identity"),
            QStringLiteral("--email-identity"),
            QStringLiteral("nobody@example.org")}
                                        << QStringLiteral("NotFoundException")
                                        << QStringLiteral("Email identity nobody@example.org does not exist.");
        QTest::newRow("unknown default configuration set")
            << QStringList{QStringLiteral("put-email-identity-configuration-set-attributes"),
                   QStringLiteral("--email-identity"),
                   QStringLiteral("example.com"),
                   QStringLiteral("--configuration-set-name"),
                   QStringLiteral("missing-set")}
            << QStringLiteral("NotFoundException") << QStringLiteral("Configuration set <missing-set> does not exist.");
        QTest::newRow("mail from outside the domain")
            << QStringList{QStringLiteral("put-email-identity-mail-from-attributes"),
                   QStringLiteral("--email-identity"),
                   QStringLiteral("example.com"),
                   QStringLiteral("--mail-from-domain"),
                   QStringLiteral("bounce.example.org")}
            << QStringLiteral("BadRequestException") << QStringLiteral("Invalid MAIL FROM domain <bounce.example.org>");
        QTest::newRow("byodkim key too short")
            << QStringList{QStringLiteral("put-email-identity-dkim-signing-attributes"),
                   QStringLiteral("--email-identity"),
                   QStringLiteral("example.com"),
                   QStringLiteral("--signing-attributes-origin"),
                   QStringLiteral("EXTERNAL"),
                   QStringLiteral("--signing-attributes"),
                   QStringLiteral("DomainSigningSelector=s1,DomainSigningPrivateKey=")
                       + readKey("test-rsa-512-pkcs8.b64")}
            << QStringLiteral("BadRequestException") << QStringLiteral("Invalid DKIM private key");
        QTest::newRow("byodkim not rsa") << QStringList{QStringLiteral("put-email-identity-dkim-signing-attributes"),
            QStringLiteral("--email-identity"),
            QStringLiteral("example.com"),
            QStringLiteral("--signing-attributes-origin"),
            QStringLiteral("EXTERNAL"),
            QStringLiteral("--signing-attributes"),
            QStringLiteral("DomainSigningSelector=s1,DomainSigningPrivateKey=") + readKey("test-ec-p256-pkcs8.b64")}
                                         << QStringLiteral("BadRequestException")
                                         << QStringLiteral("Invalid DKIM private key");
        QTest::newRow("byodkim bad selector")
            << QStringList{QStringLiteral("put-email-identity-dkim-signing-attributes"),
                   QStringLiteral("--email-identity"),
                   QStringLiteral("example.com"),
                   QStringLiteral("--signing-attributes-origin"),
                   QStringLiteral("EXTERNAL"),
                   QStringLiteral("--signing-attributes"),
                   QStringLiteral("DomainSigningSelector=bad.selector,DomainSigningPrivateKey=")
                       + readKey("test-rsa-1024-pkcs1.b64")}
            << QStringLiteral("BadRequestException") << QStringLiteral("1 validation error detected");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const TestSupport::AwsCliError error = m_cli->sesv2Error(arguments);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    }

    void emailAddressesAreCaseSensitive()
    {
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("Sender@example.com")},
            &ok);
        QVERIFY(ok);
        const TestSupport::AwsCliError error = m_cli->sesv2Error({QStringLiteral("get-email-identity"),
            QStringLiteral("--email-identity"),
            QStringLiteral("sender@example.com")});
        QCOMPARE(error.code, QStringLiteral("NotFoundException"));
        // The domain part is not case-sensitive.
        const QJsonObject got = m_cli->sesv2({QStringLiteral("get-email-identity"),
                                                 QStringLiteral("--email-identity"),
                                                 QStringLiteral("Sender@EXAMPLE.COM")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(got.value(QLatin1String("IdentityType")).toString(), QStringLiteral("EMAIL_ADDRESS"));
        // It inherits the verified domain's DKIM, and can override signing.
        QCOMPARE(got.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Status")).toString(),
            QStringLiteral("SUCCESS"));
        m_cli->sesv2({QStringLiteral("put-email-identity-dkim-attributes"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("Sender@example.com"),
                         QStringLiteral("--no-signing-enabled")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli
                     ->sesv2({QStringLiteral("get-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("Sender@example.com")})
                     .value(QLatin1String("DkimAttributes"))
                     .toObject()
                     .value(QLatin1String("SigningEnabled"))
                     .toBool(true),
            false);
    }

    void listPagesWithNextToken()
    {
        bool ok = false;
        for (const char *name : {"a.example.net", "b.example.net", "c.example.net"}) {
            m_cli->sesv2({QStringLiteral("create-email-identity"),
                             QStringLiteral("--email-identity"),
                             QString::fromLatin1(name)},
                &ok);
            QVERIFY(ok);
        }
        QStringList seen;
        QString token;
        int pages = 0;
        do {
            QStringList args{QStringLiteral("list-email-identities"),
                QStringLiteral("--no-paginate"),
                QStringLiteral("--page-size"),
                QStringLiteral("2")};
            if (!token.isEmpty())
                args << QStringLiteral("--next-token") << token;
            const QJsonObject page = m_cli->sesv2(args, &ok);
            QVERIFY(ok);
            const QJsonArray items = page.value(QLatin1String("EmailIdentities")).toArray();
            QVERIFY(items.size() <= 2);
            for (const auto &item : items)
                seen.append(item.toObject().value(QLatin1String("IdentityName")).toString());
            token = page.value(QLatin1String("NextToken")).toString();
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen,
            (QStringList{QStringLiteral("Sender@example.com"),
                QStringLiteral("a.example.net"),
                QStringLiteral("b.example.net"),
                QStringLiteral("c.example.net"),
                QStringLiteral("example.com")}));

        const TestSupport::AwsCliError bad = m_cli->sesv2Error({QStringLiteral("list-email-identities"),
            QStringLiteral("--no-paginate"),
            QStringLiteral("--next-token"),
            QStringLiteral("not-a-token")});
        QCOMPARE(bad.code, QStringLiteral("BadRequestException"));
    }

    void byodkimAndBackToEasyDkim()
    {
        bool ok = false;
        const QJsonObject external
            = m_cli->sesv2({QStringLiteral("put-email-identity-dkim-signing-attributes"),
                               QStringLiteral("--email-identity"),
                               QStringLiteral("a.example.net"),
                               QStringLiteral("--signing-attributes-origin"),
                               QStringLiteral("EXTERNAL"),
                               QStringLiteral("--signing-attributes"),
                               QStringLiteral("DomainSigningSelector=sel1,DomainSigningPrivateKey=")
                                   + readKey("test-rsa-2048-pkcs8.b64")},
                &ok);
        QVERIFY(ok);
        QCOMPARE(external.value(QLatin1String("DkimStatus")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(external.value(QLatin1String("DkimTokens")).toArray().size(), 0);
        QJsonObject dkim = m_cli
                               ->sesv2({QStringLiteral("get-email-identity"),
                                   QStringLiteral("--email-identity"),
                                   QStringLiteral("a.example.net")})
                               .value(QLatin1String("DkimAttributes"))
                               .toObject();
        QCOMPARE(dkim.value(QLatin1String("SigningAttributesOrigin")).toString(), QStringLiteral("EXTERNAL"));
        QCOMPARE(dkim.value(QLatin1String("CurrentSigningKeyLength")).toString(), QStringLiteral("RSA_2048_BIT"));

        const QJsonObject easy = m_cli->sesv2({QStringLiteral("put-email-identity-dkim-signing-attributes"),
                                                  QStringLiteral("--email-identity"),
                                                  QStringLiteral("a.example.net"),
                                                  QStringLiteral("--signing-attributes-origin"),
                                                  QStringLiteral("AWS_SES"),
                                                  QStringLiteral("--signing-attributes"),
                                                  QStringLiteral("NextSigningKeyLength=RSA_1024_BIT")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(easy.value(QLatin1String("DkimTokens")).toArray().size(), 3);
        QCOMPARE(easy.value(QLatin1String("SigningHostedZone")).toString(), QStringLiteral("dkim.amazonses.com"));
        dkim = m_cli
                   ->sesv2({QStringLiteral("get-email-identity"),
                       QStringLiteral("--email-identity"),
                       QStringLiteral("a.example.net")})
                   .value(QLatin1String("DkimAttributes"))
                   .toObject();
        QCOMPARE(dkim.value(QLatin1String("NextSigningKeyLength")).toString(), QStringLiteral("RSA_1024_BIT"));

        // Creating a domain with BYODKIM straight away (PKCS #1 key).
        const QJsonObject created
            = m_cli->sesv2({QStringLiteral("create-email-identity"),
                               QStringLiteral("--email-identity"),
                               QStringLiteral("byo.example.net"),
                               QStringLiteral("--dkim-signing-attributes"),
                               QStringLiteral("DomainSigningSelector=s2023,DomainSigningPrivateKey=")
                                   + readKey("test-rsa-1024-pkcs1.b64")},
                &ok);
        QVERIFY(ok);
        QCOMPARE(created.value(QLatin1String("DkimAttributes"))
                     .toObject()
                     .value(QLatin1String("SigningAttributesOrigin"))
                     .toString(),
            QStringLiteral("EXTERNAL"));
    }

    void mailFromFeedbackAndDkimSwitch()
    {
        bool ok = false;
        m_cli->sesv2({QStringLiteral("put-email-identity-mail-from-attributes"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--mail-from-domain"),
                         QStringLiteral("bounce.example.com"),
                         QStringLiteral("--behavior-on-mx-failure"),
                         QStringLiteral("REJECT_MESSAGE")},
            &ok);
        QVERIFY(ok);
        m_cli->sesv2({QStringLiteral("put-email-identity-feedback-attributes"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--no-email-forwarding-enabled")},
            &ok);
        QVERIFY(ok);
        m_cli->sesv2({QStringLiteral("put-email-identity-dkim-attributes"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--no-signing-enabled")},
            &ok);
        QVERIFY(ok);
        const QJsonObject got = m_cli->sesv2(
            {QStringLiteral("get-email-identity"), QStringLiteral("--email-identity"), QStringLiteral("example.com")});
        const QJsonObject mailFrom = got.value(QLatin1String("MailFromAttributes")).toObject();
        QCOMPARE(mailFrom.value(QLatin1String("MailFromDomain")).toString(), QStringLiteral("bounce.example.com"));
        QCOMPARE(mailFrom.value(QLatin1String("MailFromDomainStatus")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(mailFrom.value(QLatin1String("BehaviorOnMxFailure")).toString(), QStringLiteral("REJECT_MESSAGE"));
        QCOMPARE(got.value(QLatin1String("FeedbackForwardingStatus")).toBool(true), false);
        QCOMPARE(
            got.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("SigningEnabled")).toBool(true),
            false);

        // Removing the custom MAIL FROM domain.
        m_cli->sesv2({QStringLiteral("put-email-identity-mail-from-attributes"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com")},
            &ok);
        QVERIFY(ok);
        QVERIFY(!m_cli
                     ->sesv2({QStringLiteral("get-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com")})
                     .contains(QLatin1String("MailFromAttributes")));
    }

    void policies()
    {
        const QString arn = kArnPrefix + QStringLiteral("example.com");
        const QString policy
            = QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":["
                             "\"111122223333\"]},"
                             "\"Action\":[\"ses:SendEmail\",\"ses:SendRawEmail\"],\"Resource\":\"%1\"}]}")
                  .arg(arn);
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-email-identity-policy"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--policy-name"),
                         QStringLiteral("delegate"),
                         QStringLiteral("--policy"),
                         policy},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("create-email-identity-policy"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--policy-name"),
                         QStringLiteral("delegate"),
                         QStringLiteral("--policy"),
                         policy})
                     .code,
            QStringLiteral("AlreadyExistsException"));
        QJsonObject policies = m_cli
                                   ->sesv2({QStringLiteral("get-email-identity-policies"),
                                       QStringLiteral("--email-identity"),
                                       QStringLiteral("example.com")})
                                   .value(QLatin1String("Policies"))
                                   .toObject();
        QCOMPARE(policies.value(QLatin1String("delegate")).toString(), policy);

        const QString wrongResource = QString(policy).replace(arn, kArnPrefix + QStringLiteral("other.com"));
        const TestSupport::AwsCliError invalid = m_cli->sesv2Error({QStringLiteral("update-email-identity-policy"),
            QStringLiteral("--email-identity"),
            QStringLiteral("example.com"),
            QStringLiteral("--policy-name"),
            QStringLiteral("delegate"),
            QStringLiteral("--policy"),
            wrongResource});
        QCOMPARE(invalid.code, QStringLiteral("BadRequestException"));
        QVERIFY2(invalid.message.contains(arn), qPrintable(invalid.message));
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("create-email-identity-policy"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--policy-name"),
                         QStringLiteral("bad name"),
                         QStringLiteral("--policy"),
                         policy})
                     .code,
            QStringLiteral("BadRequestException"));
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("create-email-identity-policy"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--policy-name"),
                         QStringLiteral("broken"),
                         QStringLiteral("--policy"),
                         QStringLiteral("{not json")})
                     .code,
            QStringLiteral("BadRequestException"));

        m_cli->sesv2({QStringLiteral("delete-email-identity-policy"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--policy-name"),
                         QStringLiteral("delegate")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("delete-email-identity-policy"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--policy-name"),
                         QStringLiteral("delegate")})
                     .code,
            QStringLiteral("NotFoundException"));
    }

    void tags()
    {
        const QString arn = kArnPrefix + QStringLiteral("example.com");
        bool ok = false;
        m_cli->sesv2({QStringLiteral("tag-resource"),
                         QStringLiteral("--resource-arn"),
                         arn,
                         QStringLiteral("--tags"),
                         QStringLiteral("Key=env,Value=test"),
                         QStringLiteral("Key=team,Value=mail")},
            &ok);
        QVERIFY(ok);
        QJsonArray tags
            = m_cli->sesv2({QStringLiteral("list-tags-for-resource"), QStringLiteral("--resource-arn"), arn})
                  .value(QLatin1String("Tags"))
                  .toArray();
        QCOMPARE(tags.size(), 2);
        m_cli->sesv2({QStringLiteral("untag-resource"),
                         QStringLiteral("--resource-arn"),
                         arn,
                         QStringLiteral("--tag-keys"),
                         QStringLiteral("team")},
            &ok);
        QVERIFY(ok);
        tags = m_cli->sesv2({QStringLiteral("list-tags-for-resource"), QStringLiteral("--resource-arn"), arn})
                   .value(QLatin1String("Tags"))
                   .toArray();
        QCOMPARE(tags,
            (QJsonArray{QJsonObject{
                {QStringLiteral("Key"), QStringLiteral("env")}, {QStringLiteral("Value"), QStringLiteral("test")}}}));
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("list-tags-for-resource"),
                         QStringLiteral("--resource-arn"),
                         kArnPrefix + QStringLiteral("nope.example")})
                     .code,
            QStringLiteral("NotFoundException"));
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("list-tags-for-resource"),
                         QStringLiteral("--resource-arn"),
                         QStringLiteral("not-an-arn")})
                     .code,
            QStringLiteral("BadRequestException"));
    }

    void deleteIdentity()
    {
        bool ok = false;
        m_cli->sesv2({QStringLiteral("delete-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("c.example.net")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("get-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("c.example.net")})
                     .code,
            QStringLiteral("NotFoundException"));
    }
};

QTEST_MAIN(tst_SandboxIdentities)
#include "tst_sandbox_identities.moc"
