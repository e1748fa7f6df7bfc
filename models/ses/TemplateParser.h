#pragma once

#include <optional>

#include <QString>

#include "models/ses/TemplateAst.h"
#include "models/ses/TemplateDiagnostic.h"
#include "models/ses/TemplateLineMap.h"
#include "models/ses/TemplateToken.h"

namespace Ses
{

/// Builds the syntax tree of a Handlebars template from TemplateLexer's tokens, following
/// Handlebars' grammar: mustaches, blocks with {{else}} and {{else if}} chains, inverted
/// sections, partials, inline-partial blocks, subexpressions, hash arguments and block
/// parameters. Reports the first syntax error (unbalanced or mismatched blocks, a misplaced
/// {{else}}, a malformed tag) with its position; helper names and argument counts are
/// TemplateValidator's business, whitespace control TemplateWhitespaceControl's.
class TemplateParser
{
public:
    explicit TemplateParser(const QString &source);

    /// Parses the source; on failure error() says why and where.
    std::optional<TemplateProgram> parse();

    const std::optional<TemplateDiagnostic> &error() const
    {
        return m_error;
    }

private:
    using Type = TemplateToken::Type;

    const TemplateToken &peek(int ahead = 0) const;
    const TemplateToken &next();
    bool at(Type type) const
    {
        return peek().type == type;
    }

    bool parseProgram(TemplateProgram &program);
    bool parseStatement(TemplateProgram &program);
    bool parseMustache(TemplateProgram &program);
    bool parsePartial(TemplateProgram &program);
    bool parseBlock(TemplateProgram &program);
    bool parseBlockRest(TemplateNode &block, const TemplateToken &open);
    bool parseCloseBlock(TemplateNode &block, const TemplateToken &open);
    bool parseCall(TemplateCall &call, const TemplateToken &open);
    bool parseHelperName(TemplateExpression &name, const TemplateToken &open);
    bool parseParam(TemplateExpression &param, const TemplateToken &open);
    bool parsePath(TemplateExpression &expression, bool data, int startOffset);
    bool parseBlockParams(QStringList &names);
    bool expectClose(const TemplateToken &open, TemplateStrip &strip, int &end);
    /// Reads the closing "}}" of a tag that has no body and appends its node.
    bool closeSingleTag(TemplateProgram &program, TemplateNode node, const TemplateToken &open);
    bool isParamStart() const;

    bool fail(TemplateDiagnostic::Code code, int offset, int length, const QString &message);
    bool failUnexpected(const TemplateToken &token, const TemplateToken &open);
    QString tokenText(const TemplateToken &token) const;
    QString describeOpen(const TemplateToken &open, int openLength) const;

    QString m_source;
    TemplateLineMap m_lines;
    TemplateTokens m_tokens;
    int m_index = 0;
    std::optional<TemplateDiagnostic> m_error;
};

} // namespace Ses
