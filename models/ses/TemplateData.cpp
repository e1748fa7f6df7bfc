#include "models/ses/TemplateData.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include "models/ses/TemplateLineMap.h"

namespace Ses
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Ses::TemplateData", text);
}

} // namespace

TemplateData::ParseResult TemplateData::parse(const QString &json)
{
    ParseResult result;
    if (json.trimmed().isEmpty()) {
        result.message = tr("Enter the template data as a JSON object, for example {\"name\": \"Alejandro\"}.");
        return result;
    }
    if (json.size() > MaxLength) {
        result.location = TemplateLineMap(json).locationAt(MaxLength);
        result.message = tr("Template data may be at most %1 characters; this is %2.").arg(MaxLength).arg(json.size());
        return result;
    }
    const QByteArray utf8 = json.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // QJsonParseError counts UTF-8 bytes and points just past the offending character; the
        // editor counts characters and wants the character itself.
        const int offset = std::max(0, int(QString::fromUtf8(utf8.left(error.offset)).size()) - 1);
        result.location = TemplateLineMap(json).locationAt(offset);
        result.message = tr("This is not valid JSON: %1 (line %2, column %3).")
                             .arg(error.errorString())
                             .arg(result.location.line)
                             .arg(result.location.column);
        return result;
    }
    if (!document.isObject()) {
        result.message = tr("Template data must be a JSON object ({ ... }), with one member per variable.");
        return result;
    }
    result.data = document.object();
    result.ok = true;
    return result;
}

} // namespace Ses
