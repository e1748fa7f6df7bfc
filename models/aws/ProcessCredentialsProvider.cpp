#include "models/aws/ProcessCredentialsProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include "models/aws/CredentialsLog.h"
#include "models/aws/SecretRedactor.h"
#include "models/aws/ShellWords.h"

namespace Aws
{

namespace
{

AwsError retrievalError(const QString &message)
{
    return AwsError::local(AwsError::Kind::Credentials, QStringLiteral("CredentialRetrievalError"), message);
}

/// The last part of the process's stderr on one line, redacted.
QString stderrExcerpt(const QByteArray &stderrBytes, const SecretRedactor &redactor)
{
    constexpr qsizetype maxChars = 1000;
    QStringList lines;
    const QStringList raw = QString::fromUtf8(stderrBytes).split(u'\n');
    for (const QString &line : raw) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            lines.append(t);
    }
    QString text = redactor.redact(lines.join(QStringLiteral(" | ")));
    if (text.size() > maxChars)
        text = QStringLiteral("…") + text.right(maxChars);
    return text;
}

} // namespace

ProcessCredentialsProvider::ProcessCredentialsProvider(QString commandLine,
    QString profileName,
    QProcessEnvironment environment,
    const Clock *clock,
    std::chrono::milliseconds timeout)
    : RefreshingCredentialsProvider(clock)
    , m_commandLine(std::move(commandLine))
    , m_profileName(std::move(profileName))
    , m_environment(std::move(environment))
    , m_timeout(timeout)
{
}

ProcessCredentialsProvider::~ProcessCredentialsProvider()
{
    stopProcess();
}

QString ProcessCredentialsProvider::description() const
{
    return tr("credential_process of profile \"%1\"").arg(m_profileName);
}

QString ProcessCredentialsProvider::what(const QString &program) const
{
    // Only the program: arguments may carry tokens.
    return tr("credential_process of profile \"%1\" (%2)").arg(m_profileName, program);
}

void ProcessCredentialsProvider::stopProcess()
{
    if (!m_process)
        return;
    QProcess *process = m_process.data();
    m_process = nullptr;
    process->disconnect();
    if (process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(2000);
    }
    delete process;
}

void ProcessCredentialsProvider::refresh(Callback done)
{
    const Result<QStringList> words = ShellWords::split(m_commandLine);
    if (!words.ok()) {
        done(retrievalError(tr("credential_process of profile \"%1\" cannot be split into words: %2")
                                .arg(m_profileName, words.error().message)));
        return;
    }
    if (words.value().isEmpty()) {
        done(retrievalError(tr("credential_process of profile \"%1\" is empty").arg(m_profileName)));
        return;
    }
    const QString program = words.value().constFirst();
    const QString name = what(program);

    stopProcess();
    auto *process = new QProcess(guard());
    m_process = process;
    process->setProgram(program);
    process->setArguments(words.value().mid(1));
    process->setProcessEnvironment(m_environment);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);

    // Exactly one answer per run, whichever of finished, error or timeout comes first.
    auto finish = [this, process, done](Result<Credentials> result) {
        process->disconnect();
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(2000);
        }
        if (m_process == process)
            m_process = nullptr;
        process->deleteLater();
        done(std::move(result));
    };

    QObject::connect(timer, &QTimer::timeout, process, [finish, name, this] {
        finish(retrievalError(tr("%1 did not finish within %2 seconds and was stopped")
                                  .arg(name)
                                  .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count())));
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [finish, name, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // crashes and exit codes arrive through finished()
        finish(retrievalError(tr("%1 could not be started: %2").arg(name, process->errorString())));
    });
    QObject::connect(process,
        &QProcess::finished,
        process,
        [finish, name, process, this](int exitCode, QProcess::ExitStatus status) {
            const QByteArray out = process->readAllStandardOutput();
            const QByteArray err = process->readAllStandardError();
            SecretRedactor redactor;
            for (const char *var : {"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"})
                redactor.addSecret(m_environment.value(QString::fromLatin1(var)));
            const QJsonObject json = QJsonDocument::fromJson(out).object();
            redactor.addSecret(json.value(QLatin1String("SecretAccessKey")).toString());
            redactor.addSecret(json.value(QLatin1String("SessionToken")).toString());

            if (status == QProcess::CrashExit) {
                const QString excerpt = stderrExcerpt(err, redactor);
                finish(retrievalError(
                    excerpt.isEmpty() ? tr("%1 crashed").arg(name) : tr("%1 crashed: %2").arg(name, excerpt)));
                return;
            }
            if (exitCode != 0) {
                const QString excerpt = stderrExcerpt(err, redactor);
                finish(retrievalError(excerpt.isEmpty()
                        ? tr("%1 exited with code %2").arg(name).arg(exitCode)
                        : tr("%1 exited with code %2: %3").arg(name).arg(exitCode).arg(excerpt)));
                return;
            }
            Result<Credentials> parsed = parseOutput(out, name);
            if (parsed.ok())
                qCDebug(lcCredentials).noquote() << "credentials from" << name;
            finish(std::move(parsed));
        });

    qCDebug(lcCredentials).noquote() << "running" << name;
    process->start(QIODevice::ReadWrite);
    // No input: a helper that waits for a prompt's answer gets end-of-file instead of hanging.
    process->closeWriteChannel();
    timer->start(m_timeout);
}

Result<Credentials> ProcessCredentialsProvider::parseOutput(const QByteArray &output, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (output.trimmed().isEmpty())
            return retrievalError(tr("%1 printed nothing; expected JSON with \"Version\": 1").arg(what));
        // The output is never quoted: it may hold the secret.
        return retrievalError(tr("%1 printed output that is not valid JSON (%2 at character %3)")
                                  .arg(what, parseError.errorString())
                                  .arg(parseError.offset));
    }
    if (!doc.isObject())
        return retrievalError(tr("%1 printed JSON that is not an object").arg(what));
    const QJsonObject json = doc.object();

    const QJsonValue version = json.value(QLatin1String("Version"));
    if (version.isUndefined())
        return retrievalError(tr("%1 printed no \"Version\"; the supported version is 1").arg(what));
    if (!version.isDouble() || version.toDouble() != 1.0) {
        QString shown;
        if (version.isDouble())
            shown = QString::number(version.toDouble());
        else if (version.isString())
            shown = QStringLiteral("\"%1\"").arg(version.toString().left(20));
        else
            shown = tr("(not a number)");
        return retrievalError(tr("%1 printed unsupported \"Version\" %2; the supported version is 1").arg(what, shown));
    }

    Credentials credentials;
    const auto requiredString = [&](const char *key, QString &target) -> std::optional<AwsError> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return retrievalError(tr("%1 printed no \"%2\"").arg(what, QLatin1String(key)));
        if (!v.isString() || v.toString().isEmpty())
            return retrievalError(
                tr("%1 printed a \"%2\" that is not a non-empty string").arg(what, QLatin1String(key)));
        target = v.toString();
        return std::nullopt;
    };
    if (auto e = requiredString("AccessKeyId", credentials.accessKeyId))
        return *e;
    if (auto e = requiredString("SecretAccessKey", credentials.secretAccessKey))
        return *e;

    const QJsonValue token = json.value(QLatin1String("SessionToken"));
    if (!token.isUndefined() && !token.isNull()) {
        if (!token.isString())
            return retrievalError(tr("%1 printed a \"SessionToken\" that is not a string").arg(what));
        credentials.sessionToken = token.toString();
    }

    const QJsonValue expiration = json.value(QLatin1String("Expiration"));
    if (!expiration.isUndefined() && !expiration.isNull()) {
        QDateTime when;
        if (expiration.isString())
            when = QDateTime::fromString(expiration.toString(), Qt::ISODateWithMs);
        if (!when.isValid()) {
            return retrievalError(
                tr("%1 printed an \"Expiration\" that is not an ISO 8601 time such as 2030-01-31T12:00:00Z").arg(what));
        }
        if (when.timeSpec() == Qt::LocalTime)
            when.setTimeSpec(Qt::UTC); // no zone given: AWS times are UTC
        credentials.expiration = when.toUTC();
    }
    return credentials;
}

} // namespace Aws
