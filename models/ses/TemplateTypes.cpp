#include "models/ses/TemplateTypes.h"

#include <QJsonArray>

#include "models/ses/JsonUtil.h"

namespace Ses
{

QJsonObject EmailTemplateContent::toJson() const
{
    QJsonObject out;
    if (!subject.isEmpty())
        out.insert(QStringLiteral("Subject"), subject);
    if (!text.isEmpty())
        out.insert(QStringLiteral("Text"), text);
    if (!html.isEmpty())
        out.insert(QStringLiteral("Html"), html);
    return out;
}

EmailTemplateContent EmailTemplateContent::fromJson(const QJsonObject &json)
{
    EmailTemplateContent content;
    content.subject = json.value(QLatin1String("Subject")).toString();
    content.text = json.value(QLatin1String("Text")).toString();
    content.html = json.value(QLatin1String("Html")).toString();
    return content;
}

QJsonObject EmailTemplate::toJson() const
{
    QJsonObject out{
        {QStringLiteral("TemplateName"), templateName},
        {QStringLiteral("TemplateContent"), content.toJson()},
    };
    if (!tags.isEmpty()) {
        QJsonArray array;
        for (const Tag &tag : tags)
            array.append(QJsonObject{{QStringLiteral("Key"), tag.key}, {QStringLiteral("Value"), tag.value}});
        out.insert(QStringLiteral("Tags"), array);
    }
    return out;
}

EmailTemplate EmailTemplate::fromJson(const QJsonObject &json)
{
    EmailTemplate t;
    t.raw = json;
    t.templateName = json.value(QLatin1String("TemplateName")).toString();
    t.content = EmailTemplateContent::fromJson(json.value(QLatin1String("TemplateContent")).toObject());
    const QJsonArray tags = json.value(QLatin1String("Tags")).toArray();
    for (const QJsonValue &v : tags) {
        const QJsonObject tag = v.toObject();
        t.tags.append({tag.value(QLatin1String("Key")).toString(), tag.value(QLatin1String("Value")).toString()});
    }
    return t;
}

EmailTemplateMetadata EmailTemplateMetadata::fromJson(const QJsonObject &json)
{
    EmailTemplateMetadata m;
    m.templateName = json.value(QLatin1String("TemplateName")).toString();
    m.createdTimestamp = Json::timestamp(json.value(QLatin1String("CreatedTimestamp")));
    return m;
}

} // namespace Ses
