#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Aws
{
struct XmlNode;
}

namespace Ses
{

/// Turns a Query-protocol XML result into the JSON the AWS CLI prints for it: lists (<member>
/// children) become arrays, numbers and booleans typed by the shape hints, everything else
/// (timestamps included, as the CLI prints the wire text) a string. The hints name members by
/// their element name, which is unique enough within one operation's answer.
class QueryXmlJson
{
public:
    struct Hints {
        QSet<QString> lists;
        QSet<QString> numbers;
        QSet<QString> booleans;
    };

    /// The object for a structure element (e.g. <GetMetricDataResult>).
    static QJsonObject structure(const Aws::XmlNode &node, const Hints &hints);
};

} // namespace Ses
