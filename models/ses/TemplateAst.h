#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "models/ses/TemplateSourceLocation.h"

// The syntax tree of a Handlebars template, shaped like Handlebars' own AST (Program, Mustache,
// Block, Partial, Content, Comment statements) so its whitespace and scoping rules carry over
// one to one. Built by TemplateParser; read by TemplateRenderer, TemplateVariableCollector and
// TemplateChecks.

namespace Ses
{

struct TemplateCall;
struct TemplateNode;

/// A path as written ("user.name", "../title", "this", "@index", "[odd key]"), split up.
struct TemplatePath {
    QStringList parts; ///< Segments after "this", "." and ".." are taken out.
    int depth = 0; ///< Number of leading "../".
    bool data = false; ///< "@" paths: @index, @key, @first, @last, @root.
    bool scoped = false; ///< Starts with "this" or "./": never a helper, never a block parameter.
    QString original; ///< As written, for messages and matching {{/name}}.

    /// A bare identifier ("name", not "this.name", "../name" or "@name"): what may name a helper.
    bool isSimple() const
    {
        return !data && !scoped && depth == 0 && parts.size() == 1;
    }
};

/// A value in a mustache: a path, a literal or a "(helper args)" subexpression.
struct TemplateExpression {
    enum class Kind { Path, String, Number, Boolean, Undefined, Null, SubExpression };

    Kind kind = Kind::Path;
    TemplatePath path; ///< Kind::Path
    QString string; ///< Kind::String (unquoted value); Kind::Number (the literal as written)
    double number = 0;
    bool boolean = false;
    std::shared_ptr<const TemplateCall> call; ///< Kind::SubExpression
    TemplateSourceLocation location;
    int length = 0;

    /// What the expression looks like in the source, for messages.
    QString displayText() const;
};

/// A helper (or plain value) with its arguments: the inside of a mustache, block opener,
/// partial or subexpression.
struct TemplateCall {
    TemplateExpression name; ///< Usually a path; Handlebars also accepts literals here.
    std::vector<TemplateExpression> params;
    QStringList hashKeys; ///< key=value arguments, in order
    std::vector<TemplateExpression> hashValues;

    bool hasArguments() const
    {
        return !params.empty() || !hashKeys.isEmpty();
    }
    /// The hash value for key, or nullptr.
    const TemplateExpression *hashValue(const QString &key) const;
};

/// "~" on either side of a tag: strip whitespace before ("{{~") or after ("~}}") it.
struct TemplateStrip {
    bool open = false;
    bool close = false;
};

/// A list of statements: the whole template, or the body of a block or an {{else}} branch.
struct TemplateProgram {
    std::vector<TemplateNode> body;
    QStringList blockParams; ///< "as |item index|" names bound by the block that owns this program
    bool chained = false; ///< An "{{else if}}" branch: body is the single chained block.
};

struct TemplateNode {
    enum class Kind {
        Content, ///< Literal text.
        Comment, ///< {{! }} or {{!-- --}}; renders nothing.
        Mustache, ///< {{value}}, {{{value}}} or {{helper args}}.
        Block, ///< {{#helper args}}...{{else}}...{{/helper}}, or {{^name}}...{{/name}}.
        Partial, ///< {{> name context key=value}}
        InlinePartial, ///< {{#* inline "name"}}...{{/inline}}: defines a partial for its program.
    };

    Kind kind = Kind::Content;
    TemplateSourceLocation location; ///< Start of the node (for a block: of its opening tag).
    int length = 0; ///< Of the whole node (for a block: through its closing tag).

    // Content and Comment
    QString value; ///< Content: the text that renders (whitespace control applied). Comment: its text.
    QString original; ///< Content: the text as written.
    bool leftStripped = false; ///< Whitespace control already took trailing whitespace.
    bool rightStripped = false; ///< Whitespace control already took leading whitespace.

    // Mustache, Block, Partial, InlinePartial
    TemplateCall call;
    bool escaped = true; ///< Mustache: {{x}} (true) versus {{{x}}} or {{&x}}.
    bool inverted = false; ///< Block opened with {{^...}}.
    TemplateStrip strip; ///< Mustache, Partial, Comment: the tag's own "~".
    TemplateStrip openStrip; ///< Block: "~" of the opening tag.
    TemplateStrip inverseStrip; ///< Block: "~" of its {{else}} tag.
    TemplateStrip closeStrip; ///< Block: "~" of the closing tag.
    std::shared_ptr<TemplateProgram> program; ///< Block body (null for {{^x}} blocks without {{else}}).
    std::shared_ptr<TemplateProgram> inverse; ///< {{else}} branch, or the body of a {{^x}} block.
    TemplateSourceLocation closeLocation; ///< Block: start of {{/name}}.
    int openLength = 0; ///< Length of the opening tag alone.
    QString indent; ///< Partial standing alone on its line: the indent to give each output line.
};

} // namespace Ses
