#pragma once

#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QNetworkAccessManager;

namespace TestSupport
{

/// What one command run printed and returned.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const
    {
        return QJsonDocument::fromJson(out.toUtf8());
    }
};

/// Runs sesdesk-cli in-process with captured output, and the AWS CLI as a process, against the
/// same environment, so tests can compare what both print.
class CliRunner
{
public:
    explicit CliRunner(QProcessEnvironment env = QProcessEnvironment::systemEnvironment(), QString home = {});

    void setEnvironment(const QProcessEnvironment &env)
    {
        m_env = env;
    }
    QProcessEnvironment &environment()
    {
        return m_env;
    }

    /// sesdesk-cli ARGS (in-process, through Cli::CliApplication).
    CliRun sesdesk(const QStringList &arguments) const;
    /// aws ARGS (the AWS CLI, as a child process).
    CliRun aws(const QStringList &arguments, int timeoutMs = 60000) const;

private:
    QProcessEnvironment m_env;
    QString m_home;
};

} // namespace TestSupport
