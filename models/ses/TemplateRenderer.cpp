#include "models/ses/TemplateRenderer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateHelpers.h"
#include "models/ses/TemplateValue.h"

namespace Ses
{

namespace
{

const QJsonValue kUndefined(QJsonValue::Undefined);

QString joinPath(const QString &base, const QStringList &parts)
{
    if (parts.isEmpty())
        return base;
    const QString tail = parts.join(u'.');
    return base.isEmpty() ? tail : base + QLatin1Char('.') + tail;
}

/// The contexts a template sees, innermost first: "../" walks up this chain. Only blocks that
/// change the context (each, with, sections, partials with an argument) add a link, as in
/// Handlebars, so "../" inside {{#if}} does not step out of the if.
struct Context {
    const Context *parent = nullptr;
    QJsonValue value;
    QString dataPath; ///< Where value sits in the data, for reports: "", "contact", "items[]"
};

/// @index, @key, @first and @last of the innermost {{#each}}; "@../index" walks up.
struct DataFrame {
    const DataFrame *parent = nullptr;
    QJsonValue index = kUndefined;
    QJsonValue key = kUndefined;
    QJsonValue first = kUndefined;
    QJsonValue last = kUndefined;
};

/// "as |item index|" names bound by enclosing blocks.
struct BlockParams {
    const BlockParams *parent = nullptr;
    QStringList names;
    QList<QJsonValue> values;
    QStringList dataPaths;
};

/// Inline partials visible to the running program.
struct PartialScope {
    const PartialScope *parent = nullptr;
    QHash<QString, const TemplateProgram *> partials;

    const TemplateProgram *find(const QString &name) const
    {
        for (const PartialScope *s = this; s; s = s->parent) {
            const auto it = s->partials.constFind(name);
            if (it != s->partials.constEnd())
                return it.value();
        }
        return nullptr;
    }
};

struct Env {
    const Context *context = nullptr;
    const DataFrame *data = nullptr;
    const BlockParams *params = nullptr;
    const PartialScope *partials = nullptr;
    int partialDepth = 0;
};

class RenderRun
{
public:
    RenderRun(const TemplateRenderer::Options &options, const QJsonObject &data)
        : m_options(options)
        , m_root(data)
    {
    }

    TemplateRenderResult run(const TemplateProgram &program)
    {
        Context root{nullptr, m_root, QString()};
        Env env;
        env.context = &root;
        m_result.text.reserve(4096);
        renderProgram(program, env, m_result.text);
        return std::move(m_result);
    }

private:
    void renderProgram(const TemplateProgram &program, Env env, QString &out);
    void renderNode(const TemplateNode &node, const Env &env, QString &out);
    void renderMustache(const TemplateNode &node, const Env &env, QString &out);
    void renderBlock(const TemplateNode &node, const Env &env, QString &out);
    void renderEach(
        const TemplateNode &node, const QJsonValue &value, const QString &dataPath, const Env &env, QString &out);
    void renderPartial(const TemplateNode &node, const Env &env, QString &out);
    void renderWith(const TemplateProgram *program,
        const QJsonValue &value,
        const QString &dataPath,
        const QJsonValue &blockParam,
        const Env &env,
        QString &out);

    QJsonValue evaluate(const TemplateExpression &expression, const Env &env);
    QJsonValue evaluateCall(const TemplateCall &call, const Env &env);
    QJsonValue resolve(const TemplatePath &path, const Env &env) const;
    QString dataPathOf(const TemplateExpression &expression, const Env &env) const;
    const TemplateHelpers::Helper *helperFor(const TemplateCall &call) const;

    const TemplateRenderer::Options &m_options;
    QJsonValue m_root;
    TemplateRenderResult m_result;
    QSet<QPair<int, QString>> m_reported;
};

const TemplateHelpers::Helper *RenderRun::helperFor(const TemplateCall &call) const
{
    const TemplatePath &path = call.name.path;
    if (call.name.kind != TemplateExpression::Kind::Path || !path.isSimple())
        return nullptr;
    return TemplateHelpers::find(path.parts.front());
}

void RenderRun::renderProgram(const TemplateProgram &program, Env env, QString &out)
{
    // Inline partials take effect for the whole program that defines them.
    PartialScope scope;
    for (const TemplateNode &node : program.body) {
        if (node.kind == TemplateNode::Kind::InlinePartial && node.program && !node.call.params.empty())
            scope.partials.insert(node.call.params.front().string, node.program.get());
    }
    if (!scope.partials.isEmpty()) {
        scope.parent = env.partials;
        env.partials = &scope;
    }
    for (const TemplateNode &node : program.body)
        renderNode(node, env, out);
}

void RenderRun::renderNode(const TemplateNode &node, const Env &env, QString &out)
{
    switch (node.kind) {
    case TemplateNode::Kind::Content:
        out += node.value;
        return;
    case TemplateNode::Kind::Comment:
    case TemplateNode::Kind::InlinePartial:
        return;
    case TemplateNode::Kind::Mustache:
        renderMustache(node, env, out);
        return;
    case TemplateNode::Kind::Block:
        renderBlock(node, env, out);
        return;
    case TemplateNode::Kind::Partial:
        renderPartial(node, env, out);
        return;
    }
}

void RenderRun::renderMustache(const TemplateNode &node, const Env &env, QString &out)
{
    const TemplateCall &call = node.call;
    const TemplatePath &path = call.name.path;
    if (m_options.keepSesPlaceholders && !call.hasArguments() && path.isSimple()
        && TemplateHelpers::isSesPlaceholder(path.parts.front())) {
        out += QStringLiteral("{{") + path.parts.front() + QStringLiteral("}}");
        return;
    }
    const QJsonValue value = evaluateCall(call, env);
    if (value.isUndefined() && !helperFor(call)) {
        const QString dataPath = dataPathOf(call.name, env);
        if (!m_reported.contains({node.location.offset, dataPath})) {
            m_reported.insert({node.location.offset, dataPath});
            m_result.missing.append(TemplateMissingValue{path.original, dataPath, node.location, node.length});
        }
        return;
    }
    const QString text = TemplateValue::toDisplayString(value);
    if (node.escaped && m_options.escaping == TemplateRenderer::Escaping::Html)
        out += TemplateValue::escapeHtml(text);
    else
        out += text;
}

void RenderRun::renderBlock(const TemplateNode &node, const Env &env, QString &out)
{
    const TemplateCall &call = node.call;
    const TemplateHelpers::Helper *helper = helperFor(call);
    const QString name = helper ? helper->name : QString();
    const TemplateProgram *fn = node.program.get();
    const TemplateProgram *inverse = node.inverse.get();

    if (name == u"if" || name == u"unless") {
        const QJsonValue condition = evaluate(call.params.front(), env);
        const TemplateExpression *includeZero = call.hashValue(QStringLiteral("includeZero"));
        const bool zeroCounts = includeZero && TemplateValue::isTruthy(evaluate(*includeZero, env));
        bool truthy = !((!zeroCounts && !TemplateValue::isTruthy(condition)) || TemplateValue::isEmpty(condition));
        if (name == u"unless")
            truthy = !truthy;
        const TemplateProgram *branch = truthy ? fn : inverse;
        if (branch)
            renderProgram(*branch, env, out);
        return;
    }
    if (name == u"each") {
        const TemplateExpression &subject = call.params.front();
        renderEach(node, evaluate(subject, env), dataPathOf(subject, env), env, out);
        return;
    }
    if (name == u"with") {
        const TemplateExpression &subject = call.params.front();
        const QJsonValue value = evaluate(subject, env);
        if (TemplateValue::isEmpty(value)) {
            if (inverse)
                renderProgram(*inverse, env, out);
            return;
        }
        renderWith(fn, value, dataPathOf(subject, env), value, env, out);
        return;
    }
    if (helper) // lookup or log as a block: TemplateValidator rejects these.
        return;

    // A mustache section, Handlebars' blockHelperMissing.
    const QJsonValue value = evaluateCall(call, env);
    if (value.isBool() && value.toBool()) {
        if (fn)
            renderProgram(*fn, env, out);
    } else if (value.isBool() || value.isNull() || value.isUndefined()) {
        if (inverse)
            renderProgram(*inverse, env, out);
    } else if (value.isArray()) {
        if (value.toArray().isEmpty()) {
            if (inverse)
                renderProgram(*inverse, env, out);
        } else {
            renderEach(node, value, dataPathOf(call.name, env), env, out);
        }
    } else {
        renderWith(fn, value, dataPathOf(call.name, env), kUndefined, env, out);
    }
}

void RenderRun::renderWith(const TemplateProgram *program,
    const QJsonValue &value,
    const QString &dataPath,
    const QJsonValue &blockParam,
    const Env &env,
    QString &out)
{
    if (!program)
        return;
    Context context{env.context, value, dataPath};
    BlockParams params;
    Env inner = env;
    inner.context = &context;
    if (!program->blockParams.isEmpty() && !blockParam.isUndefined()) {
        params.parent = env.params;
        params.names = program->blockParams.mid(0, 1);
        params.values = {blockParam};
        params.dataPaths = {dataPath};
        inner.params = &params;
    }
    renderProgram(*program, inner, out);
}

void RenderRun::renderEach(
    const TemplateNode &node, const QJsonValue &value, const QString &dataPath, const Env &env, QString &out)
{
    const TemplateProgram *fn = node.program.get();
    const QString itemPath = dataPath + QStringLiteral("[]");
    bool any = false;
    auto iteration = [&](const QJsonValue &item, const QJsonValue &key, qsizetype index, bool last) {
        any = true;
        if (!fn)
            return;
        Context context{env.context, item, itemPath};
        DataFrame data;
        data.parent = env.data;
        data.index = QJsonValue(double(index));
        data.key = key;
        data.first = QJsonValue(index == 0);
        data.last = QJsonValue(last);
        BlockParams params;
        Env inner = env;
        inner.context = &context;
        inner.data = &data;
        if (!fn->blockParams.isEmpty()) {
            params.parent = env.params;
            params.names = fn->blockParams.mid(0, 2);
            params.values = {item, key};
            params.dataPaths = {itemPath, QString()};
            inner.params = &params;
        }
        renderProgram(*fn, inner, out);
    };
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            iteration(array.at(i), QJsonValue(double(i)), i, i + 1 == array.size());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        qsizetype i = 0;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it, ++i)
            iteration(it.value(), QJsonValue(it.key()), i, i + 1 == object.size());
    }
    if (!any && node.inverse)
        renderProgram(*node.inverse, env, out);
}

void RenderRun::renderPartial(const TemplateNode &node, const Env &env, QString &out)
{
    const QString name = node.call.name.path.original;
    const TemplateProgram *partial = env.partials ? env.partials->find(name) : nullptr;
    if (!partial) {
        TemplateDiagnostic d;
        d.code = TemplateDiagnostic::Code::UnknownPartial;
        d.location = node.call.name.location;
        d.length = node.call.name.length;
        d.message
            = QCoreApplication::translate("Ses::TemplateRenderer", "The partial \"%1\" could not be found.").arg(name);
        m_result.errors.append(d);
        return;
    }
    if (env.partialDepth >= m_options.maxPartialDepth) {
        if (m_result.errors.isEmpty()) {
            TemplateDiagnostic d;
            d.code = TemplateDiagnostic::Code::Unsupported;
            d.location = node.location;
            d.length = node.length;
            d.message
                = QCoreApplication::translate("Ses::TemplateRenderer", "The partial \"%1\" calls itself without end.")
                      .arg(name);
            m_result.errors.append(d);
        }
        return;
    }
    QJsonValue value = env.context->value;
    QString dataPath = env.context->dataPath;
    if (!node.call.params.empty()) {
        value = evaluate(node.call.params.front(), env);
        dataPath = dataPathOf(node.call.params.front(), env);
    }
    if (!node.call.hashKeys.isEmpty()) {
        // Handlebars hands the partial a copy of its context with the hash merged in.
        QJsonObject merged = value.isObject() ? value.toObject() : QJsonObject();
        for (qsizetype i = 0; i < node.call.hashKeys.size(); ++i)
            merged.insert(node.call.hashKeys.at(i), evaluate(node.call.hashValues.at(std::size_t(i)), env));
        value = merged;
    }
    Context context{env.context, value, dataPath};
    Env inner = env;
    inner.context = &context;
    inner.params = nullptr; // A partial is compiled on its own: the caller's block parameters are not in scope.
    ++inner.partialDepth;
    if (node.indent.isEmpty()) {
        renderProgram(*partial, inner, out);
        return;
    }
    QString text;
    renderProgram(*partial, inner, text);
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty() && i + 1 == lines.size())
            break;
        lines[i].prepend(node.indent);
    }
    out += lines.join(u'\n');
}

QJsonValue RenderRun::evaluate(const TemplateExpression &expression, const Env &env)
{
    switch (expression.kind) {
    case TemplateExpression::Kind::Path:
        return resolve(expression.path, env);
    case TemplateExpression::Kind::String:
        return QJsonValue(expression.string);
    case TemplateExpression::Kind::Number:
        return QJsonValue(expression.number);
    case TemplateExpression::Kind::Boolean:
        return QJsonValue(expression.boolean);
    case TemplateExpression::Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case TemplateExpression::Kind::Undefined:
        return kUndefined;
    case TemplateExpression::Kind::SubExpression:
        return expression.call ? evaluateCall(*expression.call, env) : kUndefined;
    }
    return kUndefined;
}

QJsonValue RenderRun::evaluateCall(const TemplateCall &call, const Env &env)
{
    const TemplateHelpers::Helper *helper = helperFor(call);
    if (!helper)
        return resolve(call.name.path, env);
    if (helper->name == u"lookup" && call.params.size() == 2) {
        const QJsonValue object = evaluate(call.params.at(0), env);
        const QJsonValue key = evaluate(call.params.at(1), env);
        if (object.isUndefined() || object.isNull())
            return kUndefined;
        return TemplateValue::property(object, TemplateValue::toDisplayString(key));
    }
    // log renders nothing; its arguments are still evaluated, as in Handlebars.
    for (const TemplateExpression &param : call.params)
        evaluate(param, env);
    return kUndefined;
}

QJsonValue RenderRun::resolve(const TemplatePath &path, const Env &env) const
{
    QJsonValue value;
    qsizetype first = 0;
    if (path.data) {
        const DataFrame *frame = env.data;
        for (int i = 0; i < path.depth && frame; ++i)
            frame = frame->parent;
        const QString &name = path.parts.isEmpty() ? QString() : path.parts.front();
        if (name == u"root")
            value = m_root;
        else if (!frame)
            return kUndefined;
        else if (name == u"index")
            value = frame->index;
        else if (name == u"key")
            value = frame->key;
        else if (name == u"first")
            value = frame->first;
        else if (name == u"last")
            value = frame->last;
        else
            return kUndefined;
        first = 1;
    } else {
        bool found = false;
        if (!path.scoped && !path.parts.isEmpty()) {
            for (const BlockParams *params = env.params; params && !found; params = params->parent) {
                const qsizetype i = params->names.indexOf(path.parts.front());
                if (i >= 0) {
                    value = params->values.at(i);
                    first = 1;
                    found = true;
                }
            }
        }
        if (!found) {
            const Context *context = env.context;
            for (int i = 0; i < path.depth && context; ++i)
                context = context->parent;
            if (!context)
                return kUndefined;
            value = context->value;
        }
    }
    for (qsizetype i = first; i < path.parts.size(); ++i) {
        value = TemplateValue::property(value, path.parts.at(i));
        if (value.isUndefined())
            return value;
    }
    return value;
}

QString RenderRun::dataPathOf(const TemplateExpression &expression, const Env &env) const
{
    if (expression.kind == TemplateExpression::Kind::SubExpression && expression.call) {
        const TemplateCall &call = *expression.call;
        if (call.name.path.isSimple() && call.name.path.parts.front() == u"lookup" && call.params.size() == 2) {
            const TemplateExpression &key = call.params.at(1);
            const QString base = dataPathOf(call.params.at(0), env);
            const QString member = key.kind == TemplateExpression::Kind::Path ? QStringLiteral("*") : key.displayText();
            return joinPath(base, {key.kind == TemplateExpression::Kind::String ? key.string : member});
        }
        return {};
    }
    if (expression.kind != TemplateExpression::Kind::Path)
        return {};
    const TemplatePath &path = expression.path;
    if (path.data) {
        if (!path.parts.isEmpty() && path.parts.front() == u"root")
            return joinPath(QString(), path.parts.mid(1));
        return QLatin1Char('@') + path.parts.join(u'.');
    }
    if (!path.scoped && !path.parts.isEmpty()) {
        for (const BlockParams *params = env.params; params; params = params->parent) {
            const qsizetype i = params->names.indexOf(path.parts.front());
            if (i >= 0)
                return joinPath(params->dataPaths.at(i), path.parts.mid(1));
        }
    }
    const Context *context = env.context;
    for (int i = 0; i < path.depth && context && context->parent; ++i)
        context = context->parent;
    return joinPath(context ? context->dataPath : QString(), path.parts);
}

} // namespace

TemplateRenderer::TemplateRenderer() = default;

TemplateRenderer::TemplateRenderer(const Options &options)
    : m_options(options)
{
}

TemplateRenderResult TemplateRenderer::render(const TemplateDocument &document, const QJsonObject &data) const
{
    if (!document.isValid()) {
        TemplateRenderResult result;
        result.errors = document.diagnostics();
        return result;
    }
    RenderRun run(m_options, data);
    return run.run(document.program());
}

QString TemplateRenderer::sesMissingAttributeMessage(const QString &path)
{
    return QStringLiteral("Attribute '%1' is not present in the rendering data.").arg(path);
}

} // namespace Ses
