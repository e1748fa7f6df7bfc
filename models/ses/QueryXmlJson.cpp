#include "models/ses/QueryXmlJson.h"

#include <QJsonArray>

#include "models/aws/XmlNode.h"

namespace Ses
{

namespace
{

QJsonValue value(const Aws::XmlNode &node, const QString &name, const QueryXmlJson::Hints &hints);

QJsonValue scalar(const QString &text, const QString &name, const QueryXmlJson::Hints &hints)
{
    if (hints.numbers.contains(name)) {
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(text);
    }
    if (hints.booleans.contains(name))
        return QJsonValue(text.trimmed() == QLatin1String("true"));
    return QJsonValue(text);
}

QJsonValue value(const Aws::XmlNode &node, const QString &name, const QueryXmlJson::Hints &hints)
{
    if (hints.lists.contains(name)) {
        QJsonArray array;
        for (const Aws::XmlNode *member : node.childrenNamed(QStringLiteral("member"))) {
            if (member->children.isEmpty())
                array.append(scalar(member->text, name, hints));
            else
                array.append(QueryXmlJson::structure(*member, hints));
        }
        return array;
    }
    if (!node.children.isEmpty())
        return QueryXmlJson::structure(node, hints);
    return scalar(node.text, name, hints);
}

} // namespace

QJsonObject QueryXmlJson::structure(const Aws::XmlNode &node, const Hints &hints)
{
    QJsonObject out;
    for (const Aws::XmlNode &child : node.children)
        out.insert(child.name, value(child, child.name, hints));
    return out;
}

} // namespace Ses
