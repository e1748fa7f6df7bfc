#include "sandbox/SandboxCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace Sandbox
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Sandbox::SandboxCommandLine", text);
}

bool readSeconds(const QCommandLineParser &parser, const QString &name, int &out, QString &error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0) {
        error = tr("--%1 needs a whole number of seconds (0 or more), not \"%2\".").arg(name, parser.value(name));
        return false;
    }
    out = value;
    return true;
}

} // namespace

SandboxCommandLine::Result SandboxCommandLine::parse(
    const QStringList &arguments, const QProcessEnvironment &environment)
{
    Result result;
    SandboxConfig &config = result.config;
    config.port = kDefaultPort;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("SesDesk Sandbox: a local server that speaks the Amazon SES API and behaves like an SES "
           "account, so SesDesk, the AWS CLI and tests can work without AWS."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), tr("Port to listen on (0: any free port). Default: %1.").arg(kDefaultPort), tr("N")},
        {QStringLiteral("bind"), tr("Address to listen on. Default: 127.0.0.1 (this computer only)."), tr("ADDR")},
        {QStringLiteral("data-dir"),
            tr("Keep the account's state in this folder (created if needed). Without it, state lives in memory."),
            tr("DIR")},
        {QStringLiteral("region"), tr("The AWS Region the Sandbox serves. Default: us-east-1."), tr("REGION")},
        {QStringLiteral("access-key-id"), tr("Accept this access key id instead of the built-in local one."), tr("ID")},
        {QStringLiteral("secret-access-key"),
            tr("The secret for --access-key-id (or set SESDESK_SANDBOX_SECRET_ACCESS_KEY to keep it out of the process "
               "list)."),
            tr("SECRET")},
        {QStringLiteral("demo-data"), tr("Fill a new account with realistic demo content.")},
        {QStringLiteral("production"),
            tr("Give the account production access instead of starting in the SES sandbox.")},
        {QStringLiteral("review-delay"),
            tr("Seconds until a production-access request is granted. Default: 10."),
            tr("SECONDS")},
        {QStringLiteral("verify-delay"), tr("Seconds until a new identity is verified. Default: 5."), tr("SECONDS")},
        {QStringLiteral("api-rate-limit"),
            tr("Limit management calls to N per second as SES does (1); send calls are limited by the sending quota. "
               "Default: off."),
            tr("N")},
        {QStringLiteral("check-responses"), tr("Check every answer against the AWS API model (for tests).")},
    });

    if (!parser.parse(arguments)) {
        result.action = Action::Error;
        result.message = parser.errorText();
        return result;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        result.action = Action::ShowHelp;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.action = Action::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.action = Action::Error;
        result.message = tr("Unexpected argument \"%1\" (see --help).").arg(parser.positionalArguments().first());
        return result;
    }

    auto fail = [&](const QString &message) {
        result.action = Action::Error;
        result.message = message;
        return result;
    };

    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return fail(tr("--port needs a port number from 0 to 65535, not \"%1\".")
                            .arg(parser.value(QStringLiteral("port"))));
        config.port = static_cast<quint16>(port);
    }
    if (parser.isSet(QStringLiteral("bind"))) {
        const QHostAddress address(parser.value(QStringLiteral("bind")));
        if (address.isNull())
            return fail(tr("--bind needs an IP address such as 127.0.0.1, not \"%1\".")
                            .arg(parser.value(QStringLiteral("bind"))));
        config.bindAddress = address;
    }
    config.dataDir = parser.value(QStringLiteral("data-dir"));
    if (parser.isSet(QStringLiteral("region"))) {
        static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-gov)?-[a-z]+-[0-9]+$"));
        const QString region = parser.value(QStringLiteral("region"));
        if (!regionPattern.match(region).hasMatch())
            return fail(tr("--region needs an AWS Region name such as eu-west-1, not \"%1\".").arg(region));
        config.region = region;
    }

    const QString secretFromEnvironment = environment.value(QStringLiteral("SESDESK_SANDBOX_SECRET_ACCESS_KEY"));
    const bool hasKeyId = parser.isSet(QStringLiteral("access-key-id"));
    const bool hasSecret = parser.isSet(QStringLiteral("secret-access-key")) || !secretFromEnvironment.isEmpty();
    if (hasKeyId != hasSecret)
        return fail(tr(
            "--access-key-id and --secret-access-key go together: give both, or neither for the built-in local pair."));
    if (hasKeyId) {
        config.accessKeyId = parser.value(QStringLiteral("access-key-id"));
        config.secretAccessKey = parser.isSet(QStringLiteral("secret-access-key"))
            ? parser.value(QStringLiteral("secret-access-key"))
            : secretFromEnvironment;
        if (config.accessKeyId.isEmpty() || config.secretAccessKey.isEmpty())
            return fail(tr("The access key id and the secret access key must not be empty."));
    }

    config.demoData = parser.isSet(QStringLiteral("demo-data"));
    config.production = parser.isSet(QStringLiteral("production"));
    QString error;
    if (!readSeconds(parser, QStringLiteral("review-delay"), config.reviewDelaySeconds, error)
        || !readSeconds(parser, QStringLiteral("verify-delay"), config.verifyDelaySeconds, error))
        return fail(error);
    if (parser.isSet(QStringLiteral("api-rate-limit"))) {
        bool ok = false;
        const double rate = parser.value(QStringLiteral("api-rate-limit")).toDouble(&ok);
        if (!ok || rate < 0)
            return fail(tr("--api-rate-limit needs a number of calls per second (0 turns it off), not \"%1\".")
                            .arg(parser.value(QStringLiteral("api-rate-limit"))));
        config.managementCallsPerSecond = rate;
    }
    config.checkResponses = parser.isSet(QStringLiteral("check-responses"));
    return result;
}

} // namespace Sandbox
