#include "tests/support/CliRunner.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTextStream>

#include "models/aws/Clock.h"

#include "app/cli/commands/CliApplication.h"

namespace TestSupport
{

CliRunner::CliRunner(QProcessEnvironment env, QString home)
    : m_env(std::move(env))
    , m_home(home.isEmpty() ? QDir::homePath() : std::move(home))
{
}

CliRun CliRunner::sesdesk(const QStringList &arguments) const
{
    CliRun run;
    QNetworkAccessManager network;
    Aws::SystemClock clock;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli::CliApplication app(Cli::CliEnvironment{&network, &clock, m_env, m_home, &out, &err});
    run.exitCode = app.run(QStringList{QStringLiteral("sesdesk-cli")} + arguments);
    out.flush();
    err.flush();
    return run;
}

CliRun CliRunner::aws(const QStringList &arguments, int timeoutMs) const
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(QStringLiteral(SESDESK_AWS_CLI_FOR_SUPPORT), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("aws timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace TestSupport
