#pragma once

#include <QJsonObject>
#include <QString>

#include "models/ses/TemplateChecks.h"

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// What SES accepts as an email template, with its wording: names of 1 to 64 ASCII letters,
/// digits, "_" and "-"; a subject; a text part, an HTML part or both; at most 500 KB for the three
/// parts together (the guide's quota); Handlebars that parses (the models/ses engine, so the
/// Sandbox and SesDesk's editor agree on every template); {{ses:openTracker}} at most once.
class EmailTemplateRules
{
public:
    static Check name(const QString &name);
    /// @param name the template's name for the messages ("" for content sent inline).
    static Check content(const QString &name, const QJsonObject &templateContent);
    /// Subject, Html and Text of an EmailTemplateContent as the engine's input.
    static Ses::TemplateChecks::Input parts(const QString &name, const QJsonObject &templateContent);
};

} // namespace Sandbox
