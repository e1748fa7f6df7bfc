#pragma once

#include <chrono>

#include <QPointer>
#include <QProcessEnvironment>

#include "models/aws/RefreshingCredentialsProvider.h"

class QProcess;

namespace Aws
{

/// Credentials from a profile's credential_process: runs the command (split into words as
/// botocore does, no shell) asynchronously with QProcess, reads its JSON "Version": 1 output
/// (AccessKeyId, SecretAccessKey, optional SessionToken and Expiration) and validates it with
/// an error naming the problem, never the secret. The process's stderr may appear in an error,
/// redacted of anything that looks like a secret. Credentials with an Expiration are cached
/// until shortly before it (see RefreshingCredentialsProvider); without one, until invalidated.
class ProcessCredentialsProvider final : public RefreshingCredentialsProvider
{
    Q_DECLARE_TR_FUNCTIONS(Aws::ProcessCredentialsProvider)

public:
    static constexpr std::chrono::milliseconds defaultTimeout{60000};

    ProcessCredentialsProvider(QString commandLine,
        QString profileName,
        QProcessEnvironment environment,
        const Clock *clock,
        std::chrono::milliseconds timeout = defaultTimeout);
    ~ProcessCredentialsProvider() override;

    QString description() const override;

    /// Validates a credential_process's standard output. what names the process in errors.
    static Result<Credentials> parseOutput(const QByteArray &output, const QString &what);

protected:
    void refresh(Callback done) override;

private:
    QString what(const QString &program) const;
    void stopProcess();

    QString m_commandLine;
    QString m_profileName;
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_timeout;
    QPointer<QProcess> m_process;
};

} // namespace Aws
