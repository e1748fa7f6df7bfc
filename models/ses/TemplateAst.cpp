#include "models/ses/TemplateAst.h"

namespace Ses
{

QString TemplateExpression::displayText() const
{
    switch (kind) {
    case Kind::Path:
        return path.original;
    case Kind::String:
        return QLatin1Char('"') + string + QLatin1Char('"');
    case Kind::Number:
        return string;
    case Kind::Boolean:
        return boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Undefined:
        return QStringLiteral("undefined");
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::SubExpression:
        return QLatin1Char('(') + (call ? call->name.displayText() : QString()) + QLatin1Char(')');
    }
    return {};
}

const TemplateExpression *TemplateCall::hashValue(const QString &key) const
{
    const qsizetype i = hashKeys.indexOf(key);
    return i < 0 ? nullptr : &hashValues.at(std::size_t(i));
}

} // namespace Ses
