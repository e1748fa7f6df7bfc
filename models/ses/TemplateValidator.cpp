#include "models/ses/TemplateValidator.h"

#include <QCoreApplication>

#include "models/ses/TemplateHelpers.h"

namespace Ses
{

namespace
{

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Ses::TemplateValidator", text, nullptr, n);
}

QString helperList()
{
    return TemplateHelpers::names().join(QStringLiteral(", "));
}

} // namespace

bool TemplateValidator::Scope::defines(const QString &name) const
{
    for (const Scope *s = this; s; s = s->parent) {
        if (s->partials.contains(name))
            return true;
    }
    return false;
}

TemplateDiagnostics TemplateValidator::validate(const TemplateProgram &program)
{
    TemplateValidator validator;
    validator.visitProgram(program, nullptr);
    return validator.m_diagnostics;
}

void TemplateValidator::report(TemplateDiagnostic::Code code, const TemplateExpression &at, const QString &message)
{
    TemplateDiagnostic d;
    d.code = code;
    d.location = at.location;
    d.length = at.length;
    d.message = message;
    m_diagnostics.append(d);
}

void TemplateValidator::visitProgram(const TemplateProgram &program, const Scope *parent)
{
    // Inline partials are registered when their program starts to run, so a partial may be used
    // anywhere in the program that defines it and in everything nested inside it.
    Scope scope;
    scope.parent = parent;
    for (const TemplateNode &node : program.body) {
        if (node.kind == TemplateNode::Kind::InlinePartial && !node.call.params.empty()
            && node.call.params.front().kind == TemplateExpression::Kind::String) {
            scope.partials.insert(node.call.params.front().string);
        }
    }
    for (const TemplateNode &node : program.body)
        visitNode(node, scope);
}

void TemplateValidator::visitNode(const TemplateNode &node, const Scope &scope)
{
    switch (node.kind) {
    case TemplateNode::Kind::Content:
    case TemplateNode::Kind::Comment:
        return;
    case TemplateNode::Kind::Mustache:
        checkMustache(node);
        return;
    case TemplateNode::Kind::Partial:
        checkPartial(node, scope);
        return;
    case TemplateNode::Kind::InlinePartial:
        checkInlinePartial(node);
        break;
    case TemplateNode::Kind::Block:
        checkBlock(node);
        break;
    }
    if (node.program)
        visitProgram(*node.program, &scope);
    if (node.inverse)
        visitProgram(*node.inverse, &scope);
}

void TemplateValidator::checkMustache(const TemplateNode &node)
{
    checkHelperCall(node.call, false, false);
}

void TemplateValidator::checkBlock(const TemplateNode &node)
{
    checkHelperCall(node.call, true, false);
}

void TemplateValidator::checkInlinePartial(const TemplateNode &node)
{
    const TemplateExpression &name = node.call.name;
    if (!name.path.isSimple() || name.path.parts.front() != TemplateHelpers::InlineDecorator) {
        report(TemplateDiagnostic::Code::Unsupported,
            name,
            tr("Unknown decorator \"%1\": SES templates support only {{#*inline \"name\"}}...{{/inline}}.")
                .arg(name.displayText()));
        return;
    }
    if (node.call.params.size() != 1 || node.call.params.front().kind != TemplateExpression::Kind::String
        || !node.call.hashKeys.isEmpty()) {
        report(TemplateDiagnostic::Code::WrongArgumentCount,
            node.call.params.empty() ? name : node.call.params.front(),
            tr("An inline partial needs exactly one name in quotes: {{#*inline \"name\"}}."));
    }
}

void TemplateValidator::checkPartial(const TemplateNode &node, const Scope &scope)
{
    const TemplateExpression &name = node.call.name;
    const QString partial = name.path.original;
    if (!scope.defines(partial)) {
        report(TemplateDiagnostic::Code::UnknownPartial,
            name,
            tr("There is no inline partial named \"%1\" here. Define it in this part with "
               "{{#*inline \"%1\"}}...{{/inline}}: partials are not shared between the subject, HTML "
               "and text parts.")
                .arg(partial));
    }
    for (const TemplateExpression &param : node.call.params) {
        if (param.kind == TemplateExpression::Kind::SubExpression && param.call)
            checkHelperCall(*param.call, false, true);
    }
    for (const TemplateExpression &value : node.call.hashValues) {
        if (value.kind == TemplateExpression::Kind::SubExpression && value.call)
            checkHelperCall(*value.call, false, true);
    }
}

void TemplateValidator::checkHelperCall(const TemplateCall &call, bool asBlock, bool asSubExpression)
{
    const TemplateExpression &name = call.name;
    const TemplateHelpers::Helper *helper
        = name.path.isSimple() ? TemplateHelpers::find(name.path.parts.front()) : nullptr;
    if (helper) {
        if (asBlock && !helper->block) {
            report(TemplateDiagnostic::Code::BlockHelperUsedInline,
                name,
                tr("\"%1\" is not a block helper: write {{%1 ...}} without \"#\".").arg(helper->name));
        } else if (!asBlock && !helper->inlineUse) {
            report(TemplateDiagnostic::Code::BlockHelperUsedInline,
                name,
                asSubExpression
                    ? tr("\"%1\" is a block helper and cannot be used in a subexpression.").arg(helper->name)
                    : tr("\"%1\" is a block helper: write {{#%1 ...}}...{{/%1}}.").arg(helper->name));
        } else {
            checkArguments(call);
        }
    } else if (call.hasArguments() || asSubExpression) {
        report(TemplateDiagnostic::Code::UnknownHelper,
            name,
            tr("Unknown helper \"%1\". SES templates support the Handlebars built-in helpers: %2.")
                .arg(name.displayText(), helperList()));
    }
    for (const TemplateExpression &param : call.params) {
        if (param.kind == TemplateExpression::Kind::SubExpression && param.call)
            checkHelperCall(*param.call, false, true);
    }
    for (const TemplateExpression &value : call.hashValues) {
        if (value.kind == TemplateExpression::Kind::SubExpression && value.call)
            checkHelperCall(*value.call, false, true);
    }
}

void TemplateValidator::checkArguments(const TemplateCall &call)
{
    const TemplateHelpers::Helper *helper = TemplateHelpers::find(call.name.path.parts.front());
    const int count = int(call.params.size());
    if (count < helper->minParams || (helper->maxParams >= 0 && count > helper->maxParams)) {
        const QString expected = helper->minParams == helper->maxParams
            ? tr("\"%1\" takes exactly %n argument(s)", helper->minParams).arg(helper->name)
            : tr("\"%1\" takes at least %n argument(s)", helper->minParams).arg(helper->name);
        report(TemplateDiagnostic::Code::WrongArgumentCount,
            count > helper->minParams && count > 0 ? call.params.at(std::size_t(count - 1)) : call.name,
            tr("%1, not %2.").arg(expected).arg(count));
    }
    for (qsizetype i = 0; i < call.hashKeys.size(); ++i) {
        if (!helper->hashKeys.contains(call.hashKeys.at(i))) {
            report(TemplateDiagnostic::Code::WrongArgumentCount,
                call.hashValues.at(std::size_t(i)),
                tr("\"%1\" does not take a \"%2=\" argument.").arg(helper->name, call.hashKeys.at(i)));
        }
    }
}

} // namespace Ses
