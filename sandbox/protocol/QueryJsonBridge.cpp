#include "sandbox/protocol/QueryJsonBridge.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QTimeZone>
#include <QXmlStreamWriter>

#include "sandbox/model/ServiceModel.h"
#include "sandbox/model/ShapeValidator.h"
#include "sandbox/protocol/JsonRpcEndpoint.h"
#include "sandbox/protocol/QueryEndpoint.h"

namespace Sandbox
{

namespace
{

using Parameters = QMap<QString, QString>;

ServiceError invalidValue(const QString &name, const QString &text, const QString &why)
{
    return ServiceError{400,
        QStringLiteral("InvalidParameterValue"),
        QStringLiteral("The value %1 for parameter %2 is not valid: %3").arg(text, name, why),
        true};
}

bool hasPrefix(const Parameters &parameters, const QString &prefix)
{
    // Keys sort, so the first key not before prefix tells whether any key is prefix or below it.
    const auto it = parameters.lowerBound(prefix);
    if (it == parameters.constEnd())
        return false;
    return it.key() == prefix || it.key().startsWith(prefix + QLatin1Char('.'));
}

QString wireName(const QString &member, const QJsonObject &memberRef)
{
    return memberRef.value(QLatin1String("locationName")).toString(member);
}

Outcome<QJsonValue> readScalar(const QString &type, const QString &name, const QString &text)
{
    if (type == QLatin1String("integer") || type == QLatin1String("long")) {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (!ok)
            return invalidValue(name, text, QStringLiteral("expected an integer"));
        return QJsonValue(static_cast<double>(v));
    }
    if (type == QLatin1String("double") || type == QLatin1String("float")) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok)
            return invalidValue(name, text, QStringLiteral("expected a number"));
        return QJsonValue(v);
    }
    if (type == QLatin1String("boolean")) {
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QJsonValue(true);
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QJsonValue(false);
        return invalidValue(name, text, QStringLiteral("expected true or false"));
    }
    if (type == QLatin1String("timestamp")) {
        bool isNumber = false;
        const double seconds = text.toDouble(&isNumber);
        if (isNumber)
            return QJsonValue(seconds);
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            return invalidValue(name, text, QStringLiteral("expected an ISO 8601 timestamp"));
        return QJsonValue(static_cast<double>(t.toMSecsSinceEpoch()) / 1000.0);
    }
    return QJsonValue(text);
}

/// The value of shapeName at prefix; undefined when the request has nothing there.
Outcome<QJsonValue> readValue(
    const ServiceModel &model, const QString &shapeName, const QString &prefix, const Parameters &parameters)
{
    const QJsonObject shape = model.shape(shapeName);
    const QString type = shape.value(QLatin1String("type")).toString();
    if (type == QLatin1String("structure")) {
        QJsonObject out;
        const QJsonObject members = shape.value(QLatin1String("members")).toObject();
        for (auto it = members.begin(); it != members.end(); ++it) {
            const QJsonObject ref = it.value().toObject();
            const QString name = wireName(it.key(), ref);
            const QString child = prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
            if (!hasPrefix(parameters, child))
                continue;
            const Outcome<QJsonValue> value
                = readValue(model, ref.value(QLatin1String("shape")).toString(), child, parameters);
            if (!value)
                return value.error();
            if (!value.value().isUndefined())
                out.insert(it.key(), value.value());
        }
        return QJsonValue(out);
    }
    if (type == QLatin1String("list")) {
        const QJsonObject ref = shape.value(QLatin1String("member")).toObject();
        const bool flattened
            = ref.value(QLatin1String("flattened")).toBool() || shape.value(QLatin1String("flattened")).toBool();
        QJsonArray out;
        for (int n = 1;; ++n) {
            const QString item = flattened ? QStringLiteral("%1.%2").arg(prefix).arg(n)
                                           : QStringLiteral("%1.member.%2").arg(prefix).arg(n);
            if (!hasPrefix(parameters, item))
                break;
            const Outcome<QJsonValue> value
                = readValue(model, ref.value(QLatin1String("shape")).toString(), item, parameters);
            if (!value)
                return value.error();
            out.append(value.value());
        }
        // "Name=" with no members is an empty list.
        return QJsonValue(out);
    }
    if (type == QLatin1String("map")) {
        const QJsonObject keyRef = shape.value(QLatin1String("key")).toObject();
        const QJsonObject valueRef = shape.value(QLatin1String("value")).toObject();
        QJsonObject out;
        for (int n = 1;; ++n) {
            const QString entry = QStringLiteral("%1.entry.%2").arg(prefix).arg(n);
            if (!hasPrefix(parameters, entry))
                break;
            const QString key = parameters.value(entry + QLatin1Char('.') + wireName(QStringLiteral("key"), keyRef));
            const Outcome<QJsonValue> value = readValue(model,
                valueRef.value(QLatin1String("shape")).toString(),
                entry + QLatin1Char('.') + wireName(QStringLiteral("value"), valueRef),
                parameters);
            if (!value)
                return value.error();
            out.insert(key, value.value());
        }
        return QJsonValue(out);
    }
    const auto it = parameters.constFind(prefix);
    if (it == parameters.constEnd())
        return QJsonValue(QJsonValue::Undefined);
    return readScalar(type, prefix, it.value());
}

QString scalarText(const QString &type, const QJsonValue &value)
{
    if (type == QLatin1String("timestamp")) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(qRound64(value.toDouble() * 1000.0), QTimeZone::utc());
        return t.toString(t.time().msec() == 0 ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")
                                               : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
    }
    if (type == QLatin1String("boolean"))
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (type == QLatin1String("integer") || type == QLatin1String("long"))
        return QString::number(static_cast<qlonglong>(value.toDouble()));
    if (type == QLatin1String("double") || type == QLatin1String("float"))
        return QLocale::c().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return value.toString();
}

void writeValue(const ServiceModel &model,
    const QString &shapeName,
    const QString &element,
    const QJsonValue &value,
    QXmlStreamWriter &xml)
{
    const QJsonObject shape = model.shape(shapeName);
    const QString type = shape.value(QLatin1String("type")).toString();
    if (type == QLatin1String("structure")) {
        xml.writeStartElement(element);
        const QJsonObject members = shape.value(QLatin1String("members")).toObject();
        const QJsonObject object = value.toObject();
        for (auto it = members.begin(); it != members.end(); ++it) {
            if (!object.contains(it.key()))
                continue;
            const QJsonObject ref = it.value().toObject();
            writeValue(model,
                ref.value(QLatin1String("shape")).toString(),
                wireName(it.key(), ref),
                object.value(it.key()),
                xml);
        }
        xml.writeEndElement();
        return;
    }
    if (type == QLatin1String("list")) {
        const QJsonObject ref = shape.value(QLatin1String("member")).toObject();
        xml.writeStartElement(element);
        for (const QJsonValue &item : value.toArray())
            writeValue(model,
                ref.value(QLatin1String("shape")).toString(),
                wireName(QStringLiteral("member"), ref),
                item,
                xml);
        xml.writeEndElement();
        return;
    }
    if (type == QLatin1String("map")) {
        const QJsonObject keyRef = shape.value(QLatin1String("key")).toObject();
        const QJsonObject valueRef = shape.value(QLatin1String("value")).toObject();
        xml.writeStartElement(element);
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            xml.writeStartElement(QStringLiteral("entry"));
            xml.writeTextElement(wireName(QStringLiteral("key"), keyRef), it.key());
            writeValue(model,
                valueRef.value(QLatin1String("shape")).toString(),
                wireName(QStringLiteral("value"), valueRef),
                it.value(),
                xml);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return;
    }
    xml.writeTextElement(element, scalarText(type, value));
}

} // namespace

JsonOutcome QueryJsonBridge::readInput(
    const ServiceModel &model, const QString &shapeName, const QList<QPair<QString, QString>> &parameters)
{
    Parameters map;
    for (const auto &p : parameters) {
        if (p.first != QLatin1String("Action") && p.first != QLatin1String("Version"))
            map.insert(p.first, p.second);
    }
    const Outcome<QJsonValue> value = readValue(model, shapeName, QString(), map);
    if (!value)
        return value.error();
    return value.value().toObject();
}

void QueryJsonBridge::writeOutput(
    const ServiceModel &model, const QString &shapeName, const QJsonObject &output, QXmlStreamWriter &xml)
{
    const QJsonObject members = model.shape(shapeName).value(QLatin1String("members")).toObject();
    for (auto it = members.begin(); it != members.end(); ++it) {
        if (!output.contains(it.key()))
            continue;
        const QJsonObject ref = it.value().toObject();
        writeValue(
            model, ref.value(QLatin1String("shape")).toString(), wireName(it.key(), ref), output.value(it.key()), xml);
    }
}

void QueryJsonBridge::expose(QueryService &query, JsonRpcService &json)
{
    if (!json.model)
        return;
    const std::shared_ptr<const ServiceModel> model = json.model;
    JsonRpcService *service = &json;
    for (const OperationModel &operation : model->operations()) {
        const QString name = operation.name;
        const QString inputShape = operation.inputShape;
        const QString outputShape = operation.outputShape;
        query.actions.insert(name,
            [model, service, name, inputShape, outputShape](const QueryCall &call, QXmlStreamWriter &xml) -> Check {
                const OperationRegistry::Entry *entry = service->operations.find(name);
                if (!entry)
                    return ServiceError{400,
                        QStringLiteral("InvalidAction"),
                        QStringLiteral("Could not find operation %1 for version %2")
                            .arg(name, call.value(QStringLiteral("Version"))),
                        true};
                QJsonObject input;
                if (!inputShape.isEmpty()) {
                    const JsonOutcome read = readInput(*model, inputShape, call.parameters);
                    if (!read)
                        return read.error();
                    input = read.value();
                    const QStringList violations = ShapeValidator(*model).validate(inputShape, input);
                    if (!violations.isEmpty())
                        return ServiceError{
                            400, QStringLiteral("ValidationError"), ShapeValidator::summary(violations), true};
                }
                const JsonOutcome outcome
                    = entry->handler(OperationCall{name, input, call.now, call.requestId, call.accessKeyId});
                if (!outcome)
                    return outcome.error();
                if (!outputShape.isEmpty())
                    writeOutput(*model, outputShape, outcome.value(), xml);
                return passed();
            });
    }
}

} // namespace Sandbox
