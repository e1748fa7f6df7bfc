#include "models/connection/ProfileCatalog.h"

#include "models/connection/AwsProfileSource.h"
#include "models/connection/DefaultSessionFactory.h"
#include "models/connection/SesDeskProfileStore.h"

namespace Connection
{

ProfileCatalog::ProfileCatalog(
    SesDeskProfileStore *sesDeskProfiles, AwsProfileSource *awsProfiles, bool sandboxAvailable, QObject *parent)
    : QObject(parent)
    , m_sesDesk(sesDeskProfiles)
    , m_aws(awsProfiles)
    , m_sandboxAvailable(sandboxAvailable)
{
    if (m_sesDesk)
        connect(m_sesDesk, &SesDeskProfileStore::changed, this, &ProfileCatalog::refresh);
    refresh();
}

void ProfileCatalog::refresh()
{
    ProfileEntries entries;
    if (m_sandboxAvailable) {
        ProfileEntry sandbox;
        sandbox.ref = ProfileRef::sandbox();
        sandbox.displayName = DefaultSessionFactory::sandboxDisplayName();
        entries.append(sandbox);
    }
    if (m_sesDesk) {
        for (const SesDeskProfile &p : m_sesDesk->profiles())
            entries.append({ProfileRef::sesDesk(p.name), p.name, p.region, p.endpoint, true});
    }
    m_awsError.clear();
    if (m_aws) {
        const Aws::Result<QStringList> names = m_aws->profileNames();
        if (names.ok()) {
            if (names.value().isEmpty() && m_aws->hasEnvironmentCredentials())
                entries.append(
                    {ProfileRef::awsCli(QString()), tr("default (environment)"), m_aws->profileRegion({}), {}, false});
            for (const QString &name : names.value())
                entries.append({ProfileRef::awsCli(name), name, m_aws->profileRegion(name), {}, false});
        } else if (names.isError()) {
            m_awsError = names.error().message;
        }
    }
    Q_EMIT aboutToChange();
    m_entries = std::move(entries);
    Q_EMIT changed();
}

std::optional<ProfileEntry> ProfileCatalog::find(const ProfileRef &ref) const
{
    for (const ProfileEntry &e : m_entries) {
        if (e.ref == ref)
            return e;
    }
    return std::nullopt;
}

bool ProfileCatalog::hasConfiguredCredentials() const
{
    for (const ProfileEntry &e : m_entries) {
        if (!e.ref.isSandbox())
            return true;
    }
    return false;
}

} // namespace Connection
