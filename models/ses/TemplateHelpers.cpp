#include "models/ses/TemplateHelpers.h"

#include <QList>

namespace Ses
{

namespace
{

const QList<TemplateHelpers::Helper> &helpers()
{
    static const QList<TemplateHelpers::Helper> list = {
        {QStringLiteral("if"), true, false, 1, 1, {QStringLiteral("includeZero")}},
        {QStringLiteral("unless"), true, false, 1, 1, {QStringLiteral("includeZero")}},
        {QStringLiteral("each"), true, false, 1, 1, {}},
        {QStringLiteral("with"), true, false, 1, 1, {}},
        {QStringLiteral("lookup"), false, true, 2, 2, {}},
        {QStringLiteral("log"), false, true, 0, -1, {QStringLiteral("level")}},
    };
    return list;
}

} // namespace

const TemplateHelpers::Helper *TemplateHelpers::find(const QString &name)
{
    for (const Helper &helper : helpers()) {
        if (helper.name == name)
            return &helper;
    }
    return nullptr;
}

QStringList TemplateHelpers::names()
{
    QStringList result;
    for (const Helper &helper : helpers())
        result.append(helper.name);
    return result;
}

QStringList TemplateHelpers::sesPlaceholders()
{
    return {OpenTracker, UnsubscribeUrl};
}

bool TemplateHelpers::isSesPlaceholder(const QString &path)
{
    return path == OpenTracker || path == UnsubscribeUrl;
}

} // namespace Ses
