#pragma once

#include <QList>
#include <QString>

#include "models/ses/TemplateSourceLocation.h"

namespace Ses
{

/// One result of TemplateChecks: how serious, which part of the template, where, and a
/// translated message for the editor.
struct TemplateFinding {
    enum class Severity {
        Error, ///< SES would reject the template or fail to render it.
        Warning, ///< SES accepts it, but the result is probably not what was meant.
        Info,
    };
    enum class Part { Name, Subject, Html, Text, Template };
    enum class Code {
        NameMissing,
        NameInvalid,
        SubjectMissing,
        BodyMissing, ///< Neither an HTML nor a text part.
        PartMissing, ///< One of HTML and text is absent (allowed).
        TooLarge,
        Syntax, ///< A TemplateDiagnostic of the part.
        OpenTrackerRepeated,
        OpenTrackerOutsideHtml,
        UnsubscribeUrlRepeated,
        UnsubscribeUrlInSubject,
        NotSimpleSubstitution, ///< Blocks or partials in content sent inline with SendEmail.
    };

    Severity severity = Severity::Error;
    Part part = Part::Template;
    Code code = Code::Syntax;
    TemplateSourceLocation location; ///< In the part's text (line 1, column 1 for whole-part findings).
    int length = 0;
    QString message;
};

using TemplateFindings = QList<TemplateFinding>;

} // namespace Ses
