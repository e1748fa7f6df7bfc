#pragma once

#include <QList>
#include <QString>

#include "models/ses/TemplateSourceLocation.h"

namespace Ses
{

/// One problem found while parsing a Handlebars template: what kind, where (start and length in
/// the part's text) and a translated, user-facing message.
struct TemplateDiagnostic {
    enum class Code {
        UnclosedMustache, ///< "{{" without its "}}" (or "{{{" without "}}}").
        UnclosedComment, ///< "{{!--" without "--}}".
        BadSyntax, ///< An unexpected or invalid token inside a mustache.
        UnclosedBlock, ///< "{{#x}}" never closed.
        UnexpectedClose, ///< "{{/x}}" with no open block.
        MismatchedClose, ///< "{{/x}}" closing a block opened as "{{#y}}".
        MisplacedElse, ///< "{{else}}" outside a block, or twice in one block.
        UnknownHelper, ///< A helper SES's Handlebars does not provide.
        WrongArgumentCount, ///< A built-in helper called with too few or too many arguments.
        BlockHelperUsedInline, ///< "{{if x}}" instead of "{{#if x}}...{{/if}}".
        UnknownPartial, ///< "{{> name}}" with no inline partial "name" in scope.
        Unsupported, ///< Valid Handlebars that SES templates cannot use (raw blocks, partial blocks...).
    };

    Code code = Code::BadSyntax;
    TemplateSourceLocation location;
    int length = 0; ///< UTF-16 code units from location.offset that the problem covers.
    QString message;
};

using TemplateDiagnostics = QList<TemplateDiagnostic>;

} // namespace Ses
