#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

/// How a contact's subscription to a list's topics is decided: an explicit topic preference,
/// else (where asked) the topic's default, and UnsubscribeAll overriding both.
class ContactPreferences
{
public:
    /// "OPT_IN", "OPT_OUT", or empty when the contact has no preference and useDefault is false.
    static QString statusFor(
        const QJsonObject &contact, const QJsonObject &list, const QString &topic, bool useDefault);
    /// TopicDefaultPreferences: every topic of the list with its default status.
    static QJsonArray defaultPreferences(const QJsonObject &list);
    /// Each preference names a topic of the list, at most once.
    static Check checkPreferences(const QJsonArray &preferences, const QJsonObject &list);
    static bool hasTopic(const QJsonObject &list, const QString &topic);
};

} // namespace Sandbox
