#include "models/ses/TemplateDraft.h"

#include <QUuid>

namespace Ses
{

QString TemplateDraft::newKey()
{
    return QStringLiteral("new:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString TemplateDraft::keyFor(const QString &templateName)
{
    return QStringLiteral("template:") + templateName;
}

QJsonObject TemplateDraft::toJson() const
{
    return QJsonObject{
        {QStringLiteral("key"), key},
        {QStringLiteral("originalName"), originalName},
        {QStringLiteral("TemplateName"), templateName},
        {QStringLiteral("TemplateContent"), content.toJson()},
        {QStringLiteral("sampleData"), sampleData},
        {QStringLiteral("savedAt"), savedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

TemplateDraft TemplateDraft::fromJson(const QJsonObject &json)
{
    TemplateDraft d;
    d.key = json.value(QLatin1String("key")).toString();
    d.originalName = json.value(QLatin1String("originalName")).toString();
    d.templateName = json.value(QLatin1String("TemplateName")).toString();
    d.content = EmailTemplateContent::fromJson(json.value(QLatin1String("TemplateContent")).toObject());
    d.sampleData = json.value(QLatin1String("sampleData")).toString();
    d.savedAt = QDateTime::fromString(json.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs).toUTC();
    return d;
}

} // namespace Ses
