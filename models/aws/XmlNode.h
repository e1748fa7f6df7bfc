#pragma once

#include <QList>
#include <QString>

#include "models/aws/Result.h"

namespace Aws
{

/// A small element tree for Query-protocol answers (SES v1, STS, CloudWatch XML). Namespaces are
/// dropped: AWS answers use one default namespace.
struct XmlNode {
    QString name;
    QString text;
    QList<XmlNode> children;

    /// The first child with that name, or an empty node.
    const XmlNode &child(const QString &childName) const;
    /// Follows a path of child names: node.path({"GetSendQuotaResult", "Max24HourSend"}).
    const XmlNode &path(std::initializer_list<QString> names) const;
    QList<const XmlNode *> childrenNamed(const QString &childName) const;
    bool isNull() const
    {
        return name.isEmpty();
    }

    static Result<XmlNode> parse(const QByteArray &xml);
};

} // namespace Aws
