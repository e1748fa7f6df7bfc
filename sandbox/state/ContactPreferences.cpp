#include "sandbox/state/ContactPreferences.h"

#include <QSet>

namespace Sandbox
{

bool ContactPreferences::hasTopic(const QJsonObject &list, const QString &topic)
{
    for (const auto &value : list.value(QLatin1String("Topics")).toArray()) {
        if (value.toObject().value(QLatin1String("TopicName")).toString() == topic)
            return true;
    }
    return false;
}

QString ContactPreferences::statusFor(
    const QJsonObject &contact, const QJsonObject &list, const QString &topic, bool useDefault)
{
    if (contact.value(QLatin1String("UnsubscribeAll")).toBool())
        return QStringLiteral("OPT_OUT");
    for (const auto &value : contact.value(QLatin1String("TopicPreferences")).toArray()) {
        const QJsonObject preference = value.toObject();
        if (preference.value(QLatin1String("TopicName")).toString() == topic)
            return preference.value(QLatin1String("SubscriptionStatus")).toString();
    }
    if (!useDefault)
        return {};
    for (const auto &value : list.value(QLatin1String("Topics")).toArray()) {
        const QJsonObject t = value.toObject();
        if (t.value(QLatin1String("TopicName")).toString() == topic)
            return t.value(QLatin1String("DefaultSubscriptionStatus")).toString();
    }
    return {};
}

QJsonArray ContactPreferences::defaultPreferences(const QJsonObject &list)
{
    QJsonArray out;
    for (const auto &value : list.value(QLatin1String("Topics")).toArray()) {
        const QJsonObject topic = value.toObject();
        out.append(QJsonObject{{QStringLiteral("TopicName"), topic.value(QLatin1String("TopicName"))},
            {QStringLiteral("SubscriptionStatus"), topic.value(QLatin1String("DefaultSubscriptionStatus"))}});
    }
    return out;
}

Check ContactPreferences::checkPreferences(const QJsonArray &preferences, const QJsonObject &list)
{
    QSet<QString> seen;
    for (const auto &value : preferences) {
        const QString topic = value.toObject().value(QLatin1String("TopicName")).toString();
        if (!hasTopic(list, topic)) {
            return ServiceError::badRequest(QStringLiteral("Topic %1 does not exist in list %2.")
                                                .arg(topic, list.value(QLatin1String("ContactListName")).toString()));
        }
        if (seen.contains(topic))
            return ServiceError::badRequest(QStringLiteral("Topic %1 is given more than once.").arg(topic));
        seen.insert(topic);
    }
    return passed();
}

} // namespace Sandbox
