#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "models/ses/TemplateValue.h"

using namespace Ses;

/// TemplateValue: JavaScript's view of JSON values, as Handlebars prints and tests them.
class tst_TemplateValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<double>("number");
        QTest::addColumn<QString>("expected");
        // Expected values are what JavaScript's String(n) gives.
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("integer") << 42.0 << QStringLiteral("42");
        QTest::newRow("negative") << -7.0 << QStringLiteral("-7");
        QTest::newRow("decimal") << 1.5 << QStringLiteral("1.5");
        QTest::newRow("price") << 19.99 << QStringLiteral("19.99");
        QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
        QTest::newRow("sum rounding shows") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
        QTest::newRow("million") << 1e6 << QStringLiteral("1000000");
        QTest::newRow("large id") << 51806220607.0 << QStringLiteral("51806220607");
        QTest::newRow("1e20") << 1e20 << QStringLiteral("100000000000000000000");
        QTest::newRow("1e21") << 1e21 << QStringLiteral("1e+21");
        QTest::newRow("1.5e300") << 1.5e300 << QStringLiteral("1.5e+300");
        QTest::newRow("1e-6") << 1e-6 << QStringLiteral("0.000001");
        QTest::newRow("1e-7") << 1e-7 << QStringLiteral("1e-7");
        QTest::newRow("1.25e-7") << 1.25e-7 << QStringLiteral("1.25e-7");
        QTest::newRow("max safe") << 9007199254740991.0 << QStringLiteral("9007199254740991");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("NaN");
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("Infinity");
    }

    void numbers()
    {
        QFETCH(double, number);
        QFETCH(QString, expected);
        QCOMPARE(TemplateValue::numberToString(number), expected);
    }

    void truthiness_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("truthy");
        QTest::addColumn<bool>("empty");
        QTest::newRow("true") << QJsonValue(true) << true << false;
        QTest::newRow("false") << QJsonValue(false) << false << true;
        QTest::newRow("zero") << QJsonValue(0) << false << false;
        QTest::newRow("one") << QJsonValue(1) << true << false;
        QTest::newRow("empty string") << QJsonValue(QString()) << false << true;
        QTest::newRow("string") << QJsonValue(QStringLiteral("0")) << true << false;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << false << true;
        QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << false << true;
        QTest::newRow("empty array") << QJsonValue(QJsonArray()) << true << true;
        QTest::newRow("array") << QJsonValue(QJsonArray{1}) << true << false;
        QTest::newRow("empty object") << QJsonValue(QJsonObject()) << true << false;
    }

    void truthiness()
    {
        QFETCH(QJsonValue, value);
        QFETCH(bool, truthy);
        QFETCH(bool, empty);
        QCOMPARE(TemplateValue::isTruthy(value), truthy);
        QCOMPARE(TemplateValue::isEmpty(value), empty);
    }

    void escaping()
    {
        QCOMPARE(TemplateValue::escapeHtml(QStringLiteral("plain 한글")), QStringLiteral("plain 한글"));
        QCOMPARE(TemplateValue::escapeHtml(QStringLiteral("<a href=\"x\">'&'`</a>")),
            QStringLiteral("&lt;a href&#x3D;&quot;x&quot;&gt;&#x27;&amp;&#x27;&#x60;&lt;/a&gt;"));
    }

    void properties()
    {
        const QJsonArray array{QStringLiteral("a"), QStringLiteral("b")};
        QCOMPARE(TemplateValue::property(array, QStringLiteral("1")), QJsonValue(QStringLiteral("b")));
        QCOMPARE(TemplateValue::property(array, QStringLiteral("length")), QJsonValue(2));
        QVERIFY(TemplateValue::property(array, QStringLiteral("01")).isUndefined());
        QVERIFY(TemplateValue::property(array, QStringLiteral("2")).isUndefined());
        QCOMPARE(TemplateValue::property(QJsonValue(QStringLiteral("abc")), QStringLiteral("length")), QJsonValue(3));
        const QJsonObject object{{QStringLiteral("k"), QJsonValue::Null}};
        QVERIFY(TemplateValue::property(object, QStringLiteral("k")).isNull());
        QVERIFY(TemplateValue::property(object, QStringLiteral("missing")).isUndefined());
        QVERIFY(TemplateValue::property(QJsonValue(5), QStringLiteral("x")).isUndefined());
    }
};

QTEST_GUILESS_MAIN(tst_TemplateValue)
#include "tst_templatevalue.moc"
