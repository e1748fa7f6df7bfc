#include <QJsonDocument>
#include <QTest>

#include "sandbox/model/ServiceModel.h"
#include "sandbox/model/ShapeValidator.h"

using Sandbox::ServiceModel;
using Sandbox::ShapeValidator;

/// The model-driven request validation: AWS's constraints and wording, from botocore's sesv2 model.
class tst_ShapeValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelLoads()
    {
        const auto model = ServiceModel::sesv2();
        QVERIFY(model);
        QCOMPARE(model->metadata().value(QLatin1String("signingName")).toString(), QStringLiteral("ses"));
        QVERIFY(model->operation(QStringLiteral("SendEmail")));
        QCOMPARE(model->operation(QStringLiteral("CreateEmailIdentity"))->requestUri,
            QStringLiteral("/v2/email/identities"));
        QVERIFY(model->operations().size() > 100);
    }

    void input_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("valid identity") << "CreateEmailIdentityRequest"
                                        << QByteArray("{\"EmailIdentity\":\"example.com\"}") << QStringList();
        QTest::newRow("missing required")
            << "CreateEmailIdentityRequest" << QByteArray("{}")
            << QStringList{QStringLiteral(
                   "Value null at 'emailIdentity' failed to satisfy constraint: Member must not be null")};
        QTest::newRow("empty string under min length")
            << "CreateEmailIdentityRequest" << QByteArray("{\"EmailIdentity\":\"\"}")
            << QStringList{QStringLiteral("Value '' at 'emailIdentity' failed to satisfy constraint: Member must have "
                                          "length greater than or equal to 1")};
        QTest::newRow("enum") << "PutAccountDetailsRequest"
                              << QByteArray("{\"MailType\":\"SPAM\",\"WebsiteURL\":\"https://example.com\"}")
                              << QStringList{
                                     QStringLiteral("Value 'SPAM' at 'mailType' failed to satisfy constraint: Member "
                                                    "must satisfy enum value set: [MARKETING, TRANSACTIONAL]")};
        QTest::newRow("list too long (sensitive: not echoed)")
            << "PutAccountDetailsRequest"
            << QByteArray("{\"MailType\":\"MARKETING\",\"WebsiteURL\":\"https://"
                          "example.com\",\"AdditionalContactEmailAddresses\":[\"a@x.io\",\"b@x.io\",\"c@x.io\",\"d@x."
                          "io\",\"e@x.io\"]}")
            << QStringList{QStringLiteral("Value '***' at 'additionalContactEmailAddresses' failed "
                                          "to satisfy constraint: Member must have length less than or equal to 4")};
        QTest::newRow("nested required")
            << "SendEmailRequest" << QByteArray("{\"Content\":{\"Simple\":{\"Body\":{}}}}")
            << QStringList{QStringLiteral(
                   "Value null at 'content.simple.subject' failed to satisfy constraint: Member must not be null")};
        QTest::newRow("pattern on selector, key redacted? no: selector is not sensitive")
            << "CreateEmailIdentityRequest"
            << QByteArray("{\"EmailIdentity\":\"example.com\",\"DkimSigningAttributes\":{\"DomainSigningSelector\":"
                          "\"bad.selector\",\"DomainSigningPrivateKey\":\"AAAA\"}}")
            << QStringList{QStringLiteral(
                   "Value 'bad.selector' at 'dkimSigningAttributes.domainSigningSelector' failed to satisfy "
                   "constraint: Member must satisfy regular expression pattern: "
                   "^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9\\-]*[a-zA-Z0-9]))$")};
        QTest::newRow("sensitive value not echoed")
            << "CreateEmailIdentityRequest"
            << QByteArray("{\"EmailIdentity\":\"example.com\",\"DkimSigningAttributes\":{\"DomainSigningSelector\":"
                          "\"s1\",\"DomainSigningPrivateKey\":\"not base64!\"}}")
            << QStringList{QStringLiteral(
                   "Value '***' at 'dkimSigningAttributes.domainSigningPrivateKey' failed to satisfy constraint: "
                   "Member must satisfy regular expression pattern: ^[a-zA-Z0-9+\\/]+={0,2}$")};
        QTest::newRow("wrong type")
            << "PutAccountSendingAttributesRequest" << QByteArray("{\"SendingEnabled\":\"yes\"}")
            << QStringList{QStringLiteral(
                   "Value 'yes' at 'sendingEnabled' failed to satisfy constraint: Member must be a boolean")};
        QTest::newRow("unknown input members ignored")
            << "GetAccountRequest" << QByteArray("{\"Whatever\":1}") << QStringList();
    }

    void input()
    {
        QFETCH(QString, shape);
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const auto model = ServiceModel::sesv2();
        QVERIFY(model->hasShape(shape));
        const QStringList violations = ShapeValidator(*model).validate(shape, QJsonDocument::fromJson(json).object());
        QCOMPARE(violations, expected);
    }

    void summaryWording()
    {
        QCOMPARE(ShapeValidator::summary({QStringLiteral("a")}), QStringLiteral("1 validation error detected: a"));
        QCOMPARE(ShapeValidator::summary({QStringLiteral("a"), QStringLiteral("b")}),
            QStringLiteral("2 validation errors detected: a; b"));
        QCOMPARE(ShapeValidator::summary({}), QString());
    }

    void outputRejectsUnknownMembers()
    {
        const auto model = ServiceModel::sesv2();
        ShapeValidator output(*model, ShapeValidator::Direction::Output);
        QVERIFY(output
                    .validate(QStringLiteral("GetAccountResponse"),
                        QJsonDocument::fromJson("{\"SendingEnabled\":true}").object())
                    .isEmpty());
        const QStringList violations = output.validate(QStringLiteral("GetAccountResponse"),
            QJsonDocument::fromJson("{\"SendingEnabled\":true,\"Sending\":1}").object());
        QCOMPARE(violations.size(), 1);
        QVERIFY2(violations.first().contains(QLatin1String("'sending'")), qPrintable(violations.first()));
    }
};

QTEST_MAIN(tst_ShapeValidator)
#include "tst_shapevalidator.moc"
