#include "app/cli/commands/CliContext.h"

#include <QJsonArray>
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

namespace
{

/// botocore drops members the service sent as null; so do we, so scripts see the same keys.
QJsonValue withoutNulls(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            if (!it.value().isNull())
                out.insert(it.key(), withoutNulls(it.value()));
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutNulls(v));
        return out;
    }
    return value;
}

} // namespace

void CliContext::printJson(const QJsonObject &json) const
{
    out() << QString::fromUtf8(QJsonDocument(withoutNulls(json).toObject()).toJson(QJsonDocument::Indented));
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
