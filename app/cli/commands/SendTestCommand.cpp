#include "app/cli/commands/SendTestCommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include "models/aws/AwsClient.h"
#include "models/ses/MailboxSimulator.h"
#include "models/ses/SandboxMessageFetcher.h"
#include "models/ses/TestSendHistory.h"
#include "models/ses/TestSender.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/Session.h"
#include "app/cli/commands/TablePrinter.h"
#include "app/cli/commands/TemplateCliSupport.h"

namespace Cli
{

namespace
{

/// How often, and how far apart, the Sandbox is asked for an outcome that is not final yet
/// (its events follow the send shortly, not necessarily at once).
const int kOutcomeAttempts = 5;
const int kOutcomeRetryMs = 300;

/// One send and its follow-up, alive until done is called.
class SendTestRun final : public QObject
{
public:
    SendTestRun(CliContext &context, std::function<void(int)> done)
        : m_context(context)
        , m_done(std::move(done))
        , m_history(dataDirectory(context))
        , m_sender(context.ses(), context.environment().clock, this)
    {
        m_sender.setHistory(&m_history, accountScope(context));
        const QUrl endpoint = context.session()->aws()->endpointFor(QStringLiteral("sesv2"));
        if (Aws::AwsClient::isLoopbackHost(endpoint.host())) {
            m_fetcher = new Ses::SandboxMessageFetcher(
                context.environment().network, endpoint, context.environment().clock, this);
            m_sender.setOutcomeSource(m_fetcher);
        }
    }

    void start(const Ses::TestEmail &email)
    {
        m_sender.send(email, this, [this](Aws::Result<Ses::TestSendRecord> record) {
            if (!record.ok()) {
                finish(ExitCode::ServiceError);
                return;
            }
            m_record = record.value();
            if (!m_record.accepted()) {
                Aws::AwsError error;
                error.code = m_record.errorCode;
                error.message = m_record.errorMessage;
                error.requestId = m_record.requestId;
                error.kind = m_record.errorCode.isEmpty() ? Aws::AwsError::Kind::Network : Aws::AwsError::Kind::Service;
                finish(m_context.serviceError(QStringLiteral("SendEmail"), error));
                return;
            }
            if (m_context.jsonOutput() || !m_fetcher) {
                report();
                return;
            }
            checkOutcome();
        });
    }

private:
    void checkOutcome()
    {
        m_sender.checkOutcome(m_record, this, [this](Aws::Result<Ses::TestSendRecord> updated) {
            if (updated.ok()) {
                m_record = updated.value();
                const bool settled = Ses::TestSender::isSettled(m_record);
                if (!settled && ++m_attempts < kOutcomeAttempts) {
                    QTimer::singleShot(kOutcomeRetryMs, this, [this] {
                        checkOutcome();
                    });
                    return;
                }
            } else if (!updated.isCancelled()) {
                // Not a SesDesk Sandbox (another local server): say what SES returned only.
                m_record.outcome.status = Ses::MessageOutcome::Status::Unavailable;
            }
            report();
        });
    }

    void report()
    {
        if (m_context.jsonOutput()) {
            m_context.printJson(QJsonObject{{QStringLiteral("MessageId"), m_record.messageId}});
            finish(ExitCode::Success);
            return;
        }
        QList<QPair<QString, QString>> rows{
            {SendTestCommand::tr("Message ID"), m_record.messageId},
            {SendTestCommand::tr("From"), m_record.from},
            {SendTestCommand::tr("To"), m_record.recipient},
            {SendTestCommand::tr("Outcome"), m_record.outcome.summary()},
        };
        if (!m_record.outcome.diagnosticCode.isEmpty())
            rows.append({SendTestCommand::tr("Diagnostic"), m_record.outcome.diagnosticCode});
        TablePrinter::printPairs(m_context.out(), rows);
        if (const auto scenario = Ses::MailboxSimulator::fromKeyword(m_record.scenario)) {
            m_context.out() << Qt::endl << Ses::MailboxSimulator::explanation(*scenario) << Qt::endl;
            m_context.out() << Ses::MailboxSimulator::quotaNote() << Qt::endl;
        }
        if (m_record.outcome.status == Ses::MessageOutcome::Status::Unavailable)
            m_context.out() << SendTestCommand::tr(
                "SES reports deliveries, bounces and complaints through event destinations: add one (Amazon SNS, "
                "CloudWatch, Firehose or EventBridge) to a configuration set and send with --configuration-set.")
                            << Qt::endl;
        finish(ExitCode::Success);
    }

    void finish(int code)
    {
        m_context.out().flush();
        auto done = std::move(m_done);
        deleteLater();
        done(code);
    }

    CliContext &m_context;
    std::function<void(int)> m_done;
    Ses::TestSendHistory m_history;
    Ses::TestSender m_sender;
    Ses::SandboxMessageFetcher *m_fetcher = nullptr;
    Ses::TestSendRecord m_record;
    int m_attempts = 0;
};

} // namespace

QString SendTestCommand::summary() const
{
    return tr("Send a test email to the SES mailbox simulator and show what became of it.");
}

QList<QCommandLineOption> SendTestCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("from"), tr("The sender: a verified identity."), QStringLiteral("ADDRESS")),
        QCommandLineOption(QStringLiteral("scenario"),
            tr("The mailbox simulator scenario: success, bounce, ooto, complaint or suppressionlist."),
            QStringLiteral("SCENARIO")),
        QCommandLineOption(QStringLiteral("label"),
            tr("A label added to the simulator address (bounce+LABEL@simulator.amazonses.com)."),
            QStringLiteral("LABEL")),
        QCommandLineOption(QStringLiteral("to"),
            tr("A custom recipient instead of a scenario (in the SES sandbox it must be verified)."),
            QStringLiteral("ADDRESS")),
        QCommandLineOption(QStringLiteral("template"), tr("Send this template."), QStringLiteral("NAME")),
        QCommandLineOption(
            QStringLiteral("data"), tr("The template data: a JSON object, or file://PATH."), QStringLiteral("JSON")),
        QCommandLineOption(QStringLiteral("subject"), tr("The subject of a formatted email."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("text"), tr("The text body of a formatted email."), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("html"), tr("An HTML body for the formatted email."), QStringLiteral("HTML")),
        QCommandLineOption(QStringLiteral("raw"), tr("Send this file as a raw MIME message."), QStringLiteral("FILE")),
        QCommandLineOption(
            QStringLiteral("configuration-set"), tr("Send through this configuration set."), QStringLiteral("NAME")),
        QCommandLineOption(
            QStringLiteral("tag"), tr("A message tag NAME=VALUE; repeat for more."), QStringLiteral("NAME=VALUE")),
    };
}

void SendTestCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    auto isSet = [&parser](const char *name) {
        return parser.isSet(QLatin1String(name));
    };
    auto value = [&parser](const char *name) {
        return parser.value(QLatin1String(name));
    };
    if (!parser.positionalArguments().isEmpty()) {
        done(context.usageError(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())));
        return;
    }
    Ses::TestEmail email;
    if (!isSet("from")) {
        done(context.usageError(tr("--from ADDRESS is required")));
        return;
    }
    email.from = value("from");
    if (isSet("to") == isSet("scenario")) {
        done(context.usageError(
            tr("give either --scenario (success, bounce, ooto, complaint, suppressionlist) or --to")));
        return;
    }
    if (isSet("scenario")) {
        email.scenario = Ses::MailboxSimulator::fromKeyword(value("scenario"));
        if (!email.scenario) {
            done(context.usageError(
                tr("--scenario must be success, bounce, ooto, complaint or suppressionlist, not \"%1\"")
                    .arg(value("scenario"))));
            return;
        }
        email.label = value("label");
    } else {
        if (isSet("label")) {
            done(context.usageError(tr("--label only applies to a --scenario")));
            return;
        }
        email.scenario.reset();
        email.customRecipient = value("to");
    }

    const int kinds
        = int(isSet("template")) + int(isSet("raw")) + int(isSet("subject") || isSet("text") || isSet("html"));
    if (kinds > 1) {
        done(context.usageError(tr("give one content: --template NAME, --raw FILE, or --subject/--text/--html")));
        return;
    }
    if (isSet("data") && !isSet("template")) {
        done(context.usageError(tr("--data only applies to --template")));
        return;
    }
    if (isSet("template")) {
        email.content = Ses::TestEmail::Content::Template;
        email.templateName = value("template");
        if (isSet("data")) {
            int code = 0;
            const auto data = templateDataArgument(context, value("data"), &code);
            if (!data) {
                done(code);
                return;
            }
            email.templateData = *data;
        }
    } else if (isSet("raw")) {
        QFile file(value("raw"));
        if (!file.open(QIODevice::ReadOnly)) {
            done(context.usageError(tr("cannot read %1: %2").arg(value("raw"), file.errorString())));
            return;
        }
        email.content = Ses::TestEmail::Content::Raw;
        email.rawMessage = file.readAll();
    } else {
        email.content = Ses::TestEmail::Content::Formatted;
        email.subject = isSet("subject") ? value("subject") : Ses::TestEmail::defaultSubject();
        email.text = isSet("text") || isSet("html") ? value("text") : Ses::TestEmail::defaultText();
        email.html = value("html");
    }
    email.configurationSet = value("configuration-set");
    for (const QString &tag : parser.values(QStringLiteral("tag"))) {
        const int eq = static_cast<int>(tag.indexOf(QLatin1Char('=')));
        if (eq <= 0) {
            done(context.usageError(tr("--tag expects NAME=VALUE, not \"%1\"").arg(tag)));
            return;
        }
        email.tags.append({tag.left(eq), tag.mid(eq + 1)});
    }
    const QString problem = email.validate();
    if (!problem.isEmpty()) {
        done(context.usageError(problem));
        return;
    }
    auto *run = new SendTestRun(context, std::move(done));
    run->start(email);
}

} // namespace Cli
