#pragma once

#include <memory>

#include <QString>

#include "models/aws/AwsClient.h"
#include "models/aws/Result.h"
#include "models/ses/SesClient.h"

namespace Cli
{

struct CliEnvironment;
struct GlobalOptions;

/// The AWS objects one CLI run talks through, built from the global options, the environment
/// and the AWS config files (or an in-process Sandbox under --sandbox).
class Session
{
public:
    static Aws::Result<std::shared_ptr<Session>> create(
        const GlobalOptions &options, const CliEnvironment &environment);
    /// --sandbox: starts an in-process SesDesk Sandbox (loopback, free port, in memory, demo
    /// account) that lives as long as the session, and connects to it as to SES.
    static Aws::Result<std::shared_ptr<Session>> createSandbox(
        const GlobalOptions &options, const CliEnvironment &environment);
    ~Session();

    Aws::AwsClient *aws() const
    {
        return m_aws.get();
    }
    Ses::SesClient *ses() const
    {
        return m_ses.get();
    }
    /// "profile default (credentials file), us-east-1, https://email.us-east-1.amazonaws.com"
    QString description() const
    {
        return m_description;
    }

private:
    Session() = default;

    std::unique_ptr<Aws::AwsClient> m_aws;
    std::unique_ptr<Ses::SesClient> m_ses;
    std::shared_ptr<void> m_keepAlive; // e.g. an in-process Sandbox server
    QString m_description;
};

} // namespace Cli
