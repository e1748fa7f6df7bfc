#pragma once

#include <QSet>
#include <QString>

#include "models/ses/TemplateAst.h"
#include "models/ses/TemplateDiagnostic.h"

namespace Ses
{

/// Checks a syntactically valid template against what SES's Handlebars provides (see
/// TemplateHelpers): unknown helpers, block helpers used inline and the other way round,
/// argument counts and key=value names of the built-ins, inline-partial definitions, and
/// partials used without an inline definition in scope. Reports every problem, not just the first.
class TemplateValidator
{
public:
    static TemplateDiagnostics validate(const TemplateProgram &program);

private:
    struct Scope {
        const Scope *parent = nullptr;
        QSet<QString> partials;
        bool defines(const QString &name) const;
    };

    void visitProgram(const TemplateProgram &program, const Scope *parent);
    void visitNode(const TemplateNode &node, const Scope &scope);
    void checkMustache(const TemplateNode &node);
    void checkBlock(const TemplateNode &node);
    void checkInlinePartial(const TemplateNode &node);
    void checkPartial(const TemplateNode &node, const Scope &scope);
    void checkHelperCall(const TemplateCall &call, bool asBlock, bool asSubExpression);
    void checkArguments(const TemplateCall &call);
    void report(TemplateDiagnostic::Code code, const TemplateExpression &at, const QString &message);

    TemplateDiagnostics m_diagnostics;
};

} // namespace Ses
