#include "tests/support/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QProcess>

namespace TestSupport
{

SandboxProcess::SandboxProcess(QStringList arguments)
    : m_arguments(std::move(arguments))
{
}

SandboxProcess::~SandboxProcess()
{
    terminate();
}

QString SandboxProcess::executablePath()
{
    return QStringLiteral(SESDESK_BINARY_DIR_FOR_SUPPORT "/app/sandbox/sesdesk-sandbox");
}

bool SandboxProcess::start(QString *error, int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(executablePath());
    QStringList arguments = m_arguments;
    if (!arguments.contains(QStringLiteral("--port")))
        arguments << QStringLiteral("--port") << QStringLiteral("0");
    m_process->setArguments(arguments);
    // stderr goes to the test's own stderr: visible in ctest logs, and never fills a pipe nobody reads.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start();
    if (!m_process->waitForStarted(timeoutMs)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(executablePath(), m_process->errorString());
        return false;
    }
    QByteArray printed;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            if (error)
                *error = QStringLiteral("sesdesk-sandbox exited with code %1 (its messages are above)")
                             .arg(m_process->exitCode());
            return false;
        }
        m_process->waitForReadyRead(100);
        printed += m_process->readAllStandardOutput();
        if (printed.contains("\nAWS_ACCESS_KEY_ID=") && printed.contains("Captured mail:"))
            break;
    }
    for (const QByteArray &line : printed.split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.startsWith(QLatin1String("SESDESK_SANDBOX_URL=")))
            m_url = QUrl(text.section(QLatin1Char('='), 1));
        else if (text.startsWith(QLatin1String("AWS_REGION=")))
            m_region = text.section(QLatin1Char('='), 1);
        else if (text.startsWith(QLatin1String("AWS_ACCESS_KEY_ID=")))
            m_accessKeyId = text.section(QLatin1Char('='), 1);
        else if (text.startsWith(QLatin1String("AWS_SECRET_ACCESS_KEY=")))
            m_secretAccessKey = text.section(QLatin1Char('='), 1);
    }
    // A secret given on the command line is not printed; tests that pass one know it.
    const qsizetype secretAt = m_arguments.indexOf(QStringLiteral("--secret-access-key"));
    if (m_secretAccessKey.isEmpty() && secretAt >= 0 && secretAt + 1 < m_arguments.size())
        m_secretAccessKey = m_arguments.at(secretAt + 1);
    if (!m_url.isValid() || m_accessKeyId.isEmpty()) {
        if (error)
            *error = QStringLiteral("sesdesk-sandbox did not print its URL: %1").arg(QString::fromUtf8(printed));
        return false;
    }
    return true;
}

void SandboxProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void SandboxProcess::terminate()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 SandboxProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QProcessEnvironment SandboxProcess::awsEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("AWS_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), m_accessKeyId);
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), m_secretAccessKey);
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), m_region);
    env.insert(QStringLiteral("AWS_REGION"), m_region);
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("/dev/null"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    env.insert(QStringLiteral("AWS_RETRY_MODE"), QStringLiteral("standard"));
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    return env;
}

QStringList SandboxProcess::awsArguments() const
{
    return {QStringLiteral("--endpoint-url"),
        m_url.toString(),
        QStringLiteral("--region"),
        m_region,
        QStringLiteral("--output"),
        QStringLiteral("json")};
}

} // namespace TestSupport
