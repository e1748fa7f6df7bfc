#pragma once

#include <QString>

#include "models/ses/TemplateAst.h"
#include "models/ses/TemplateDiagnostic.h"

namespace Ses
{

/// One template part (subject, HTML or text) parsed once: its syntax tree with Handlebars'
/// whitespace rules applied, and every syntax or helper problem with its position. The
/// renderer, the variables list and TemplateChecks all start from here.
class TemplateDocument
{
public:
    TemplateDocument() = default;

    static TemplateDocument parse(const QString &source);

    const QString &source() const
    {
        return m_source;
    }
    /// True when there are no diagnostics: the template can be rendered.
    bool isValid() const
    {
        return m_diagnostics.isEmpty();
    }
    const TemplateDiagnostics &diagnostics() const
    {
        return m_diagnostics;
    }
    /// The syntax tree; empty after a syntax error.
    const TemplateProgram &program() const
    {
        return m_program;
    }

private:
    QString m_source;
    TemplateProgram m_program;
    TemplateDiagnostics m_diagnostics;
};

} // namespace Ses
