#pragma once

#include <QJsonObject>
#include <QString>

#include "models/ses/TemplateSourceLocation.h"

namespace Ses
{

/// SES's TemplateData: replacement values as a JSON object in a string (sesv2 EmailTemplateData,
/// at most 262,144 characters). Parses it for rendering and, for the editor's sample-data box,
/// says exactly where and why it is not valid.
class TemplateData
{
public:
    static constexpr int MaxLength = 262144;

    struct ParseResult {
        QJsonObject data;
        bool ok = false;
        TemplateSourceLocation location; ///< Where the problem is (line/column in the text)
        QString message; ///< Translated; empty when ok
    };

    static ParseResult parse(const QString &json);
};

} // namespace Ses
