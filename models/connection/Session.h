#pragma once

#include <memory>

#include <QString>
#include <QUrl>

#include "models/connection/ProfileRef.h"

namespace Aws
{
class AwsClient;
}
namespace Ses
{
class SesClient;
}

namespace Connection
{

/// A live connection: one profile in one region, with the AwsClient and SesClient every pane
/// talks through. Replaced as a whole when the user switches profile or region, so no pane can
/// mix two accounts' data.
class Session final
{
public:
    struct Description {
        ProfileRef profile;
        QString profileDisplayName; ///< "Local Sandbox", "prod"
        QString region;
        QString credentialSource; ///< Never a secret: "SesDesk profile prod (keyring)".
    };

    Session(Description description, std::unique_ptr<Aws::AwsClient> aws, std::shared_ptr<void> keepAlive = {});
    ~Session();
    Q_DISABLE_COPY_MOVE(Session)

    const ProfileRef &profile() const
    {
        return m_description.profile;
    }
    const QString &profileDisplayName() const
    {
        return m_description.profileDisplayName;
    }
    const QString &region() const
    {
        return m_description.region;
    }
    const QString &credentialSource() const
    {
        return m_description.credentialSource;
    }
    bool isLocalSandbox() const
    {
        return m_description.profile.isSandbox();
    }
    /// The SES v2 endpoint calls go to.
    QUrl endpoint() const;

    Aws::AwsClient *aws() const
    {
        return m_aws.get();
    }
    Ses::SesClient *ses() const
    {
        return m_ses.get();
    }

private:
    Description m_description;
    std::unique_ptr<Aws::AwsClient> m_aws;
    std::unique_ptr<Ses::SesClient> m_ses;
    std::shared_ptr<void> m_keepAlive;
};

} // namespace Connection
