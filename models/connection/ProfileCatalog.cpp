#include "models/connection/ProfileCatalog.h"

#include <QCoreApplication>

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

ProfileCatalog::~ProfileCatalog()
{
    *m_alive = false;
}

ProfileCatalog::AwsScan ProfileCatalog::scanAws(const AwsProfileSource &source)
{
    AwsScan scan;
    const Aws::Result<QStringList> names = source.profileNames();
    if (names.isError()) {
        scan.error = names.error().message;
        return scan;
    }
    if (!names.ok())
        return scan;
    // Display names are set on the GUI thread (they are translated).
    if (names.value().isEmpty() && source.hasEnvironmentCredentials())
        scan.entries.append({ProfileRef::awsCli(QString()), QString(), source.profileRegion({}), {}, false});
    for (const QString &name : names.value())
        scan.entries.append({ProfileRef::awsCli(name), name, source.profileRegion(name), {}, false});
    return scan;
}

void ProfileCatalog::refresh()
{
    const quint64 generation = ++m_generation;
    rebuild();
    if (!m_aws) {
        Q_EMIT loaded();
        return;
    }
    m_loading = true;
    m_pool.start([this, generation, alive = m_alive, source = m_aws] {
        AwsScan scan = scanAws(*source);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [this, generation, alive, scan = std::move(scan)]() mutable {
                if (!*alive || generation != m_generation)
                    return;
                m_awsEntries = std::move(scan.entries);
                m_awsError = std::move(scan.error);
                m_loading = false;
                rebuild();
                Q_EMIT loaded();
            },
            Qt::QueuedConnection);
    });
}

void ProfileCatalog::rebuild()
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
    for (ProfileEntry entry : std::as_const(m_awsEntries)) {
        if (entry.ref.name.isEmpty())
            entry.displayName = tr("default (environment)");
        entries.append(entry);
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
