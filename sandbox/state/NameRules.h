#pragma once

#include <QJsonArray>
#include <QString>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// SES's naming and tagging rules, with its error wording.
class NameRules
{
public:
    /// Configuration sets, event destinations, dedicated IP pools, contact lists, topics and
    /// identity policies: 1 to 64 of [A-Za-z0-9_-].
    static bool isValidName(const QString &name, int maxLength = 64);

    static Check configurationSetName(const QString &name);
    static Check eventDestinationName(const QString &name);
    static Check poolName(const QString &name);
    static Check contactListName(const QString &name);
    static Check topicName(const QString &name);
    static Check policyName(const QString &name);

    /// At most 50 tags, keys 1-128 characters and unique, values at most 256, no "aws:" prefix.
    static Check tags(const QJsonArray &tags);
    /// The tags after adding (replacing same keys) newTags to existing.
    static QJsonArray mergeTags(const QJsonArray &existing, const QJsonArray &newTags);
    static QJsonArray removeTags(const QJsonArray &existing, const QStringList &keys);

    static constexpr int kMaxTags = 50;
};

} // namespace Sandbox
