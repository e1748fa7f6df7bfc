#pragma once

#include <QString>

#include "models/connection/ProfileRef.h"

namespace Connection
{

class ProfileCatalog;

/// Which profile and region SesDesk opens on: --sandbox forces the Local Sandbox; otherwise the
/// last one used, if it still exists; otherwise the first configured profile; and with no
/// credentials configured anywhere, the Local Sandbox.
struct StartupChoice {
    ProfileRef profile;
    QString region;

    static StartupChoice choose(
        const ProfileCatalog &catalog, const QString &lastProfileKey, const QString &lastRegion, bool forceSandbox);
};

} // namespace Connection
