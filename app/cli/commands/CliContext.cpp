#include "app/cli/commands/CliContext.h"

#include <QJsonDocument>
#include <QTextStream>

#include "models/aws/AwsError.h"

#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/Session.h"

namespace Cli
{

CliContext::CliContext(const CliEnvironment &environment, GlobalOptions options)
    : m_environment(environment)
    , m_options(std::move(options))
{
}

CliContext::~CliContext() = default;

void CliContext::setSession(std::shared_ptr<Session> session)
{
    m_session = std::move(session);
}

Ses::SesClient *CliContext::ses() const
{
    return m_session ? m_session->ses() : nullptr;
}

void CliContext::printJson(const QJsonObject &json) const
{
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out().flush();
}

int CliContext::serviceError(const QString &operation, const Aws::AwsError &error) const
{
    if (error.isService()) {
        err() << QStringLiteral("An error occurred (%1) when calling the %2 operation: %3")
                     .arg(error.code, operation, error.message)
              << Qt::endl;
    } else {
        err() << QStringLiteral("Error calling %1: %2").arg(operation, error.toString()) << Qt::endl;
    }
    if (!error.requestId.isEmpty())
        err() << QStringLiteral("Request ID: %1").arg(error.requestId) << Qt::endl;
    err().flush();
    return ExitCode::ServiceError;
}

int CliContext::usageError(const QString &message) const
{
    err() << QStringLiteral("sesdesk-cli: error: %1").arg(message) << Qt::endl;
    err().flush();
    return ExitCode::UsageError;
}

} // namespace Cli
