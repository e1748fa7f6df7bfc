#pragma once

#include <QJsonObject>
#include <QString>

#include "models/ses/TemplateRenderResult.h"

namespace Ses
{

class TemplateDocument;

/// Renders a parsed template part with JSON data as SES does: Handlebars semantics for paths
/// ("a.b", "this", "../x", "@root", "@index", "@key", "@first", "@last", block parameters), the
/// built-in helpers (if with includeZero, unless, each with {{else}}, with, lookup, log),
/// mustache sections ({{#list}}, {{^list}}), {{else if}} chains and inline partials with
/// their indentation. Missing values render empty and are reported. SES's own placeholders
/// ({{ses:openTracker}}, {{amazonSESUnsubscribeUrl}}) are left in place for the sending step.
///
/// Escaping: the guide says SES does not HTML-escape values when it renders the HTML part
/// ("SES는 ... HTML 콘텐츠를 이스케이프하지 않습니다", so user input must be escaped by the
/// sender), hence Escaping::None is the default; Escaping::Html gives stock Handlebars
/// behaviour ({{x}} escaped, {{{x}}} and {{&x}} raw) for previews that want it.
///
/// Object members are iterated by {{#each}} in key order (QJsonObject keeps keys sorted), where
/// JavaScript would keep the data's insertion order.
class TemplateRenderer
{
public:
    enum class Escaping { None, Html };

    struct Options {
        Escaping escaping = Escaping::None;
        bool keepSesPlaceholders = true; ///< false: they render like any other missing value
        int maxPartialDepth = 64; ///< Deeper partial nesting is reported as runaway recursion.
    };

    TemplateRenderer();
    explicit TemplateRenderer(const Options &options);

    TemplateRenderResult render(const TemplateDocument &document, const QJsonObject &data) const;

    /// SES's rendering-failure text for a missing value (the API's own English message).
    static QString sesMissingAttributeMessage(const QString &path);

private:
    Options m_options;
};

} // namespace Ses
