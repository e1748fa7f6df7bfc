#pragma once

#include <optional>

#include <QString>

#include "models/ses/TemplateDiagnostic.h"
#include "models/ses/TemplateLineMap.h"
#include "models/ses/TemplateToken.h"

namespace Ses
{

/// Splits a Handlebars template into tokens the way Handlebars' own lexer does: text, "\{{"
/// escapes, comments, the opening forms of each kind of tag, and the paths, literals, hashes and
/// block parameters inside a tag. Stops at the first lexical error (an unclosed "{{", an
/// unterminated string, a character that cannot appear in a tag) and reports where it is.
class TemplateLexer
{
public:
    explicit TemplateLexer(const QString &source);

    /// Tokenizes the whole source; false on a lexical error.
    bool tokenize();

    /// The tokens, ending with EndOfInput (after an error: the tokens before it).
    const TemplateTokens &tokens() const
    {
        return m_tokens;
    }
    const std::optional<TemplateDiagnostic> &error() const
    {
        return m_error;
    }

private:
    bool lexContent();
    bool lexTag();
    bool lexComment(int tagStart, int bodyStart, bool stripLeft);
    bool lexInsideTag(int tagStart, int openLength);
    void addContent(const QString &value, int offset, int length);
    void add(TemplateToken::Type type, int offset, int length, const QString &value = {});
    bool fail(TemplateDiagnostic::Code code, int offset, int length, const QString &message);
    bool startsWith(int at, QStringView text) const;
    bool closesAt(int at) const;

    QString m_source;
    TemplateLineMap m_lines;
    int m_pos = 0;
    TemplateTokens m_tokens;
    std::optional<TemplateDiagnostic> m_error;
};

} // namespace Ses
