#pragma once

#include <memory>

#include <QJsonObject>
#include <QString>

#include "app/cli/commands/CliEnvironment.h"
#include "app/cli/commands/GlobalOptions.h"

class QTextStream;

namespace Aws
{
struct AwsError;
}
namespace Ses
{
class SesClient;
}

namespace Cli
{

class Session;

/// What a running command sees: the environment, the global options, the AWS session, and
/// the output conventions (JSON as the API returns it, tables for people, errors as the AWS
/// CLI prints them).
class CliContext
{
public:
    CliContext(const CliEnvironment &environment, GlobalOptions options);
    ~CliContext();

    const CliEnvironment &environment() const
    {
        return m_environment;
    }
    const GlobalOptions &options() const
    {
        return m_options;
    }
    QTextStream &out() const
    {
        return *m_environment.out;
    }
    QTextStream &err() const
    {
        return *m_environment.err;
    }
    bool jsonOutput() const
    {
        return m_options.output == GlobalOptions::Output::Json;
    }

    void setSession(std::shared_ptr<Session> session);
    Session *session() const
    {
        return m_session.get();
    }
    Ses::SesClient *ses() const;

    /// Prints a JSON document with 4-space indentation, as the AWS CLI does.
    void printJson(const QJsonObject &json) const;
    /// Prints "An error occurred (Code) when calling the Op operation: message" plus the request
    /// id, and returns ExitCode::ServiceError.
    int serviceError(const QString &operation, const Aws::AwsError &error) const;
    /// Prints a usage error and returns ExitCode::UsageError.
    int usageError(const QString &message) const;

private:
    CliEnvironment m_environment;
    GlobalOptions m_options;
    std::shared_ptr<Session> m_session;
};

} // namespace Cli
