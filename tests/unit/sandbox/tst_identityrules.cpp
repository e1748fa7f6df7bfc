#include <QJsonArray>
#include <QTest>

#include "sandbox/state/IdentityLifecycle.h"
#include "sandbox/state/IdentityName.h"
#include "sandbox/state/MailAddress.h"
#include "sandbox/state/NameRules.h"
#include "sandbox/state/PageToken.h"
#include "sandbox/state/ResourceArn.h"
#include "sandbox/state/Timestamps.h"

using namespace Sandbox;

namespace
{
const QDateTime kT0(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);
}

/// The value rules of identities and names: parsing, SES's case rules, verification over time.
class tst_IdentityRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("key");

        QTest::newRow("domain") << "example.com" << true << "DOMAIN"
                                << "example.com";
        QTest::newRow("domain case-insensitive") << "Mail.Example.COM" << true << "DOMAIN"
                                                 << "mail.example.com";
        QTest::newRow("punycode domain") << "xn--bcher-kva.example" << true << "DOMAIN"
                                         << "xn--bcher-kva.example";
        QTest::newRow("address keeps local case") << "Sender@Example.com" << true << "EMAIL_ADDRESS"
                                                  << "Sender@example.com";
        QTest::newRow("plus label") << "ops+alerts@example.com" << true << "EMAIL_ADDRESS"
                                    << "ops+alerts@example.com";
        QTest::newRow("single label") << "localhost" << false << QString() << QString();
        QTest::newRow("space") << "not a domain" << false << QString() << QString();
        QTest::newRow("leading hyphen") << "-bad.example.com" << false << QString() << QString();
        QTest::newRow("underscore") << "bad_name.example.com" << false << QString() << QString();
        QTest::newRow("two at signs") << "a@b@example.com" << false << QString() << QString();
        QTest::newRow("unicode domain") << QStringLiteral("bücher.example") << false << QString() << QString();
        QTest::newRow("display name") << "Jane <jane@example.com>" << false << QString() << QString();
        QTest::newRow("label too long") << QString(QString(64, QLatin1Char('a')) + QStringLiteral(".com")) << false
                                        << QString() << QString();
    }

    void identityName()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, type);
        QFETCH(QString, key);
        const Outcome<IdentityName> name = IdentityName::parse(input);
        QCOMPARE(name.ok(), valid);
        if (!valid) {
            QCOMPARE(name.error().code, QStringLiteral("BadRequestException"));
            QVERIFY(name.error().message.contains(input));
            return;
        }
        QCOMPARE(name->typeName(), type);
        QCOMPARE(name->key(), key);
    }

    void mailAddress_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("withoutLabel");

        QTest::newRow("bare") << "a@example.com" << true << QString() << "a@example.com"
                              << "a@example.com";
        QTest::newRow("display") << "Jane Doe <jane@example.com>" << true << "Jane Doe"
                                 << "jane@example.com"
                                 << "jane@example.com";
        QTest::newRow("quoted") << "\"Doe, Jane\" <jane@example.com>" << true << "Doe, Jane"
                                << "jane@example.com"
                                << "jane@example.com";
        QTest::newRow("unicode display") << QStringLiteral("Zoë <zoe@example.com>") << true << QStringLiteral("Zoë")
                                         << "zoe@example.com"
                                         << "zoe@example.com";
        QTest::newRow("label") << "bounce+run42@simulator.amazonses.com" << true << QString()
                               << "bounce+run42@simulator.amazonses.com"
                               << "bounce@simulator.amazonses.com";
        QTest::newRow("no domain") << "jane@" << false << QString() << QString() << QString();
        QTest::newRow("no at") << "jane.example.com" << false << QString() << QString() << QString();
        QTest::newRow("non-ascii local") << QStringLiteral("zoë@example.com") << false << QString() << QString()
                                         << QString();
        QTest::newRow("unclosed") << "Jane <jane@example.com" << false << QString() << QString() << QString();
    }

    void mailAddress()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, displayName);
        QFETCH(QString, address);
        QFETCH(QString, withoutLabel);
        const auto parsed = MailAddress::parse(input);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(parsed->displayName, displayName);
        QCOMPARE(parsed->address, address);
        QCOMPARE(parsed->withoutLabel(), withoutLabel);
    }

    void domainVerifiesWithDkimAfterDelay()
    {
        QJsonObject identity
            = IdentityLifecycle::newIdentity(IdentityName::parse(QStringLiteral("example.com")).value(), kT0, 5);
        IdentityLifecycle::applyEasyDkim(identity,
            {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, QStringLiteral("dkim.amazonses.com")},
            kT0,
            5);
        QVERIFY(!IdentityLifecycle::settle(identity, kT0.addSecs(4)));
        QCOMPARE(identity.value(QLatin1String("VerificationStatus")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(identity.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Status")).toString(),
            QStringLiteral("PENDING"));
        QVERIFY(IdentityLifecycle::settle(identity, kT0.addSecs(5)));
        QCOMPARE(identity.value(QLatin1String("VerificationStatus")).toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(identity.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Status")).toString(),
            QStringLiteral("SUCCESS"));
        QCOMPARE(Timestamps::fromJson(identity.value(QLatin1String("VerificationInfo"))
                                          .toObject()
                                          .value(QLatin1String("LastSuccessTimestamp"))),
            kT0.addSecs(5));
        QVERIFY(!IdentityLifecycle::settle(identity, kT0.addSecs(60)));
        const QJsonObject visible = IdentityLifecycle::withoutInternals(identity);
        for (const QString &key : visible.keys())
            QVERIFY2(!key.startsWith(QLatin1Char('_')), qPrintable(key));
    }

    void forcedStatuses_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("dkim");
        QTest::newRow("success") << "SUCCESS"
                                 << "SUCCESS";
        QTest::newRow("failed") << "FAILED"
                                << "FAILED";
        QTest::newRow("temporary failure") << "TEMPORARY_FAILURE"
                                           << "TEMPORARY_FAILURE";
    }

    void forcedStatuses()
    {
        QFETCH(QString, status);
        QFETCH(QString, dkim);
        QJsonObject identity
            = IdentityLifecycle::newIdentity(IdentityName::parse(QStringLiteral("example.com")).value(), kT0, 3600);
        IdentityLifecycle::applyEasyDkim(
            identity, {{QStringLiteral("a")}, QStringLiteral("dkim.amazonses.com")}, kT0, 3600);
        IdentityLifecycle::forceStatus(identity, status, kT0.addSecs(1));
        QCOMPARE(identity.value(QLatin1String("VerificationStatus")).toString(), status);
        QCOMPARE(
            identity.value(QLatin1String("DkimAttributes")).toObject().value(QLatin1String("Status")).toString(), dkim);
        // A failure stays: the delay passing does not verify it any more.
        IdentityLifecycle::settle(identity, kT0.addSecs(7200));
        QCOMPARE(identity.value(QLatin1String("VerificationStatus")).toString(), status);
    }

    void mailFromVerifiesAfterDelayAndKeepsSuccess()
    {
        QJsonObject identity
            = IdentityLifecycle::newIdentity(IdentityName::parse(QStringLiteral("example.com")).value(), kT0, 0);
        IdentityLifecycle::applyMailFrom(identity, QStringLiteral("mail.example.com"), QString(), kT0, 10);
        QCOMPARE(identity.value(QLatin1String("MailFromAttributes"))
                     .toObject()
                     .value(QLatin1String("BehaviorOnMxFailure"))
                     .toString(),
            QStringLiteral("USE_DEFAULT_VALUE"));
        IdentityLifecycle::settle(identity, kT0.addSecs(10));
        QCOMPARE(identity.value(QLatin1String("MailFromAttributes"))
                     .toObject()
                     .value(QLatin1String("MailFromDomainStatus"))
                     .toString(),
            QStringLiteral("SUCCESS"));
        // Changing only the behaviour keeps the verified domain verified.
        IdentityLifecycle::applyMailFrom(
            identity, QStringLiteral("mail.example.com"), QStringLiteral("REJECT_MESSAGE"), kT0.addSecs(20), 10);
        QCOMPARE(identity.value(QLatin1String("MailFromAttributes"))
                     .toObject()
                     .value(QLatin1String("MailFromDomainStatus"))
                     .toString(),
            QStringLiteral("SUCCESS"));
        IdentityLifecycle::applyMailFrom(identity, QString(), QString(), kT0.addSecs(30), 10);
        QVERIFY(!identity.contains(QLatin1String("MailFromAttributes")));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "my-set_1" << true;
        QTest::newRow("64 chars") << QString(64, QLatin1Char('x')) << true;
        QTest::newRow("65 chars") << QString(65, QLatin1Char('x')) << false;
        QTest::newRow("space") << "my set" << false;
        QTest::newRow("dot") << "my.set" << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("accent") << QStringLiteral("café") << false;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(NameRules::configurationSetName(name).ok(), valid);
        QCOMPARE(NameRules::poolName(name).ok(), valid);
        if (!valid)
            QCOMPARE(NameRules::eventDestinationName(name).error().code, QStringLiteral("BadRequestException"));
    }

    void tags()
    {
        auto tag = [](const QString &k, const QString &v) {
            return QJsonObject{{QStringLiteral("Key"), k}, {QStringLiteral("Value"), v}};
        };
        QVERIFY(NameRules::tags(QJsonArray{tag(QStringLiteral("team"), QStringLiteral("ops"))}).ok());
        QVERIFY(!NameRules::tags(QJsonArray{tag(QStringLiteral("aws:owner"), QStringLiteral("x"))}).ok());
        QVERIFY(!NameRules::tags(
            QJsonArray{tag(QStringLiteral("a"), QStringLiteral("1")), tag(QStringLiteral("a"), QStringLiteral("2"))})
                     .ok());
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(tag(QStringLiteral("k%1").arg(i), QString()));
        QVERIFY(!NameRules::tags(many).ok());
        const QJsonArray merged = NameRules::mergeTags(QJsonArray{tag(QStringLiteral("a"), QStringLiteral("1"))},
            QJsonArray{tag(QStringLiteral("a"), QStringLiteral("2")), tag(QStringLiteral("b"), QStringLiteral("3"))});
        QCOMPARE(merged,
            (QJsonArray{tag(QStringLiteral("a"), QStringLiteral("2")), tag(QStringLiteral("b"), QStringLiteral("3"))}));
        QCOMPARE(NameRules::removeTags(merged, {QStringLiteral("a")}),
            (QJsonArray{tag(QStringLiteral("b"), QStringLiteral("3"))}));
    }

    void pageTokens()
    {
        const QString token = PageToken::encode(QStringLiteral("user@example.com"));
        QCOMPARE(PageToken::decode(token).value(), QStringLiteral("user@example.com"));
        QCOMPARE(PageToken::decode(QString()).value(), QString());
        QVERIFY(!PageToken::decode(QStringLiteral("garbage!")).ok());
        QVERIFY(!PageToken::decode(QStringLiteral("Zm9vYmFy")).ok()); // base64 of something else
        QCOMPARE(PageToken::pageSize(QJsonObject(), 100, 1000).value(), 100);
        QCOMPARE(PageToken::pageSize(QJsonObject{{QStringLiteral("PageSize"), 7}}, 100, 1000).value(), 7);
        QVERIFY(!PageToken::pageSize(QJsonObject{{QStringLiteral("PageSize"), 0}}, 100, 1000).ok());
        QVERIFY(!PageToken::pageSize(QJsonObject{{QStringLiteral("PageSize"), 1001}}, 100, 1000).ok());
    }

    void arns()
    {
        const auto arn
            = ResourceArn::parse(QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/user@example.com"));
        QVERIFY(arn);
        QCOMPARE(arn->resourceType, QStringLiteral("identity"));
        QCOMPARE(arn->resourceName, QStringLiteral("user@example.com"));
        QCOMPARE(arn->toString(), QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/user@example.com"));
        QVERIFY(!ResourceArn::parse(QStringLiteral("arn:aws:sns:us-east-1:123456789012:topic")));
        QVERIFY(!ResourceArn::parse(QStringLiteral("identity/example.com")));
        QVERIFY(!ResourceArn::parse(QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/")));
    }
};

QTEST_MAIN(tst_IdentityRules)
#include "tst_identityrules.moc"
