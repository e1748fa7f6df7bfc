#pragma once

#include <QList>
#include <QString>

#include "models/ses/TemplateDiagnostic.h"
#include "models/ses/TemplateSourceLocation.h"

namespace Ses
{

/// A value a template printed ({{name}} or {{{name}}}) that the data does not have. SES renders
/// such values empty in a preview but refuses to send ("Attribute 'name' is not present in the
/// rendering data.", a RenderingFailure event), so the editor and the Sandbox both need the list.
struct TemplateMissingValue {
    QString path; ///< As written in the template: "contact.firstName", "interest".
    QString dataPath; ///< From the data's root, as TemplateVariableCollector writes it: "subscription[].interest".
    TemplateSourceLocation location;
    int length = 0;
};

/// What rendering a template part produced.
struct TemplateRenderResult {
    QString text;
    QList<TemplateMissingValue> missing; ///< Each missing value once per place in the template.
    TemplateDiagnostics errors; ///< The template's own problems, or a runaway partial recursion.

    bool ok() const
    {
        return errors.isEmpty();
    }
};

} // namespace Ses
