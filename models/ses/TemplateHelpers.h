#pragma once

#include <QString>
#include <QStringList>

namespace Ses
{

/// What SES's Handlebars offers by name: the built-in helpers of Handlebars (the guide's
/// "고급 이메일 개인화" section points to handlebarsjs.com's built-in helpers and lists no
/// others), the "inline" decorator for inline partials, and the placeholders SES itself
/// replaces when it sends ({{ses:openTracker}}, {{amazonSESUnsubscribeUrl}}). Helpers beyond
/// these (eq, and, or, formatting helpers...) are not in the guide, so they are unknown.
class TemplateHelpers
{
public:
    struct Helper {
        QString name;
        bool block = false; ///< Usable as {{#name ...}}
        bool inlineUse = false; ///< Usable as {{name ...}} or (name ...)
        int minParams = 0;
        int maxParams = 0; ///< -1: any number
        QStringList hashKeys; ///< key=value arguments it understands
    };

    /// The helper called name, or nullptr.
    static const Helper *find(const QString &name);
    /// Every helper name, for completion and messages.
    static QStringList names();

    /// The SES placeholders: not data, replaced by SES at send time.
    static QStringList sesPlaceholders();
    static bool isSesPlaceholder(const QString &path);

    static inline const QString OpenTracker = QStringLiteral("ses:openTracker");
    static inline const QString UnsubscribeUrl = QStringLiteral("amazonSESUnsubscribeUrl");
    static inline const QString InlineDecorator = QStringLiteral("inline");
};

} // namespace Ses
