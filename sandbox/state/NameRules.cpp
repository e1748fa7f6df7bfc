#include "sandbox/state/NameRules.h"

#include <QJsonObject>
#include <QSet>

namespace Sandbox
{

namespace
{

Check invalidName(const QString &what, const QString &name)
{
    return ServiceError::badRequest(
        QStringLiteral("Invalid %1 name <%2>. The name must contain only ASCII letters (a-z, A-Z), "
                       "numbers (0-9), underscores (_), or dashes (-), and be 64 characters or fewer.")
            .arg(what, name));
}

} // namespace

bool NameRules::isValidName(const QString &name, int maxLength)
{
    if (name.isEmpty() || name.size() > maxLength)
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'
            || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Check NameRules::configurationSetName(const QString &name)
{
    return isValidName(name) ? passed() : invalidName(QStringLiteral("configuration set"), name);
}

Check NameRules::eventDestinationName(const QString &name)
{
    return isValidName(name) ? passed() : invalidName(QStringLiteral("event destination"), name);
}

Check NameRules::poolName(const QString &name)
{
    return isValidName(name) ? passed() : invalidName(QStringLiteral("dedicated IP pool"), name);
}

Check NameRules::contactListName(const QString &name)
{
    return isValidName(name) ? passed() : invalidName(QStringLiteral("contact list"), name);
}

Check NameRules::topicName(const QString &name)
{
    return isValidName(name) ? passed() : invalidName(QStringLiteral("topic"), name);
}

Check NameRules::policyName(const QString &name)
{
    return isValidName(name) ? passed() : invalidName(QStringLiteral("policy"), name);
}

Check NameRules::tags(const QJsonArray &tags)
{
    if (tags.size() > kMaxTags)
        return ServiceError::badRequest(
            QStringLiteral("A resource can have at most %1 tags; %2 were given.").arg(kMaxTags).arg(tags.size()));
    QSet<QString> keys;
    for (const auto &value : tags) {
        const QJsonObject tag = value.toObject();
        const QString key = tag.value(QLatin1String("Key")).toString();
        const QString tagValue = tag.value(QLatin1String("Value")).toString();
        if (key.isEmpty() || key.size() > 128)
            return ServiceError::badRequest(
                QStringLiteral("Tag keys must be 1 to 128 characters long: <%1>.").arg(key));
        if (tagValue.size() > 256)
            return ServiceError::badRequest(
                QStringLiteral("Tag values must be at most 256 characters long (key <%1>).").arg(key));
        if (key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive))
            return ServiceError::badRequest(
                QStringLiteral("Tag keys may not start with the reserved prefix 'aws:': <%1>.").arg(key));
        if (keys.contains(key))
            return ServiceError::badRequest(QStringLiteral("Duplicate tag key <%1>.").arg(key));
        keys.insert(key);
    }
    return passed();
}

QJsonArray NameRules::mergeTags(const QJsonArray &existing, const QJsonArray &newTags)
{
    QJsonArray out = existing;
    for (const auto &value : newTags) {
        const QJsonObject tag = value.toObject();
        const QString key = tag.value(QLatin1String("Key")).toString();
        bool replaced = false;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i).toObject().value(QLatin1String("Key")).toString() == key) {
                out.replace(i, tag);
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out.append(tag);
    }
    return out;
}

QJsonArray NameRules::removeTags(const QJsonArray &existing, const QStringList &keys)
{
    QJsonArray out;
    for (const auto &value : existing) {
        if (!keys.contains(value.toObject().value(QLatin1String("Key")).toString()))
            out.append(value);
    }
    return out;
}

} // namespace Sandbox
