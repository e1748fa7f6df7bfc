#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include "models/connection/ProfileRef.h"

namespace Connection
{

/// One profile as the profile switcher and the profile dialog list it.
struct ProfileEntry {
    ProfileRef ref;
    QString displayName; ///< "Local Sandbox", "prod", "default (environment)"
    QString region; ///< The profile's own region; empty when it has none.
    QUrl endpoint; ///< A custom endpoint, when the profile sets one.
    bool editable = false; ///< Only SesDesk's own profiles are edited in SesDesk.
};

using ProfileEntries = QList<ProfileEntry>;

} // namespace Connection
