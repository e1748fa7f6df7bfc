#pragma once

#include <QObject>

#include "models/connection/ProfileEntry.h"

namespace Connection
{

class AwsProfileSource;
class SesDeskProfileStore;

/// Every profile the user can pick: the Local Sandbox, SesDesk's own profiles and the AWS CLI's
/// (read-only). Re-reads them on refresh() and whenever SesDesk's profiles change.
class ProfileCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileCatalog)

public:
    ProfileCatalog(SesDeskProfileStore *sesDeskProfiles,
        AwsProfileSource *awsProfiles,
        bool sandboxAvailable,
        QObject *parent = nullptr);

    const ProfileEntries &entries() const
    {
        return m_entries;
    }
    std::optional<ProfileEntry> find(const ProfileRef &ref) const;

    /// True when any credentials are configured: a SesDesk profile, an AWS CLI profile, or
    /// AWS_* variables. Without any, SesDesk opens on the Local Sandbox.
    bool hasConfiguredCredentials() const;
    /// A problem reading ~/.aws (shown in the profile dialog); empty when none.
    QString awsProfilesError() const
    {
        return m_awsError;
    }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void aboutToChange();
    void changed();

private:
    SesDeskProfileStore *m_sesDesk;
    AwsProfileSource *m_aws;
    bool m_sandboxAvailable;
    ProfileEntries m_entries;
    QString m_awsError;
};

} // namespace Connection
