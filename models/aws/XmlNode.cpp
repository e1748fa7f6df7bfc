#include "models/aws/XmlNode.h"

#include <QXmlStreamReader>

namespace Aws
{

namespace
{

const XmlNode &nullNode()
{
    static const XmlNode node;
    return node;
}

} // namespace

const XmlNode &XmlNode::child(const QString &childName) const
{
    for (const XmlNode &c : children) {
        if (c.name == childName)
            return c;
    }
    return nullNode();
}

const XmlNode &XmlNode::path(std::initializer_list<QString> names) const
{
    const XmlNode *node = this;
    for (const QString &n : names) {
        node = &node->child(n);
        if (node->isNull())
            break;
    }
    return *node;
}

QList<const XmlNode *> XmlNode::childrenNamed(const QString &childName) const
{
    QList<const XmlNode *> out;
    for (const XmlNode &c : children) {
        if (c.name == childName)
            out.append(&c);
    }
    return out;
}

Result<XmlNode> XmlNode::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    XmlNode root;
    QList<XmlNode *> stack;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            XmlNode *parent = stack.isEmpty() ? nullptr : stack.last();
            XmlNode *node = nullptr;
            if (!parent) {
                root.name = reader.name().toString();
                node = &root;
            } else {
                parent->children.append(XmlNode{reader.name().toString(), {}, {}});
                node = &parent->children.last();
            }
            stack.append(node);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty() && !reader.isWhitespace())
                stack.last()->text += reader.text();
            else if (!stack.isEmpty() && stack.last()->children.isEmpty())
                stack.last()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError() || root.name.isEmpty()) {
        return AwsError::local(AwsError::Kind::Parse,
            QStringLiteral("MalformedXml"),
            QStringLiteral("Unreadable XML answer at line %1, column %2: %3")
                .arg(reader.lineNumber())
                .arg(reader.columnNumber())
                .arg(reader.hasError() ? reader.errorString() : QStringLiteral("no root element")));
    }
    return root;
}

} // namespace Aws
