#include "models/ses/TemplateVersion.h"

namespace Ses
{

qint64 TemplateVersion::size() const
{
    return content.subject.toUtf8().size() + content.text.toUtf8().size() + content.html.toUtf8().size();
}

QJsonObject TemplateVersion::toJson() const
{
    return QJsonObject{
        {QStringLiteral("version"), version},
        {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("origin"), originKey(origin)},
        {QStringLiteral("note"), note},
        {QStringLiteral("TemplateName"), templateName},
        {QStringLiteral("TemplateContent"), content.toJson()},
    };
}

TemplateVersion TemplateVersion::fromJson(const QJsonObject &json)
{
    TemplateVersion v;
    v.version = json.value(QLatin1String("version")).toInt();
    v.savedAt = QDateTime::fromString(json.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs).toUTC();
    v.origin = originFromKey(json.value(QLatin1String("origin")).toString());
    v.note = json.value(QLatin1String("note")).toString();
    v.templateName = json.value(QLatin1String("TemplateName")).toString();
    v.content = EmailTemplateContent::fromJson(json.value(QLatin1String("TemplateContent")).toObject());
    return v;
}

QString TemplateVersion::originKey(Origin origin)
{
    switch (origin) {
    case Origin::Saved:
        return QStringLiteral("saved");
    case Origin::Restored:
        return QStringLiteral("restored");
    case Origin::Imported:
        return QStringLiteral("imported");
    case Origin::Fetched:
        return QStringLiteral("fetched");
    }
    return QStringLiteral("saved");
}

TemplateVersion::Origin TemplateVersion::originFromKey(const QString &key)
{
    if (key == QLatin1String("restored"))
        return Origin::Restored;
    if (key == QLatin1String("imported"))
        return Origin::Imported;
    if (key == QLatin1String("fetched"))
        return Origin::Fetched;
    return Origin::Saved;
}

} // namespace Ses
