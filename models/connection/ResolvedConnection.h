#pragma once

#include <memory>

#include <QString>

#include "models/aws/AwsClient.h"
#include "models/aws/CredentialsProvider.h"

namespace Connection
{

/// What a profile resolves to: the client configuration and credentials of one AwsClient.
struct ResolvedConnection {
    Aws::ClientConfig config;
    std::shared_ptr<Aws::CredentialsProvider> credentials;
    QString credentialSource; ///< For people: "profile prod in ~/.aws/credentials".
};

} // namespace Connection
