#pragma once

#include <QList>
#include <QString>

namespace Ses
{

/// One token of a Handlebars template, as Handlebars' own lexer names them. Offsets count
/// UTF-16 code units into the part's text.
struct TemplateToken {
    enum class Type {
        Content, ///< Text between mustaches (value is what renders; escapes resolved).
        Comment, ///< A whole "{{! }}" or "{{!-- --}}" tag; value is the comment text.
        Open, ///< "{{" or "{{&" (value "&" when unescaped).
        OpenUnescaped, ///< "{{{"
        OpenBlock, ///< "{{#"
        OpenDecoratorBlock, ///< "{{#*"
        OpenDecorator, ///< "{{*"
        OpenPartial, ///< "{{>"
        OpenPartialBlock, ///< "{{#>" (not supported; reported by the parser)
        OpenRawBlock, ///< "{{{{" (not supported; reported by the parser)
        OpenEndBlock, ///< "{{/"
        OpenInverse, ///< "{{^" followed by a name: an inverted section
        OpenInverseChain, ///< "{{else" followed by a helper: an "else if" chain link
        Inverse, ///< A whole "{{else}}" or "{{^}}" tag
        Close, ///< "}}"
        CloseUnescaped, ///< "}}}"
        OpenSexpr, ///< "("
        CloseSexpr, ///< ")"
        Id, ///< A path segment; value without the [] of a segment literal
        Sep, ///< "." or "/" between path segments
        Data, ///< "@"
        String, ///< A quoted literal; value unquoted
        Number,
        Boolean,
        Undefined,
        Null,
        Equals, ///< "=" of a hash argument
        OpenBlockParams, ///< "as |"
        CloseBlockParams, ///< "|"
        EndOfInput,
    };

    Type type = Type::EndOfInput;
    QString value;
    int offset = 0;
    int length = 0;
    bool stripLeft = false; ///< "{{~": strips whitespace before the tag (open tokens, Inverse, Comment).
    bool stripRight = false; ///< "~}}": strips whitespace after the tag (Close tokens, Inverse, Comment).
    bool segmentLiteral = false; ///< Id written as "[...]": never the keyword "this", "." or "..".
};

using TemplateTokens = QList<TemplateToken>;

} // namespace Ses
