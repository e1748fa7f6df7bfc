#pragma once

#include <QJsonValue>
#include <QString>

namespace Ses
{

/// How Handlebars (JavaScript) sees a JSON value: truthiness, Handlebars' "empty", the text a
/// value renders as (numbers as JavaScript prints them: 3, 1.5, 1e+21, 1e-7; arrays joined with
/// commas; objects as "[object Object]"), HTML escaping, and property lookup (object keys, array
/// positions, "length").
class TemplateValue
{
public:
    /// JavaScript truthiness: false, 0, NaN, "", null and undefined are false.
    static bool isTruthy(const QJsonValue &value);
    /// Handlebars' Utils.isEmpty: falsy but not 0, or an empty array.
    static bool isEmpty(const QJsonValue &value);
    /// What {{value}} prints before escaping; null and undefined print nothing.
    static QString toDisplayString(const QJsonValue &value);
    /// ECMAScript Number::toString.
    static QString numberToString(double number);
    /// Handlebars' escapeExpression: & < > " ' ` = become entities.
    static QString escapeHtml(const QString &text);
    /// value[key] as Handlebars' lookupProperty: undefined when absent.
    static QJsonValue property(const QJsonValue &value, const QString &key);
};

} // namespace Ses
