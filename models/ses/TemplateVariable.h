#pragma once

#include <QFlags>
#include <QList>
#include <QString>

#include "models/ses/TemplateSourceLocation.h"

namespace Ses
{

/// A piece of the template data that a template refers to, for the editor's variables list.
///
/// path is written from the data's root whatever scope the template refers to it from:
/// "contact.firstName"; inside {{#with contact}} "{{firstName}}" is also "contact.firstName";
/// "[]" stands for "each element of" (the elements of an array, or the member values of an
/// object, that {{#each}} walks): "subscription[].interest" is the "interest" of every element of
/// "subscription"; "map.*" is a member chosen at render time ({{lookup map key}}). "@index" and
/// the other @-variables are not data and are not listed; neither are SES's placeholders.
struct TemplateVariable {
    enum class Usage {
        Printed = 0x1, ///< {{path}} or {{{path}}}: missing data makes SES fail the send.
        Condition = 0x2, ///< {{#if path}}, {{#unless path}}, {{^path}}: may be absent.
        Iterated = 0x4, ///< {{#each path}}
        Scope = 0x8, ///< {{#with path}}, {{#path}} section, or a partial's context
        Argument = 0x10, ///< An argument of lookup, log or a partial's key=value
    };
    Q_DECLARE_FLAGS(Usages, Usage)

    QString path;
    Usages usages;
    QList<TemplateSourceLocation> locations; ///< Every place it is referred to, in source order.
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TemplateVariable::Usages)

} // namespace Ses
