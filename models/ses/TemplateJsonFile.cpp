#include "models/ses/TemplateJsonFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include "models/ses/AtomicFile.h"
#include "models/ses/JsonPositionIndex.h"

namespace Ses
{

namespace
{

const QStringList kTopMembers = {
    QStringLiteral("TemplateName"),
    QStringLiteral("TemplateContent"),
    QStringLiteral("Tags"),
};
const QStringList kContentMembers = {
    QStringLiteral("Subject"),
    QStringLiteral("Text"),
    QStringLiteral("Html"),
};
const QStringList kTagMembers = {
    QStringLiteral("Key"),
    QStringLiteral("Value"),
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

/// Builds errors that point into one document.
class Reporter
{
public:
    Reporter(QString file, const QString &text)
        : m_file(std::move(file))
        , m_index(JsonPositionIndex::build(text))
    {
    }

    /// An error about the member at path (its position, or the parent's when it is missing).
    LocalError at(const QString &path, const QString &message, const QString &positionPath) const
    {
        LocalError e{m_file, 0, 0, path, message};
        if (const auto p = m_index.position(positionPath)) {
            e.line = p->line;
            e.column = p->column;
        }
        return e;
    }
    LocalError at(const QString &path, const QString &message) const
    {
        return at(path, message, path);
    }

private:
    QString m_file;
    JsonPositionIndex m_index;
};

std::optional<LocalError> unknownMembers(
    const Reporter &reporter, const QJsonObject &object, const QString &path, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        const QString member = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
        return reporter.at(member,
            TemplateJsonFile::tr("Unknown member \"%1\"; it must be one of: %2.")
                .arg(member, allowed.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

std::optional<LocalError> expectString(
    const Reporter &reporter, const QJsonObject &object, const QString &path, const QString &key, QString *out)
{
    const QString member = path.isEmpty() ? key : path + QLatin1Char('.') + key;
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString())
        return reporter.at(
            member, TemplateJsonFile::tr("\"%1\" must be a string, not %2.").arg(member, jsonTypeName(value)), member);
    *out = value.toString();
    return std::nullopt;
}

/// A JSON string literal for a value (the JSON writer's own escaping).
QByteArray quoted(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

LocalResult<EmailTemplate> TemplateJsonFile::parse(const QByteArray &input, const QString &sourceName)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // a UTF-8 byte order mark, as some editors write
    if (data.trimmed().isEmpty())
        return LocalError{sourceName,
            0,
            0,
            {},
            tr("The file is empty; expected a JSON object with TemplateName and TemplateContent.")};

    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return LocalError{sourceName, 0, 0, {}, tr("The file is not UTF-8 text.")};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto p = JsonPositionIndex::positionOfParseError(data, parseError);
        return LocalError{sourceName, p.line, p.column, {}, tr("Invalid JSON: %1.").arg(parseError.errorString())};
    }
    const Reporter reporter(sourceName, text);
    if (!document.isObject())
        return reporter.at({},
            document.isArray() ? tr("Expected a JSON object with TemplateName and TemplateContent, not an array.")
                               : tr("Expected a JSON object with TemplateName and TemplateContent."));
    const QJsonObject root = document.object();
    if (auto e = unknownMembers(reporter, root, {}, kTopMembers))
        return *e;

    EmailTemplate result;
    result.raw = root;
    if (!root.contains(QLatin1String("TemplateName")))
        return reporter.at(
            QStringLiteral("TemplateName"), tr("The required member \"TemplateName\" is missing."), QString());
    if (auto e = expectString(reporter, root, {}, QStringLiteral("TemplateName"), &result.templateName))
        return *e;
    if (result.templateName.isEmpty())
        return reporter.at(QStringLiteral("TemplateName"), tr("\"TemplateName\" must not be empty."));

    if (!root.contains(QLatin1String("TemplateContent")))
        return reporter.at(
            QStringLiteral("TemplateContent"), tr("The required member \"TemplateContent\" is missing."), QString());
    const QJsonValue contentValue = root.value(QLatin1String("TemplateContent"));
    if (!contentValue.isObject())
        return reporter.at(QStringLiteral("TemplateContent"),
            tr("\"TemplateContent\" must be an object with Subject, Text and Html, not %1.")
                .arg(jsonTypeName(contentValue)));
    const QJsonObject content = contentValue.toObject();
    const QString contentPath = QStringLiteral("TemplateContent");
    if (auto e = unknownMembers(reporter, content, contentPath, kContentMembers))
        return *e;
    if (auto e = expectString(reporter, content, contentPath, QStringLiteral("Subject"), &result.content.subject))
        return *e;
    if (auto e = expectString(reporter, content, contentPath, QStringLiteral("Text"), &result.content.text))
        return *e;
    if (auto e = expectString(reporter, content, contentPath, QStringLiteral("Html"), &result.content.html))
        return *e;

    if (root.contains(QLatin1String("Tags"))) {
        const QJsonValue tagsValue = root.value(QLatin1String("Tags"));
        if (!tagsValue.isArray())
            return reporter.at(QStringLiteral("Tags"),
                tr("\"Tags\" must be an array of {\"Key\": ..., \"Value\": ...} objects, not %1.")
                    .arg(jsonTypeName(tagsValue)));
        const QJsonArray tags = tagsValue.toArray();
        for (qsizetype i = 0; i < tags.size(); ++i) {
            const QString tagPath = QStringLiteral("Tags[%1]").arg(i);
            if (!tags.at(i).isObject())
                return reporter.at(tagPath,
                    tr("\"%1\" must be an object with Key and Value, not %2.").arg(tagPath, jsonTypeName(tags.at(i))));
            const QJsonObject tag = tags.at(i).toObject();
            if (auto e = unknownMembers(reporter, tag, tagPath, kTagMembers))
                return *e;
            Tag parsed;
            for (const QString &key : kTagMembers) {
                if (!tag.contains(key))
                    return reporter.at(tagPath + QLatin1Char('.') + key,
                        tr("The required member \"%1\" is missing.").arg(tagPath + QLatin1Char('.') + key),
                        tagPath);
            }
            if (auto e = expectString(reporter, tag, tagPath, QStringLiteral("Key"), &parsed.key))
                return *e;
            if (auto e = expectString(reporter, tag, tagPath, QStringLiteral("Value"), &parsed.value))
                return *e;
            if (parsed.key.isEmpty())
                return reporter.at(tagPath + QStringLiteral(".Key"), tr("\"%1.Key\" must not be empty.").arg(tagPath));
            result.tags.append(parsed);
        }
    }
    return result;
}

LocalResult<EmailTemplate> TemplateJsonFile::read(const QString &path)
{
    // SES templates are at most 500 KB; a few MB leaves room for escapes and still refuses
    // to load something that is plainly not a template export.
    const LocalResult<QByteArray> data = AtomicFile::read(path, 8 * 1024 * 1024);
    if (!data.ok())
        return data.error();
    return parse(data.value(), path);
}

QByteArray TemplateJsonFile::serialize(const EmailTemplate &emailTemplate)
{
    QByteArray out = "{\n";
    out += "    \"TemplateName\": " + quoted(emailTemplate.templateName) + ",\n";
    out += "    \"TemplateContent\": {";
    const QList<QPair<const char *, QString>> parts = {
        {"Subject", emailTemplate.content.subject},
        {"Text", emailTemplate.content.text},
        {"Html", emailTemplate.content.html},
    };
    bool first = true;
    for (const auto &[key, value] : parts) {
        if (value.isEmpty())
            continue;
        out += first ? "\n" : ",\n";
        out += "        \"" + QByteArray(key) + "\": " + quoted(value);
        first = false;
    }
    out += first ? "}" : "\n    }";
    if (!emailTemplate.tags.isEmpty()) {
        out += ",\n    \"Tags\": [";
        for (qsizetype i = 0; i < emailTemplate.tags.size(); ++i) {
            const Tag &tag = emailTemplate.tags.at(i);
            out += i == 0 ? "\n" : ",\n";
            out += "        {\n            \"Key\": " + quoted(tag.key)
                + ",\n            \"Value\": " + quoted(tag.value) + "\n        }";
        }
        out += "\n    ]";
    }
    out += "\n}\n";
    return out;
}

LocalResult<Done> TemplateJsonFile::write(const QString &path, const EmailTemplate &emailTemplate)
{
    return AtomicFile::write(path, serialize(emailTemplate));
}

} // namespace Ses
