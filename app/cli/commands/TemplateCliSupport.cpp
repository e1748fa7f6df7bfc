#include "app/cli/commands/TemplateCliSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include "models/aws/AwsClient.h"
#include "models/ses/JsonPositionIndex.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/Session.h"

namespace Cli
{

namespace
{

QString partName(Ses::TemplateFinding::Part part)
{
    switch (part) {
    case Ses::TemplateFinding::Part::Name:
        return QStringLiteral("TemplateName");
    case Ses::TemplateFinding::Part::Subject:
        return QStringLiteral("Subject");
    case Ses::TemplateFinding::Part::Html:
        return QStringLiteral("Html");
    case Ses::TemplateFinding::Part::Text:
        return QStringLiteral("Text");
    case Ses::TemplateFinding::Part::Template:
        break;
    }
    return QStringLiteral("TemplateContent");
}

} // namespace

std::optional<QString> templateNameArgument(CliContext &context, const QCommandLineParser &parser, int *exitCode)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.constFirst().isEmpty()) {
        *exitCode = context.usageError(QCoreApplication::translate("Cli", "expected exactly one template NAME"));
        return std::nullopt;
    }
    return args.constFirst();
}

std::optional<QString> templateDataArgument(CliContext &context, const QString &value, int *exitCode)
{
    QString text = value;
    QString source = QStringLiteral("--data");
    if (value.startsWith(QLatin1String("file://"))) {
        const QString path = value.mid(7);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *exitCode = context.usageError(
                QCoreApplication::translate("Cli", "cannot read %1: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        text = QString::fromUtf8(file.readAll());
        source = path;
    }
    QJsonParseError error;
    const QByteArray utf8 = text.toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto p = Ses::JsonPositionIndex::positionOfParseError(utf8, error);
        *exitCode
            = context.usageError(QCoreApplication::translate("Cli", "%1 is not valid JSON (line %2, column %3): %4")
                                     .arg(source, QString::number(p.line), QString::number(p.column))
                                     .arg(error.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *exitCode = context.usageError(
            QCoreApplication::translate("Cli", "%1 must be a JSON object, such as {\"name\": \"Alejandro\"}")
                .arg(source));
        return std::nullopt;
    }
    return text;
}

QString dataDirectory(const CliContext &context)
{
    const QProcessEnvironment &env = context.environment().env;
    if (!env.value(QStringLiteral("SESDESK_DATA_DIR")).isEmpty())
        return env.value(QStringLiteral("SESDESK_DATA_DIR"));
    QString base = env.value(QStringLiteral("XDG_DATA_HOME"));
    if (base.isEmpty())
        base = context.environment().homeDir + QStringLiteral("/.local/share");
    return base + QStringLiteral("/SesDesk/SesDesk");
}

Ses::AccountScope accountScope(const CliContext &context)
{
    const GlobalOptions &options = context.options();
    Ses::AccountScope scope;
    if (options.sandbox) {
        scope.account = QStringLiteral("sandbox");
    } else {
        QString profile = options.profile;
        if (profile.isEmpty())
            profile = context.environment().env.value(QStringLiteral("AWS_PROFILE"));
        scope.account = QStringLiteral("aws:") + profile;
        if (context.session()) {
            const Aws::ClientConfig &config = context.session()->aws()->config();
            const QUrl endpoint = config.serviceEndpoints.value(QStringLiteral("sesv2"), config.endpointOverride);
            if (endpoint.isValid() && !endpoint.isEmpty())
                scope.account += QLatin1Char('@') + endpoint.authority();
        }
    }
    if (context.session())
        scope.region = context.session()->aws()->config().region;
    return scope;
}

bool printFindings(CliContext &context, const Ses::TemplateFindings &findings)
{
    bool errors = false;
    for (const Ses::TemplateFinding &f : findings) {
        QString severity;
        switch (f.severity) {
        case Ses::TemplateFinding::Severity::Error:
            severity = QCoreApplication::translate("Cli", "error");
            errors = true;
            break;
        case Ses::TemplateFinding::Severity::Warning:
            severity = QCoreApplication::translate("Cli", "warning");
            break;
        case Ses::TemplateFinding::Severity::Info:
            severity = QCoreApplication::translate("Cli", "note");
            break;
        }
        QString where = partName(f.part);
        if (f.part != Ses::TemplateFinding::Part::Name && f.part != Ses::TemplateFinding::Part::Template
            && f.length > 0)
            where += QStringLiteral(":%1:%2").arg(f.location.line).arg(f.location.column);
        context.err() << QStringLiteral("%1: %2: %3").arg(severity, where, f.message) << Qt::endl;
    }
    return errors;
}

} // namespace Cli
