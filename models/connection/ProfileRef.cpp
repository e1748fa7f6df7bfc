#include "models/connection/ProfileRef.h"

namespace Connection
{

namespace
{
const QLatin1String SandboxKey("sandbox");
const QLatin1String AwsPrefix("aws:");
const QLatin1String SesDeskPrefix("sesdesk:");
} // namespace

QString ProfileRef::key() const
{
    switch (kind) {
    case Kind::Sandbox:
        return SandboxKey;
    case Kind::AwsCli:
        return AwsPrefix + name;
    case Kind::SesDesk:
        return SesDeskPrefix + name;
    }
    return {};
}

std::optional<ProfileRef> ProfileRef::fromKey(const QString &key)
{
    if (key == SandboxKey)
        return sandbox();
    if (key.startsWith(AwsPrefix))
        return awsCli(key.mid(AwsPrefix.size()));
    if (key.startsWith(SesDeskPrefix) && key.size() > SesDeskPrefix.size())
        return sesDesk(key.mid(SesDeskPrefix.size()));
    return std::nullopt;
}

} // namespace Connection
