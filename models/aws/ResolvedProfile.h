#pragma once

#include <memory>

#include <QHash>
#include <QString>

#include "models/aws/AwsClient.h"
#include "models/aws/SettingSource.h"

namespace Aws
{

class CredentialsProvider;

/// The outcome of resolving options, environment and shared files the way the AWS CLI does:
/// everything needed to build an AwsClient, and where each part came from.
struct ResolvedProfile {
    QString profileName; ///< The profile in effect ("default" when none was named).
    SettingSource profileSource;
    QString region; ///< Empty when nothing set one (callers then ask for a region).
    SettingSource regionSource;
    /// region, endpointOverride and serviceEndpoints filled; the other fields keep their defaults.
    ClientConfig clientConfig;
    /// Where each service's endpoint came from, by service key ("sesv2", "sts"...); a key is
    /// absent when the service uses its regional AWS endpoint.
    QHash<QString, SettingSource> endpointSources;
    std::shared_ptr<CredentialsProvider> credentials;
    /// For people: "environment variables", "profile prod in ~/.aws/credentials"...
    QString credentialSource;
};

} // namespace Aws
