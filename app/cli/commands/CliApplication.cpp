#include "app/cli/commands/CliApplication.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include "models/aws/AwsClient.h"

#include "app/cli/commands/AccountShowCommand.h"
#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/Command.h"
#include "app/cli/commands/DnsRecordsCommand.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/GlobalOptions.h"
#include "app/cli/commands/IdentityCreateCommand.h"
#include "app/cli/commands/IdentityDeleteCommand.h"
#include "app/cli/commands/IdentityListCommand.h"
#include "app/cli/commands/IdentityShowCommand.h"
#include "app/cli/commands/SendTestCommand.h"
#include "app/cli/commands/Session.h"
#include "app/cli/commands/StatsAlarmsCommand.h"
#include "app/cli/commands/StatsQuotaCommand.h"
#include "app/cli/commands/StatsReputationCommand.h"
#include "app/cli/commands/StatsSendingCommand.h"
#include "app/cli/commands/SuppressionAddCommand.h"
#include "app/cli/commands/SuppressionGetCommand.h"
#include "app/cli/commands/SuppressionImportCommand.h"
#include "app/cli/commands/SuppressionListCommand.h"
#include "app/cli/commands/SuppressionRemoveCommand.h"
#include "app/cli/commands/TemplateCreateCommand.h"
#include "app/cli/commands/TemplateDeleteCommand.h"
#include "app/cli/commands/TemplateListCommand.h"
#include "app/cli/commands/TemplateRenderCommand.h"
#include "app/cli/commands/TemplateShowCommand.h"
#include "app/cli/commands/TemplateUpdateCommand.h"

namespace Cli
{

namespace
{

struct GlobalOptionSpec {
    const char *name;
    bool takesValue;
};

// Global options that take a value, so the command words can be found before full parsing.
const GlobalOptionSpec kGlobalOptions[] = {
    {"profile", true},
    {"region", true},
    {"endpoint-url", true},
    {"output", true},
    {"debug", false},
    {"sandbox", false},
    {"help", false},
    {"h", false},
    {"version", false},
};

bool globalOptionTakesValue(const QString &arg, bool *known)
{
    QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
    if (name.contains(QLatin1Char('=')))
        name = name.left(name.indexOf(QLatin1Char('=')));
    for (const GlobalOptionSpec &spec : kGlobalOptions) {
        if (name == QLatin1String(spec.name)) {
            *known = true;
            return spec.takesValue && !arg.contains(QLatin1Char('='));
        }
    }
    *known = false;
    return false;
}

QList<QCommandLineOption> globalOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("profile"), CliApplication::tr("Use this AWS profile."), QStringLiteral("PROFILE")),
        QCommandLineOption(
            QStringLiteral("region"), CliApplication::tr("Use this AWS region."), QStringLiteral("REGION")),
        QCommandLineOption(QStringLiteral("endpoint-url"),
            CliApplication::tr("Send every AWS call (SES v2, SES v1, CloudWatch, STS) to this URL."),
            QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("output"),
            CliApplication::tr("Output format: json (the API's own JSON) or table (default)."),
            QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("debug"),
            CliApplication::tr("Print every request and response (signatures and secrets redacted).")),
        QCommandLineOption(QStringLiteral("sandbox"), CliApplication::tr("Run against an embedded SesDesk Sandbox.")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, CliApplication::tr("Show help.")),
        QCommandLineOption(QStringLiteral("version"), CliApplication::tr("Show the version.")),
    };
}

} // namespace

CliApplication::CliApplication(CliEnvironment environment)
    : m_environment(std::move(environment))
{
    addCommand(std::make_unique<AccountShowCommand>());
    addCommand(std::make_unique<IdentityListCommand>());
    addCommand(std::make_unique<IdentityShowCommand>());
    addCommand(std::make_unique<IdentityCreateCommand>());
    addCommand(std::make_unique<IdentityDeleteCommand>());
    addCommand(std::make_unique<TemplateListCommand>());
    addCommand(std::make_unique<TemplateShowCommand>());
    addCommand(std::make_unique<TemplateCreateCommand>());
    addCommand(std::make_unique<TemplateUpdateCommand>());
    addCommand(std::make_unique<TemplateDeleteCommand>());
    addCommand(std::make_unique<TemplateRenderCommand>());
    addCommand(std::make_unique<SendTestCommand>());
    addCommand(std::make_unique<DnsRecordsCommand>());
    addCommand(std::make_unique<StatsSendingCommand>());
    addCommand(std::make_unique<StatsReputationCommand>());
    addCommand(std::make_unique<StatsQuotaCommand>());
    addCommand(std::make_unique<StatsAlarmsCommand>(StatsAlarmsCommand::Action::Create));
    addCommand(std::make_unique<StatsAlarmsCommand>(StatsAlarmsCommand::Action::List));
    addCommand(std::make_unique<StatsAlarmsCommand>(StatsAlarmsCommand::Action::Delete));
    addCommand(std::make_unique<SuppressionListCommand>());
    addCommand(std::make_unique<SuppressionGetCommand>());
    addCommand(std::make_unique<SuppressionAddCommand>());
    addCommand(std::make_unique<SuppressionRemoveCommand>());
    addCommand(std::make_unique<SuppressionImportCommand>());
}

CliApplication::~CliApplication() = default;

void CliApplication::addCommand(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

Command *CliApplication::findCommand(const QStringList &words, int *consumed) const
{
    Command *best = nullptr;
    int bestLength = 0;
    for (const auto &command : m_commands) {
        const QStringList w = command->words();
        if (w.size() <= words.size() && words.mid(0, w.size()) == w && w.size() > bestLength) {
            best = command.get();
            bestLength = static_cast<int>(w.size());
        }
    }
    *consumed = bestLength;
    return best;
}

void CliApplication::printUsage() const
{
    QTextStream &out = *m_environment.out;
    out << tr("Usage: sesdesk-cli [--profile P] [--region R] [--endpoint-url URL] [--output json|table] [--debug] "
              "[--sandbox] COMMAND [ARGS]")
        << Qt::endl
        << Qt::endl
        << tr("Commands:") << Qt::endl;
    int width = 0;
    for (const auto &c : m_commands)
        width = std::max(width, static_cast<int>((c->name() + QLatin1Char(' ') + c->positionalSyntax()).size()));
    for (const auto &c : m_commands) {
        const QString head = (c->name() + QLatin1Char(' ') + c->positionalSyntax()).trimmed();
        out << QStringLiteral("  ") << head.leftJustified(width + 2) << c->summary() << Qt::endl;
    }
    out << Qt::endl << tr("Run \"sesdesk-cli COMMAND --help\" for a command's options.") << Qt::endl;
}

void CliApplication::printCommandHelp(const Command &command) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(command.summary());
    parser.addOptions(globalOptions());
    parser.addOptions(command.options());
    QTextStream &out = *m_environment.out;
    QString help = parser.helpText();
    // QCommandLineParser names the binary; show the command words instead.
    const int firstNewline = help.indexOf(QLatin1Char('\n'));
    help = tr("Usage: sesdesk-cli [global options] %1 [options] %2")
               .arg(command.name(), command.positionalSyntax())
               .trimmed()
        + help.mid(firstNewline);
    out << help;
    out.flush();
}

int CliApplication::run(const QStringList &arguments)
{
    // Find the command words among the arguments, skipping global options and their values.
    QStringList words;
    QList<int> wordIndexes;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg.startsWith(QLatin1String("-"))) {
            bool known = false;
            if (globalOptionTakesValue(arg, &known))
                ++i;
            if (!words.isEmpty())
                break;
            continue;
        }
        words.append(arg);
        wordIndexes.append(i);
        if (words.size() >= 3)
            break;
    }

    int consumed = 0;
    Command *command = words.isEmpty() ? nullptr : findCommand(words, &consumed);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (command)
        parser.addOptions(command->options());
    if (!parser.parse(arguments)) {
        CliContext context(m_environment, {});
        return context.usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *m_environment.out << QStringLiteral("sesdesk-cli %1").arg(QStringLiteral(SESDESK_VERSION)) << Qt::endl;
        return ExitCode::Success;
    }
    if (!command) {
        if (parser.isSet(QStringLiteral("help")) || words.isEmpty()) {
            printUsage();
            return words.isEmpty() && !parser.isSet(QStringLiteral("help")) ? int(ExitCode::UsageError)
                                                                            : int(ExitCode::Success);
        }
        CliContext context(m_environment, {});
        return context.usageError(
            tr("unknown command \"%1\" (see sesdesk-cli --help)").arg(words.join(QLatin1Char(' '))));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printCommandHelp(*command);
        return ExitCode::Success;
    }

    GlobalOptions options;
    options.profile = parser.value(QStringLiteral("profile"));
    options.region = parser.value(QStringLiteral("region"));
    options.debug = parser.isSet(QStringLiteral("debug"));
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    if (parser.isSet(QStringLiteral("endpoint-url"))) {
        options.endpointUrl = QUrl(parser.value(QStringLiteral("endpoint-url")), QUrl::StrictMode);
        if (!options.endpointUrl.isValid() || options.endpointUrl.host().isEmpty()) {
            CliContext context(m_environment, options);
            return context.usageError(
                tr("--endpoint-url \"%1\" is not a valid URL").arg(parser.value(QStringLiteral("endpoint-url"))));
        }
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output == QLatin1String("json"))
        options.output = GlobalOptions::Output::Json;
    else if (output.isEmpty() || output == QLatin1String("table") || output == QLatin1String("text"))
        options.output = GlobalOptions::Output::Table;
    else {
        CliContext context(m_environment, options);
        return context.usageError(tr("--output must be json or table, not \"%1\"").arg(output));
    }

    CliContext context(m_environment, options);
    if (command->needsSession()) {
        auto session = Session::create(options, m_environment);
        if (!session.ok()) {
            *m_environment.err << session.error().message << Qt::endl;
            return session.error().kind == Aws::AwsError::Kind::Usage ? int(ExitCode::UsageError)
                                                                      : int(ExitCode::ServiceError);
        }
        context.setSession(session.value());
        if (options.debug) {
            QTextStream *err = m_environment.err;
            session.value()->aws()->setDebugSink([err](const QString &line) {
                *err << line << Qt::endl;
            });
            *err << QStringLiteral("* session: %1").arg(session.value()->description()) << Qt::endl;
        }
    }

    // Re-parse so the command sees only its own positional arguments.
    QStringList commandArgs;
    for (int i = 0; i < arguments.size(); ++i) {
        if (!wordIndexes.mid(0, consumed).contains(i))
            commandArgs.append(arguments[i]);
    }
    QCommandLineParser commandParser;
    commandParser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    commandParser.addOptions(globalOptions());
    commandParser.addOptions(command->options());
    commandParser.parse(commandArgs);

    int exitCode = -1;
    QEventLoop loop;
    command->run(context, commandParser, [&exitCode, &loop](int code) {
        exitCode = code;
        loop.quit();
    });
    if (exitCode < 0)
        loop.exec();
    m_environment.out->flush();
    m_environment.err->flush();
    return exitCode;
}

} // namespace Cli
