#pragma once

#include <memory>

#include <QObject>
#include <QThreadPool>

#include "models/connection/ProfileEntry.h"

namespace Connection
{

class AwsProfileSource;
class SesDeskProfileStore;

/// Every profile the user can pick: the Local Sandbox, SesDesk's own profiles and the AWS CLI's
/// (read-only). Re-reads them on refresh() and whenever SesDesk's profiles change. The AWS CLI's
/// files are read on a worker thread, never the GUI's: isLoaded() turns true (and loaded() is
/// emitted) once they have been read.
class ProfileCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileCatalog)

public:
    /// awsProfiles is read from a worker thread: it must be thread-safe and outlive the catalog.
    ProfileCatalog(SesDeskProfileStore *sesDeskProfiles,
        AwsProfileSource *awsProfiles,
        bool sandboxAvailable,
        QObject *parent = nullptr);
    ~ProfileCatalog() override;

    /// False while the AWS CLI's files are being read.
    bool isLoaded() const
    {
        return !m_loading;
    }

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
    /// The AWS CLI's profiles have been read (after each refresh()).
    void loaded();

private:
    struct AwsScan {
        QList<ProfileEntry> entries;
        QString error;
    };
    static AwsScan scanAws(const AwsProfileSource &source);
    void rebuild();

    SesDeskProfileStore *m_sesDesk;
    AwsProfileSource *m_aws;
    bool m_sandboxAvailable;
    ProfileEntries m_entries;
    QList<ProfileEntry> m_awsEntries;
    QString m_awsError;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    QThreadPool m_pool; // last member: its destructor waits for a scan still running
};

} // namespace Connection
