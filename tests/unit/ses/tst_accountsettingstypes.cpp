#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "models/ses/AccountSettingsTypes.h"

/// The account-settings requests SesDesk sends match botocore's sesv2 model: every member
/// exists in the input shape, required ones are present, enum values are allowed, and limits
/// (lengths, list sizes) are the model's.
class TestAccountSettingsTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void putAccountDetailsMatchesTheModel();
    void vdmAttributesMatchTheModel();
    void limitsAreTheModels();
    void splitsAddresses();

private:
    /// Checks json against the named shape, recursively; returns the problems.
    QStringList check(const QJsonObject &json, const QString &shape) const;

    QJsonObject m_shapes;
};

void TestAccountSettingsTypes::initTestCase()
{
    QProcess python;
    python.start(QStringLiteral(SESDESK_PYTHON3),
        {QStringLiteral("-c"),
            QStringLiteral("import gzip,json,sys; m=json.load(gzip.open(sys.argv[1])); print(json.dumps(m['shapes']))"),
            QStringLiteral(SESDESK_BOTOCORE_DIR "/data/sesv2/2019-09-27/service-2.json.gz")});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    m_shapes = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QVERIFY(m_shapes.contains(QStringLiteral("PutAccountDetailsRequest")));
}

QStringList TestAccountSettingsTypes::check(const QJsonObject &json, const QString &shapeName) const
{
    QStringList problems;
    const QJsonObject shape = m_shapes.value(shapeName).toObject();
    const QJsonObject members = shape.value(QStringLiteral("members")).toObject();
    for (const QJsonValue &required : shape.value(QStringLiteral("required")).toArray()) {
        if (!json.contains(required.toString()))
            problems << QStringLiteral("%1: required %2 missing").arg(shapeName, required.toString());
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!members.contains(it.key())) {
            problems << QStringLiteral("%1 has no member %2").arg(shapeName, it.key());
            continue;
        }
        const QString memberShape = members.value(it.key()).toObject().value(QStringLiteral("shape")).toString();
        const QJsonObject m = m_shapes.value(memberShape).toObject();
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("structure"))
            problems += check(it.value().toObject(), memberShape);
        else if (type == QLatin1String("boolean") && !it.value().isBool())
            problems << QStringLiteral("%1.%2 is not a boolean").arg(shapeName, it.key());
        else if (type == QLatin1String("string") && m.contains(QStringLiteral("enum"))
            && !m.value(QStringLiteral("enum")).toArray().contains(it.value()))
            problems << QStringLiteral("%1.%2 = %3 is not in the enum").arg(shapeName, it.key(), it.value().toString());
        else if (type == QLatin1String("list") && !it.value().isArray())
            problems << QStringLiteral("%1.%2 is not a list").arg(shapeName, it.key());
    }
    return problems;
}

void TestAccountSettingsTypes::putAccountDetailsMatchesTheModel()
{
    Ses::PutAccountDetailsRequest r;
    r.mailType = QStringLiteral("TRANSACTIONAL");
    r.websiteUrl = QStringLiteral("https://example.com");
    r.contactLanguage = QStringLiteral("JA");
    r.useCaseDescription = QStringLiteral("Receipts");
    r.additionalContactEmailAddresses = {QStringLiteral("ops@example.com")};
    QVERIFY(r.validate().isEmpty());
    const QStringList problems = check(r.toJson(), QStringLiteral("PutAccountDetailsRequest"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Optional members are left out when empty, as the AWS CLI does.
    r.additionalContactEmailAddresses.clear();
    r.contactLanguage.clear();
    QVERIFY(!r.toJson().contains(QStringLiteral("AdditionalContactEmailAddresses")));
    QVERIFY(!r.toJson().contains(QStringLiteral("ContactLanguage")));
    QVERIFY(check(r.toJson(), QStringLiteral("PutAccountDetailsRequest")).isEmpty());
}

void TestAccountSettingsTypes::vdmAttributesMatchTheModel()
{
    Ses::VdmAttributes vdm;
    vdm.vdmEnabled = true;
    vdm.engagementMetrics = true;
    vdm.optimizedSharedDelivery = false;
    const QJsonObject request{{QStringLiteral("VdmAttributes"), vdm.toJson()}};
    const QStringList problems = check(request, QStringLiteral("PutAccountVdmAttributesRequest"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(vdm.toJson().value(QStringLiteral("VdmEnabled")).toString(), QStringLiteral("ENABLED"));
    const QJsonObject suppression{{QStringLiteral("SuppressedReasons"), QJsonArray{QStringLiteral("BOUNCE")}}};
    QVERIFY(check(suppression, QStringLiteral("PutAccountSuppressionAttributesRequest")).isEmpty());
    QVERIFY(check(
        QJsonObject{{QStringLiteral("SendingEnabled"), false}}, QStringLiteral("PutAccountSendingAttributesRequest"))
                .isEmpty());
}

void TestAccountSettingsTypes::limitsAreTheModels()
{
    QCOMPARE(m_shapes.value(QStringLiteral("WebsiteURL")).toObject().value(QStringLiteral("max")).toInt(),
        Ses::PutAccountDetailsRequest::MaxWebsiteUrlLength);
    QCOMPARE(m_shapes.value(QStringLiteral("UseCaseDescription")).toObject().value(QStringLiteral("max")).toInt(),
        Ses::PutAccountDetailsRequest::MaxUseCaseDescriptionLength);
    QCOMPARE(m_shapes.value(QStringLiteral("AdditionalContactEmailAddresses"))
                 .toObject()
                 .value(QStringLiteral("max"))
                 .toInt(),
        Ses::PutAccountDetailsRequest::MaxAdditionalContacts);
    const QJsonObject address = m_shapes.value(QStringLiteral("AdditionalContactEmailAddress")).toObject();
    QCOMPARE(address.value(QStringLiteral("min")).toInt(), Ses::PutAccountDetailsRequest::MinContactLength);
    QCOMPARE(address.value(QStringLiteral("max")).toInt(), Ses::PutAccountDetailsRequest::MaxContactLength);

    Ses::PutAccountDetailsRequest r;
    r.mailType = QStringLiteral("MARKETING");
    r.websiteUrl = QStringLiteral("https://example.com/") + QString(1000, QLatin1Char('a'));
    r.useCaseDescription = QString(5001, QLatin1Char('x'));
    const QList<Ses::FieldProblem> problems = r.validate();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, QStringLiteral("WebsiteURL"));
    QVERIFY(problems.at(0).message.startsWith(QStringLiteral("Website URL: at most 1000")));
    QCOMPARE(problems.at(1).field, QStringLiteral("UseCaseDescription"));
}

void TestAccountSettingsTypes::splitsAddresses()
{
    QCOMPARE(Ses::PutAccountDetailsRequest::splitAddresses(QStringLiteral(" a@x.com, b@y.org;c@z.net  d@w.io ")),
        QStringList({QStringLiteral("a@x.com"),
            QStringLiteral("b@y.org"),
            QStringLiteral("c@z.net"),
            QStringLiteral("d@w.io")}));
    QVERIFY(Ses::PutAccountDetailsRequest::splitAddresses(QStringLiteral(" , ")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountSettingsTypes)
#include "tst_accountsettingstypes.moc"
