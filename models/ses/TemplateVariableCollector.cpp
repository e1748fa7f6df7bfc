#include "models/ses/TemplateVariableCollector.h"

#include <algorithm>

#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateHelpers.h"

namespace Ses
{

namespace
{

using Usage = TemplateVariable::Usage;

QString join(const QString &base, const QStringList &parts)
{
    if (base.isNull())
        return {};
    if (parts.isEmpty())
        return base;
    const QString tail = parts.join(u'.');
    return base.isEmpty() ? tail : base + QLatin1Char('.') + tail;
}

const TemplateHelpers::Helper *helperFor(const TemplateCall &call)
{
    if (call.name.kind != TemplateExpression::Kind::Path || !call.name.path.isSimple())
        return nullptr;
    return TemplateHelpers::find(call.name.path.parts.front());
}

} // namespace

const TemplateProgram *TemplateVariableCollector::Partials::find(const QString &name) const
{
    for (const Partials *p = this; p; p = p->parent) {
        const auto it = p->programs.constFind(name);
        if (it != p->programs.constEnd())
            return it.value();
    }
    return nullptr;
}

QList<TemplateVariable> TemplateVariableCollector::collect(const TemplateDocument &document)
{
    TemplateVariableCollector collector;
    Scope root{nullptr, QStringLiteral("")};
    Env env;
    env.scope = &root;
    collector.visitProgram(document.program(), env);
    QList<TemplateVariable> variables = collector.m_variables;
    for (TemplateVariable &variable : variables) {
        std::sort(variable.locations.begin(), variable.locations.end(), [](const auto &a, const auto &b) {
            return a.offset < b.offset;
        });
    }
    return variables;
}

void TemplateVariableCollector::record(const QString &path, Usage usage, const TemplateSourceLocation &location)
{
    if (path.isEmpty() || TemplateHelpers::isSesPlaceholder(path))
        return;
    auto it = m_index.constFind(path);
    if (it == m_index.constEnd()) {
        it = m_index.insert(path, m_variables.size());
        m_variables.append(TemplateVariable{path, {}, {}});
    }
    TemplateVariable &variable = m_variables[it.value()];
    variable.usages |= usage;
    if (!variable.locations.contains(location))
        variable.locations.append(location);
}

void TemplateVariableCollector::visitProgram(const TemplateProgram &program, Env env)
{
    Partials partials;
    for (const TemplateNode &node : program.body) {
        if (node.kind == TemplateNode::Kind::InlinePartial && node.program && !node.call.params.empty())
            partials.programs.insert(node.call.params.front().string, node.program.get());
    }
    if (!partials.programs.isEmpty()) {
        partials.parent = env.partials;
        env.partials = &partials;
    }
    for (const TemplateNode &node : program.body)
        visitNode(node, env);
}

void TemplateVariableCollector::visitNode(const TemplateNode &node, const Env &env)
{
    switch (node.kind) {
    case TemplateNode::Kind::Content:
    case TemplateNode::Kind::Comment:
    case TemplateNode::Kind::InlinePartial: // visited where it is used
        return;
    case TemplateNode::Kind::Mustache:
        visitCall(node.call, env, Usage::Printed);
        return;
    case TemplateNode::Kind::Block:
        visitBlock(node, env);
        return;
    case TemplateNode::Kind::Partial:
        visitPartial(node, env);
        return;
    }
}

void TemplateVariableCollector::visitCall(const TemplateCall &call, const Env &env, Usage usage)
{
    const TemplateHelpers::Helper *helper = helperFor(call);
    if (!helper) {
        if (!call.hasArguments())
            visitExpression(call.name, env, usage);
        return;
    }
    if (helper->name == u"lookup" && call.params.size() == 2) {
        TemplateExpression whole;
        whole.kind = TemplateExpression::Kind::SubExpression;
        whole.call = std::make_shared<TemplateCall>(call);
        record(pathOf(whole, env), usage, call.name.location);
        if (call.params.at(1).kind == TemplateExpression::Kind::Path)
            visitExpression(call.params.at(1), env, Usage::Argument);
        return;
    }
    for (const TemplateExpression &param : call.params)
        visitExpression(param, env, Usage::Argument);
    for (const TemplateExpression &value : call.hashValues)
        visitExpression(value, env, Usage::Argument);
}

void TemplateVariableCollector::visitExpression(const TemplateExpression &expression, const Env &env, Usage usage)
{
    if (expression.kind == TemplateExpression::Kind::SubExpression && expression.call) {
        visitCall(*expression.call, env, usage);
        return;
    }
    if (expression.kind == TemplateExpression::Kind::Path)
        record(pathOf(expression, env), usage, expression.location);
}

void TemplateVariableCollector::visitBlock(const TemplateNode &node, const Env &env)
{
    const TemplateHelpers::Helper *helper = helperFor(node.call);
    const QString name = helper ? helper->name : QString();
    if (name == u"if" || name == u"unless") {
        visitExpression(node.call.params.front(), env, Usage::Condition);
        for (const TemplateExpression &value : node.call.hashValues)
            visitExpression(value, env, Usage::Argument);
        if (node.program)
            visitProgram(*node.program, env);
        if (node.inverse)
            visitProgram(*node.inverse, env);
        return;
    }
    if (name == u"each" || name == u"with") {
        const TemplateExpression &subject = node.call.params.front();
        visitExpression(subject, env, name == u"each" ? Usage::Iterated : Usage::Scope);
        visitWithScope(node.program.get(), pathOf(subject, env), env, name == u"each");
        if (node.inverse)
            visitProgram(*node.inverse, env);
        return;
    }
    if (helper)
        return;
    // A section: its body sees the value as context (each element of it for a list).
    visitExpression(node.call.name, env, node.inverted ? Usage::Condition : Usage::Scope);
    visitWithScope(node.program.get(), pathOf(node.call.name, env), env, false);
    if (node.inverse)
        visitProgram(*node.inverse, env);
}

void TemplateVariableCollector::visitWithScope(
    const TemplateProgram *program, const QString &base, const Env &env, bool each)
{
    if (!program)
        return;
    const QString inner = base.isNull() ? QString() : (each ? base + QStringLiteral("[]") : base);
    Scope scope{env.scope, inner};
    Params params;
    Env innerEnv = env;
    innerEnv.scope = &scope;
    if (!program->blockParams.isEmpty()) {
        params.parent = env.params;
        params.names = program->blockParams.mid(0, each ? 2 : 1);
        params.paths = {inner, QString()};
        innerEnv.params = &params;
    }
    visitProgram(*program, innerEnv);
}

void TemplateVariableCollector::visitPartial(const TemplateNode &node, const Env &env)
{
    const QString name = node.call.name.path.original;
    QString base = env.scope->base;
    if (!node.call.params.empty()) {
        visitExpression(node.call.params.front(), env, Usage::Scope);
        base = pathOf(node.call.params.front(), env);
    }
    Params hash;
    for (qsizetype i = 0; i < node.call.hashKeys.size(); ++i) {
        const TemplateExpression &value = node.call.hashValues.at(std::size_t(i));
        visitExpression(value, env, Usage::Argument);
        hash.names.append(node.call.hashKeys.at(i));
        hash.paths.append(pathOf(value, env));
    }
    const TemplateProgram *partial = env.partials ? env.partials->find(name) : nullptr;
    if (!partial || m_activePartials.contains(name))
        return;
    m_activePartials.insert(name);
    Scope scope{env.scope, base};
    Env inner;
    inner.scope = &scope;
    inner.partials = env.partials;
    // The hash becomes part of the partial's context: its keys resolve like block parameters.
    inner.params = hash.names.isEmpty() ? nullptr : &hash;
    visitProgram(*partial, inner);
    m_activePartials.remove(name);
}

QString TemplateVariableCollector::pathOf(const TemplateExpression &expression, const Env &env) const
{
    if (expression.kind == TemplateExpression::Kind::SubExpression && expression.call) {
        const TemplateCall &call = *expression.call;
        const TemplateHelpers::Helper *helper = helperFor(call);
        if (!helper || helper->name != u"lookup" || call.params.size() != 2)
            return {};
        const QString object = pathOf(call.params.at(0), env);
        const TemplateExpression &key = call.params.at(1);
        switch (key.kind) {
        case TemplateExpression::Kind::String:
            return join(object, {key.string});
        case TemplateExpression::Kind::Number:
            return join(object, {key.string});
        default:
            return join(object, {QStringLiteral("*")});
        }
    }
    if (expression.kind != TemplateExpression::Kind::Path)
        return {};
    const TemplatePath &path = expression.path;
    if (path.data) {
        if (!path.parts.isEmpty() && path.parts.front() == u"root")
            return join(QStringLiteral(""), path.parts.mid(1));
        return {};
    }
    if (!path.scoped && !path.parts.isEmpty()) {
        for (const Params *params = env.params; params; params = params->parent) {
            const qsizetype i = params->names.indexOf(path.parts.front());
            if (i >= 0)
                return join(params->paths.value(i), path.parts.mid(1));
        }
    }
    const Scope *scope = env.scope;
    for (int i = 0; i < path.depth && scope; ++i)
        scope = scope->parent;
    if (!scope)
        return {};
    return join(scope->base, path.parts);
}

} // namespace Ses
