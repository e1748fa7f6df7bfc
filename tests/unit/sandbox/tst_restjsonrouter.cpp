#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "sandbox/model/RestJsonRouter.h"
#include "sandbox/model/ServiceModel.h"

using Sandbox::RestJsonRouter;
using Sandbox::ServiceModel;

/// Routing by the sesv2 model's request URIs and binding of URI labels, query members and body.
class tst_RestJsonRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void match_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("value");

        QTest::newRow("account") << QByteArray("GET") << QByteArray("/v2/email/account") << "GetAccount" << QString()
                                 << QString();
        QTest::newRow("create identity") << QByteArray("POST") << QByteArray("/v2/email/identities")
                                         << "CreateEmailIdentity" << QString() << QString();
        QTest::newRow("get identity, encoded @")
            << QByteArray("GET") << QByteArray("/v2/email/identities/ops%2Balerts%40example.com") << "GetEmailIdentity"
            << "EmailIdentity"
            << "ops+alerts@example.com";
        QTest::newRow("plus stays plus in a path")
            << QByteArray("GET") << QByteArray("/v2/email/identities/a+b@example.com") << "GetEmailIdentity"
            << "EmailIdentity"
            << "a+b@example.com";
        QTest::newRow("literal beats label")
            << QByteArray("POST") << QByteArray("/v2/email/contact-lists/news/contacts/list") << "ListContacts"
            << "ContactListName"
            << "news";
        QTest::newRow("contact label") << QByteArray("GET")
                                       << QByteArray("/v2/email/contact-lists/news/contacts/a%40b.io") << "GetContact"
                                       << "EmailAddress"
                                       << "a@b.io";
        QTest::newRow("policy") << QByteArray("DELETE") << QByteArray("/v2/email/identities/example.com/policies/p1")
                                << "DeleteEmailIdentityPolicy"
                                << "PolicyName"
                                << "p1";
        QTest::newRow("dedicated ip label name differs")
            << QByteArray("PUT") << QByteArray("/v2/email/dedicated-ips/192.0.2.1/warmup")
            << "PutDedicatedIpWarmupAttributes"
            << "IP"
            << "192.0.2.1";
        QTest::newRow("wrong method") << QByteArray("PATCH") << QByteArray("/v2/email/account") << QString()
                                      << QString() << QString();
        QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/v2/email/nothing-here") << QString()
                                      << QString() << QString();
        QTest::newRow("empty label") << QByteArray("GET") << QByteArray("/v2/email/identities/") << QString()
                                     << QString() << QString();
    }

    void match()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QString, operation);
        QFETCH(QString, label);
        QFETCH(QString, value);
        const RestJsonRouter router(ServiceModel::sesv2());
        const Sandbox::RouteMatch route = router.match(method, path);
        QCOMPARE(route.operation ? route.operation->name : QString(), operation);
        if (!label.isEmpty())
            QCOMPARE(route.labels.value(label), value);
    }

    void bindsQueryAndLabels()
    {
        const RestJsonRouter router(ServiceModel::sesv2());
        const Sandbox::RouteMatch route = router.match("DELETE", "/v2/email/tags");
        QVERIFY(route);
        const Sandbox::JsonOutcome input = router.bindInput(route,
            "ResourceArn=arn%3Aaws%3Ases%3Aus-east-1%3A123456789012%3Aidentity%2Fexample.com&TagKeys=a&TagKeys=b%20c",
            {});
        QVERIFY(input.ok());
        QCOMPARE(input->value(QLatin1String("ResourceArn")).toString(),
            QStringLiteral("arn:aws:ses:us-east-1:123456789012:identity/example.com"));
        QCOMPARE(
            input->value(QLatin1String("TagKeys")).toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("b c")}));

        const Sandbox::RouteMatch list = router.match("GET", "/v2/email/identities");
        const Sandbox::JsonOutcome page = router.bindInput(list, "PageSize=5&NextToken=abc", {});
        QVERIFY(page.ok());
        QCOMPARE(page->value(QLatin1String("PageSize")).toInt(), 5);
        QCOMPARE(page->value(QLatin1String("NextToken")).toString(), QStringLiteral("abc"));

        const Sandbox::JsonOutcome bad = router.bindInput(list, "PageSize=five", {});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("BadRequestException"));
    }

    void uriLabelWinsOverBody()
    {
        const RestJsonRouter router(ServiceModel::sesv2());
        const Sandbox::RouteMatch route = router.match("PUT", "/v2/email/identities/example.com/feedback");
        const Sandbox::JsonOutcome input
            = router.bindInput(route, {}, "{\"EmailIdentity\":\"evil.com\",\"EmailForwardingEnabled\":false}");
        QVERIFY(input.ok());
        QCOMPARE(input->value(QLatin1String("EmailIdentity")).toString(), QStringLiteral("example.com"));
        QCOMPARE(input->value(QLatin1String("EmailForwardingEnabled")).toBool(true), false);
    }

    void rejectsNonJsonBody()
    {
        const RestJsonRouter router(ServiceModel::sesv2());
        const Sandbox::RouteMatch route = router.match("POST", "/v2/email/identities");
        const Sandbox::JsonOutcome input = router.bindInput(route, {}, "not json");
        QVERIFY(!input.ok());
        QCOMPARE(input.error().httpStatus, 400);
    }
};

QTEST_MAIN(tst_RestJsonRouter)
#include "tst_restjsonrouter.moc"
