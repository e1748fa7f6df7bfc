#pragma once

#include <QHash>
#include <QList>
#include <QSet>

#include "models/ses/TemplateAst.h"
#include "models/ses/TemplateVariable.h"

namespace Ses
{

class TemplateDocument;

/// Lists the data paths a parsed template refers to, following block scopes (each, with,
/// sections, block parameters, "../", @root) and inline partials at each place they are used
/// (a partial used inside {{#each friends}} refers to "friends[].firstName"). See
/// TemplateVariable for how paths are written. Variables come out in the order rendering would
/// reach them (source order, with a partial's variables where the partial is used).
class TemplateVariableCollector
{
public:
    static QList<TemplateVariable> collect(const TemplateDocument &document);

private:
    struct Scope {
        const Scope *parent = nullptr;
        QString base;
    };
    struct Params {
        const Params *parent = nullptr;
        QStringList names;
        QStringList paths; ///< Empty: not data (an index or a literal).
    };
    struct Partials {
        const Partials *parent = nullptr;
        QHash<QString, const TemplateProgram *> programs;
        const TemplateProgram *find(const QString &name) const;
    };
    struct Env {
        const Scope *scope = nullptr;
        const Params *params = nullptr;
        const Partials *partials = nullptr;
    };

    void visitProgram(const TemplateProgram &program, Env env);
    void visitNode(const TemplateNode &node, const Env &env);
    void visitBlock(const TemplateNode &node, const Env &env);
    void visitPartial(const TemplateNode &node, const Env &env);
    void visitCall(const TemplateCall &call, const Env &env, TemplateVariable::Usage usage);
    void visitExpression(const TemplateExpression &expression, const Env &env, TemplateVariable::Usage usage);
    void visitWithScope(const TemplateProgram *program, const QString &base, const Env &env, bool each);
    /// The data path of an expression, or a null string when it is not data.
    QString pathOf(const TemplateExpression &expression, const Env &env) const;
    void record(const QString &path, TemplateVariable::Usage usage, const TemplateSourceLocation &location);

    QList<TemplateVariable> m_variables;
    QHash<QString, qsizetype> m_index;
    QSet<QString> m_activePartials;
};

} // namespace Ses
