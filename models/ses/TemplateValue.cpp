#include "models/ses/TemplateValue.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace Ses
{

bool TemplateValue::isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d != 0 && !std::isnan(d);
    }
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

bool TemplateValue::isEmpty(const QJsonValue &value)
{
    if (value.isDouble() && value.toDouble() == 0)
        return false;
    if (!isTruthy(value))
        return true;
    return value.isArray() && value.toArray().isEmpty();
}

QString TemplateValue::numberToString(double number)
{
    if (std::isnan(number))
        return QStringLiteral("NaN");
    if (std::isinf(number))
        return number > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (number == 0)
        return QStringLiteral("0");
    // Integers below 2^53 print as themselves; no need for the general algorithm.
    if (std::abs(number) < 9007199254740992.0 && number == std::trunc(number))
        return QString::number(qint64(number));
    QString sign;
    if (number < 0) {
        sign = QStringLiteral("-");
        number = -number;
    }
    // Shortest round-trip digits and exponent, then ECMAScript's layout rules (7.1.12.1).
    const QString scientific = QString::number(number, 'e', QLocale::FloatingPointShortest);
    const qsizetype e = scientific.indexOf(u'e');
    QString digits = scientific.left(e);
    digits.remove(u'.');
    const int exponent = scientific.mid(e + 1).toInt();
    const int k = int(digits.size());
    const int n = exponent + 1;
    if (k <= n && n <= 21)
        return sign + digits + QString(n - k, u'0');
    if (0 < n && n <= 21)
        return sign + digits.left(n) + QLatin1Char('.') + digits.mid(n);
    if (-6 < n && n <= 0)
        return sign + QStringLiteral("0.") + QString(-n, u'0') + digits;
    const QString exp = (n - 1 >= 0 ? QStringLiteral("e+") : QStringLiteral("e-")) + QString::number(std::abs(n - 1));
    if (k == 1)
        return sign + digits + exp;
    return sign + digits.left(1) + QLatin1Char('.') + digits.mid(1) + exp;
}

QString TemplateValue::toDisplayString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return numberToString(value.toDouble());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        // Array.prototype.toString: elements joined with ",", null and undefined as "".
        QString text;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += toDisplayString(array.at(i));
        }
        return text;
    }
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    }
    return {};
}

QString TemplateValue::escapeHtml(const QString &text)
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'&' || c == u'<' || c == u'>' || c == u'"' || c == u'\'' || c == u'`' || c == u'=') {
            first = i;
            break;
        }
    }
    if (first < 0)
        return text;
    QString out = text.left(first);
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#x27;");
            break;
        case u'`':
            out += QStringLiteral("&#x60;");
            break;
        case u'=':
            out += QStringLiteral("&#x3D;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QJsonValue TemplateValue::property(const QJsonValue &value, const QString &key)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        const auto it = object.constFind(key);
        return it == object.constEnd() ? QJsonValue(QJsonValue::Undefined) : it.value();
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (key == u"length")
            return QJsonValue(double(array.size()));
        bool ok = false;
        const qlonglong index = key.toLongLong(&ok);
        // Only canonical indices ("0", "12"; not "01" or "+1") name elements, as in JavaScript.
        if (ok && index >= 0 && index < array.size() && QString::number(index) == key)
            return array.at(index);
        return QJsonValue(QJsonValue::Undefined);
    }
    case QJsonValue::String:
        if (key == u"length")
            return QJsonValue(double(value.toString().size()));
        return QJsonValue(QJsonValue::Undefined);
    default:
        return QJsonValue(QJsonValue::Undefined);
    }
}

} // namespace Ses
