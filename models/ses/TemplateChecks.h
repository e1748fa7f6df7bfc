#pragma once

#include <QString>

#include "models/ses/TemplateFinding.h"

namespace Ses
{

class TemplateDocument;

/// The checks the template editor runs before saving, from the guide and the sesv2 model:
/// - name present (EmailTemplateName has min 1); SES's API reference also limits names to 64
///   letters, digits, "-" and "_", reported as a warning since neither the guide nor the model
///   states it;
/// - a subject (SES answers "The subject must be specified.") and an HTML or a text part, or both
///   (the guide: InvalidParameterValue without them);
/// - at most 500 KB per template (the guide, quotas: "텍스트 부분과 HTML 부분을 포함하여
///   500KB"), counted as the UTF-8 bytes of subject, HTML and text, with KB = 1024 bytes;
/// - Handlebars syntax of each part, with positions (TemplateDocument);
/// - {{ses:openTracker}} at most once in the whole template (more: 400 BadRequestException),
///   and only useful in the HTML part;
/// - {{amazonSESUnsubscribeUrl}} at most twice per part (SES replaces only the first two), and
///   only in the HTML and text parts;
/// - optionally, for template content sent inline with SendEmail, that only simple
///   substitutions are used (the sesv2 model's note on Template.TemplateContent).
class TemplateChecks
{
public:
    struct Input {
        QString name;
        QString subject;
        QString html;
        QString text;
    };
    struct Options {
        bool checkName = true;
        bool inlineContent = false;
    };

    static constexpr qint64 MaxTemplateBytes = 500 * 1024;
    static constexpr int MaxNameLength = 64;
    static constexpr int MaxUnsubscribeUrls = 2;

    static TemplateFindings run(const Input &input);
    static TemplateFindings run(const Input &input, const Options &options);

    /// The size SES's 500 KB limit applies to.
    static qint64 templateSize(const Input &input);
    static bool hasErrors(const TemplateFindings &findings);
};

} // namespace Ses
