#pragma once

#include <memory>

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

class QProcess;

namespace TestSupport
{

/// Runs the sesdesk-sandbox executable on a free loopback port (--port 0) and reads the URL and
/// credentials it prints. Tests start one per test case (or per class) and drive it with the
/// AWS CLI, sesdesk-cli or raw signed requests; kill() simulates a crash (SIGKILL).
class SandboxProcess
{
public:
    /// @param arguments extra command-line options (--data-dir, --verify-delay 0...).
    explicit SandboxProcess(QStringList arguments = {});
    ~SandboxProcess();
    Q_DISABLE_COPY_MOVE(SandboxProcess)

    /// Starts the Sandbox and waits until it printed its URL. False (with the reason) on failure.
    bool start(QString *error = nullptr, int timeoutMs = 20000);
    /// Stops with SIGKILL: nothing is flushed or closed, as in a crash.
    void kill();
    /// Stops with SIGTERM and waits.
    void terminate();
    bool isRunning() const;
    qint64 pid() const;

    QUrl url() const
    {
        return m_url;
    }
    QString accessKeyId() const
    {
        return m_accessKeyId;
    }
    QString secretAccessKey() const
    {
        return m_secretAccessKey;
    }
    QString region() const
    {
        return m_region;
    }

    /// An environment for the AWS CLI (or sesdesk-cli) pointed at this Sandbox: its credentials
    /// and region in AWS_* variables, no config or credentials files, no retries, no pager.
    QProcessEnvironment awsEnvironment() const;
    /// The AWS CLI arguments that select this Sandbox: --endpoint-url URL --region R --output json.
    QStringList awsArguments() const;

    static QString executablePath();

private:
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_accessKeyId;
    QString m_secretAccessKey;
    QString m_region;
};

} // namespace TestSupport
