#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Sandbox
{

/// Small readers for operation inputs (already validated against the model).
namespace Inputs
{

inline QString string(const QJsonObject &input, const char *member)
{
    return input.value(QLatin1String(member)).toString();
}

inline bool has(const QJsonObject &input, const char *member)
{
    const QJsonValue v = input.value(QLatin1String(member));
    return !v.isUndefined() && !v.isNull();
}

inline QStringList strings(const QJsonObject &input, const char *member)
{
    QStringList out;
    for (const auto &v : input.value(QLatin1String(member)).toArray())
        out.append(v.toString());
    return out;
}

} // namespace Inputs

} // namespace Sandbox
