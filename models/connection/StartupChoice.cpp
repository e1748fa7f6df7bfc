#include "models/connection/StartupChoice.h"

#include "models/connection/ProfileCatalog.h"

namespace Connection
{

namespace
{
const QString DefaultRegion = QStringLiteral("us-east-1");
}

StartupChoice StartupChoice::choose(
    const ProfileCatalog &catalog, const QString &lastProfileKey, const QString &lastRegion, bool forceSandbox)
{
    const QString region = lastRegion.isEmpty() ? DefaultRegion : lastRegion;
    if (forceSandbox)
        return {ProfileRef::sandbox(), region};
    if (const auto last = ProfileRef::fromKey(lastProfileKey); last && catalog.find(*last))
        return {*last, region};
    if (catalog.hasConfiguredCredentials()) {
        // The AWS CLI's "default" profile first, as the AWS CLI itself would use it.
        const ProfileEntries &entries = catalog.entries();
        auto pick = entries.cend();
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (it->ref.isSandbox())
                continue;
            if (it->ref.kind == ProfileRef::Kind::AwsCli
                && (it->ref.name == QLatin1String("default") || it->ref.name.isEmpty())) {
                pick = it;
                break;
            }
            if (pick == entries.cend())
                pick = it;
        }
        if (pick != entries.cend())
            return {pick->ref, pick->region.isEmpty() ? region : pick->region};
    }
    return {ProfileRef::sandbox(), region};
}

} // namespace Connection
