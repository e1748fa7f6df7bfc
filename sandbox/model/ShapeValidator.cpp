#include "sandbox/model/ShapeValidator.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>

#include "sandbox/model/ServiceModel.h"

namespace Sandbox
{

namespace
{

/// AWS names members in validation messages with a lower-case first letter.
QString memberPath(const QString &parent, const QString &member)
{
    QString name = member;
    if (!name.isEmpty())
        name[0] = name.at(0).toLower();
    return parent.isEmpty() ? name : parent + QLatin1Char('.') + name;
}

QString shown(const QJsonValue &value, bool sensitive)
{
    if (sensitive)
        return QStringLiteral("***");
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList items;
        for (const auto &item : value.toArray())
            items.append(shown(item, false));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    default:
        return QStringLiteral("null");
    }
}

QString violation(const QJsonValue &value, const QString &path, bool sensitive, const QString &constraint)
{
    return QStringLiteral("Value '%1' at '%2' failed to satisfy constraint: %3")
        .arg(shown(value, sensitive), path, constraint);
}

bool isInteger(double d)
{
    return std::isfinite(d) && std::floor(d) == d;
}

QRegularExpression compiled(const QString &pattern)
{
    // Patterns come from the embedded model and repeat across requests; compiling them once
    // per pattern keeps validation cheap. Servers may run in several threads, hence the lock.
    static QMutex mutex;
    static QHash<QString, QRegularExpression> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return *it;
}

} // namespace

ShapeValidator::ShapeValidator(const ServiceModel &model, Direction direction)
    : m_model(model)
    , m_direction(direction)
{
}

QStringList ShapeValidator::validate(const QString &shapeName, const QJsonValue &value) const
{
    QStringList out;
    check(shapeName, value, QString(), out);
    return out;
}

QString ShapeValidator::summary(const QStringList &violations)
{
    if (violations.isEmpty())
        return {};
    const QString head = violations.size() == 1
        ? QStringLiteral("1 validation error detected: ")
        : QStringLiteral("%1 validation errors detected: ").arg(violations.size());
    return head + violations.join(QStringLiteral("; "));
}

void ShapeValidator::check(
    const QString &shapeName, const QJsonValue &value, const QString &path, QStringList &out) const
{
    const QJsonObject shape = m_model.shape(shapeName);
    const QString type = shape.value(QLatin1String("type")).toString();
    const bool sensitive = shape.value(QLatin1String("sensitive")).toBool();
    const QString where = path.isEmpty() ? QStringLiteral("body") : path;

    if (type == QLatin1String("structure")) {
        checkStructure(shapeName, value, path, out);
        return;
    }
    if (type == QLatin1String("list")) {
        if (!value.isArray()) {
            out.append(violation(value, where, sensitive, QStringLiteral("Member must be a list")));
            return;
        }
        const QJsonArray items = value.toArray();
        if (shape.contains(QLatin1String("min")) && items.size() < shape.value(QLatin1String("min")).toInt())
            out.append(violation(value,
                where,
                sensitive,
                QStringLiteral("Member must have length greater than or equal to %1")
                    .arg(shape.value(QLatin1String("min")).toInt())));
        if (shape.contains(QLatin1String("max")) && items.size() > shape.value(QLatin1String("max")).toInt())
            out.append(violation(value,
                where,
                sensitive,
                QStringLiteral("Member must have length less than or equal to %1")
                    .arg(shape.value(QLatin1String("max")).toInt())));
        const QString memberShape
            = shape.value(QLatin1String("member")).toObject().value(QLatin1String("shape")).toString();
        for (qsizetype i = 0; i < items.size(); ++i)
            check(memberShape, items.at(i), QStringLiteral("%1.%2.member").arg(where).arg(i + 1), out);
        return;
    }
    if (type == QLatin1String("map")) {
        if (!value.isObject()) {
            out.append(violation(value, where, sensitive, QStringLiteral("Member must be a map")));
            return;
        }
        const QJsonObject map = value.toObject();
        const QString keyShape = shape.value(QLatin1String("key")).toObject().value(QLatin1String("shape")).toString();
        const QString valueShape
            = shape.value(QLatin1String("value")).toObject().value(QLatin1String("shape")).toString();
        for (auto it = map.begin(); it != map.end(); ++it) {
            check(keyShape, it.key(), QStringLiteral("%1.key").arg(where), out);
            check(valueShape, it.value(), QStringLiteral("%1.%2").arg(where, it.key()), out);
        }
        return;
    }
    if (type == QLatin1String("string")) {
        if (!value.isString()) {
            out.append(violation(value, where, sensitive, QStringLiteral("Member must be a string")));
            return;
        }
        const QString s = value.toString();
        const QJsonArray allowed = shape.value(QLatin1String("enum")).toArray();
        if (!allowed.isEmpty() && !allowed.contains(s)) {
            QStringList names;
            for (const auto &a : allowed)
                names.append(a.toString());
            out.append(violation(value,
                where,
                sensitive,
                QStringLiteral("Member must satisfy enum value set: [%1]").arg(names.join(QStringLiteral(", ")))));
            return;
        }
        if (shape.contains(QLatin1String("min")) && s.size() < shape.value(QLatin1String("min")).toInt())
            out.append(violation(value,
                where,
                sensitive,
                QStringLiteral("Member must have length greater than or equal to %1")
                    .arg(shape.value(QLatin1String("min")).toInt())));
        if (shape.contains(QLatin1String("max")) && s.size() > shape.value(QLatin1String("max")).toInt())
            out.append(violation(value,
                where,
                sensitive,
                QStringLiteral("Member must have length less than or equal to %1")
                    .arg(shape.value(QLatin1String("max")).toInt())));
        const QString pattern = shape.value(QLatin1String("pattern")).toString();
        if (!pattern.isEmpty()) {
            const QRegularExpression re = compiled(pattern);
            // A pattern PCRE cannot compile is the model's dialect, not the caller's fault: skip it.
            if (re.isValid() && !re.match(s).hasMatch())
                out.append(violation(value,
                    where,
                    sensitive,
                    QStringLiteral("Member must satisfy regular expression pattern: %1").arg(pattern)));
        }
        return;
    }
    if (type == QLatin1String("boolean")) {
        if (!value.isBool())
            out.append(violation(value, where, sensitive, QStringLiteral("Member must be a boolean")));
        return;
    }
    if (type == QLatin1String("integer") || type == QLatin1String("long") || type == QLatin1String("double")
        || type == QLatin1String("float")) {
        if (!value.isDouble()
            || (type != QLatin1String("double") && type != QLatin1String("float") && !isInteger(value.toDouble()))) {
            out.append(violation(value, where, sensitive, QStringLiteral("Member must be a number")));
            return;
        }
        const double d = value.toDouble();
        if (shape.contains(QLatin1String("min")) && d < shape.value(QLatin1String("min")).toDouble())
            out.append(violation(value,
                where,
                sensitive,
                QStringLiteral("Member must have value greater than or equal to %1")
                    .arg(shape.value(QLatin1String("min")).toVariant().toString())));
        if (shape.contains(QLatin1String("max")) && d > shape.value(QLatin1String("max")).toDouble())
            out.append(violation(value,
                where,
                sensitive,
                QStringLiteral("Member must have value less than or equal to %1")
                    .arg(shape.value(QLatin1String("max")).toVariant().toString())));
        return;
    }
    if (type == QLatin1String("timestamp")) {
        // REST-JSON bodies carry epoch seconds; query strings were already converted by the router.
        if (!value.isDouble())
            out.append(violation(value, where, sensitive, QStringLiteral("Member must be a timestamp")));
        return;
    }
    if (type == QLatin1String("blob")) {
        if (!value.isString())
            out.append(violation(value, where, sensitive, QStringLiteral("Member must be base64-encoded binary data")));
        return;
    }
}

void ShapeValidator::checkStructure(
    const QString &shapeName, const QJsonValue &value, const QString &path, QStringList &out) const
{
    const QJsonObject shape = m_model.shape(shapeName);
    if (!value.isObject()) {
        out.append(violation(value,
            path.isEmpty() ? QStringLiteral("body") : path,
            false,
            QStringLiteral("Member must be a structure")));
        return;
    }
    const QJsonObject object = value.toObject();
    const QJsonObject members = shape.value(QLatin1String("members")).toObject();
    const QJsonArray required = shape.value(QLatin1String("required")).toArray();
    for (auto it = members.begin(); it != members.end(); ++it) {
        const QString memberName = it.key();
        const QString child = memberPath(path, memberName);
        const QString memberShape = it.value().toObject().value(QLatin1String("shape")).toString();
        if (!object.contains(memberName) || object.value(memberName).isNull()) {
            if (required.contains(memberName))
                out.append(QStringLiteral("Value null at '%1' failed to satisfy constraint: Member must not be null")
                               .arg(child));
            continue;
        }
        check(memberShape, object.value(memberName), child, out);
    }
    if (m_direction == Direction::Output) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!members.contains(it.key()))
                out.append(
                    QStringLiteral("Member '%1' is not part of shape %2").arg(memberPath(path, it.key()), shapeName));
        }
    }
}

} // namespace Sandbox
