#include "sandbox/model/RestJsonRouter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "sandbox/model/ServiceModel.h"

namespace Sandbox
{

namespace
{

QList<QByteArray> splitPath(const QByteArray &path)
{
    QList<QByteArray> parts = path.split('/');
    if (!parts.isEmpty() && parts.first().isEmpty())
        parts.removeFirst();
    return parts;
}

QString decodeSegment(const QByteArray &segment)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(segment));
}

QString decodeQueryPart(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

/// A query-string value converted to the JSON type its shape declares.
Outcome<QJsonValue> convertScalar(const QJsonObject &shape, const QString &member, const QString &text)
{
    const QString type = shape.value(QLatin1String("type")).toString();
    auto bad = [&](const QString &what) {
        return ServiceError::badRequest(QStringLiteral("Invalid value '%1' for %2: %3").arg(text, member, what));
    };
    if (type == QLatin1String("integer") || type == QLatin1String("long")) {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        if (!ok)
            return bad(QStringLiteral("expected an integer"));
        return QJsonValue(static_cast<double>(v));
    }
    if (type == QLatin1String("double") || type == QLatin1String("float")) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok)
            return bad(QStringLiteral("expected a number"));
        return QJsonValue(v);
    }
    if (type == QLatin1String("boolean")) {
        if (text == QLatin1String("true"))
            return QJsonValue(true);
        if (text == QLatin1String("false"))
            return QJsonValue(false);
        return bad(QStringLiteral("expected true or false"));
    }
    if (type == QLatin1String("timestamp")) {
        bool isNumber = false;
        const double seconds = text.toDouble(&isNumber);
        if (isNumber)
            return QJsonValue(seconds);
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(text, Qt::ISODate);
        if (!t.isValid())
            return bad(QStringLiteral("expected an ISO 8601 timestamp"));
        return QJsonValue(static_cast<double>(t.toMSecsSinceEpoch()) / 1000.0);
    }
    return QJsonValue(text);
}

} // namespace

RestJsonRouter::RestJsonRouter(std::shared_ptr<const ServiceModel> model)
    : m_model(std::move(model))
{
    for (const OperationModel &op : m_model->operations()) {
        Route route;
        route.operation = &op;
        const QString uri = op.requestUri.section(QLatin1Char('?'), 0, 0);
        for (const QByteArray &part : splitPath(uri.toUtf8())) {
            Segment segment;
            const QString text = QString::fromUtf8(part);
            if (text.startsWith(QLatin1Char('{')) && text.endsWith(QLatin1Char('}'))) {
                segment.label = text.mid(1, text.size() - 2);
                if (segment.label.endsWith(QLatin1Char('+'))) {
                    segment.greedy = true;
                    segment.label.chop(1);
                }
            } else {
                segment.literal = text;
                ++route.literalCount;
            }
            route.segments.append(segment);
        }
        m_routes.append(route);
    }
}

RouteMatch RestJsonRouter::match(const QByteArray &method, const QByteArray &encodedPath) const
{
    const QList<QByteArray> parts = splitPath(encodedPath);
    RouteMatch best;
    int bestScore = -1;
    for (const Route &route : m_routes) {
        if (route.operation->method != method)
            continue;
        QHash<QString, QString> labels;
        bool matched = true;
        qsizetype i = 0;
        for (qsizetype s = 0; s < route.segments.size() && matched; ++s) {
            const Segment &segment = route.segments.at(s);
            if (segment.greedy) {
                if (i >= parts.size()) {
                    matched = false;
                    break;
                }
                QList<QByteArray> rest = parts.mid(i);
                labels.insert(segment.label, decodeSegment(rest.join('/')));
                i = parts.size();
                continue;
            }
            if (i >= parts.size()) {
                matched = false;
                break;
            }
            if (segment.label.isEmpty()) {
                matched = decodeSegment(parts.at(i)) == segment.literal;
            } else {
                const QString value = decodeSegment(parts.at(i));
                // An empty label value never matches: "/v2/email/identities/" is not GetEmailIdentity.
                matched = !value.isEmpty();
                labels.insert(segment.label, value);
            }
            ++i;
        }
        if (!matched || i != parts.size())
            continue;
        // Prefer the most literal template: ".../contacts/list" over ".../contacts/{EmailAddress}".
        if (route.literalCount > bestScore) {
            bestScore = route.literalCount;
            best.operation = route.operation;
            best.labels = labels;
        }
    }
    return best;
}

JsonOutcome RestJsonRouter::bindInput(const RouteMatch &match, const QByteArray &rawQuery, const QByteArray &body) const
{
    QJsonObject input;
    if (!match.operation || match.operation->inputShape.isEmpty())
        return input;

    if (!body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (!doc.isObject())
            return ServiceError::badRequest(
                QStringLiteral("The request body is not a JSON object: %1").arg(error.errorString()));
        input = doc.object();
    }

    QList<QPair<QString, QString>> query;
    if (!rawQuery.isEmpty()) {
        for (const QByteArray &pair : rawQuery.split('&')) {
            if (pair.isEmpty())
                continue;
            const qsizetype eq = pair.indexOf('=');
            query.append({decodeQueryPart(eq < 0 ? pair : pair.left(eq)),
                eq < 0 ? QString() : decodeQueryPart(pair.mid(eq + 1))});
        }
    }

    const QJsonObject shape = m_model->shape(match.operation->inputShape);
    const QJsonObject members = shape.value(QLatin1String("members")).toObject();
    for (auto it = members.begin(); it != members.end(); ++it) {
        const QJsonObject member = it.value().toObject();
        const QString location = member.value(QLatin1String("location")).toString();
        if (location.isEmpty())
            continue;
        // Location-bound members never come from the body.
        input.remove(it.key());
        const QString wireName = member.value(QLatin1String("locationName")).toString(it.key());
        const QJsonObject memberShape = m_model->shape(member.value(QLatin1String("shape")).toString());
        if (location == QLatin1String("uri")) {
            if (!match.labels.contains(wireName))
                continue;
            const Outcome<QJsonValue> value = convertScalar(memberShape, it.key(), match.labels.value(wireName));
            if (!value)
                return value.error();
            input.insert(it.key(), value.value());
        } else if (location == QLatin1String("querystring")) {
            QStringList values;
            for (const auto &q : query) {
                if (q.first == wireName)
                    values.append(q.second);
            }
            if (values.isEmpty())
                continue;
            if (memberShape.value(QLatin1String("type")).toString() == QLatin1String("list")) {
                const QJsonObject itemShape = m_model->shape(
                    memberShape.value(QLatin1String("member")).toObject().value(QLatin1String("shape")).toString());
                QJsonArray array;
                for (const QString &v : values) {
                    const Outcome<QJsonValue> item = convertScalar(itemShape, it.key(), v);
                    if (!item)
                        return item.error();
                    array.append(item.value());
                }
                input.insert(it.key(), array);
            } else {
                const Outcome<QJsonValue> value = convertScalar(memberShape, it.key(), values.first());
                if (!value)
                    return value.error();
                input.insert(it.key(), value.value());
            }
        }
    }
    return input;
}

} // namespace Sandbox
