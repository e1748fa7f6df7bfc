#include "app/cli/commands/TemplateSaveCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "models/ses/TemplateChecks.h"
#include "models/ses/TemplateJsonFile.h"
#include "models/ses/TemplateSaver.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/TemplateCliSupport.h"

namespace Cli
{

QList<QCommandLineOption> TemplateSaveCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("from-file"),
            tr("The template as the JSON `aws sesv2 create-email-template --cli-input-json` takes."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("skip-checks"),
            tr("Send the template even when the pre-save checks find errors (SES decides).")),
        QCommandLineOption(QStringLiteral("no-history"), tr("Do not keep a snapshot in the local version history.")),
    };
}

void TemplateSaveCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    if (!parser.positionalArguments().isEmpty()) {
        done(context.usageError(tr("the template's name comes from the file; unexpected argument \"%1\"")
                                    .arg(parser.positionalArguments().constFirst())));
        return;
    }
    if (!parser.isSet(QStringLiteral("from-file"))) {
        done(context.usageError(tr("--from-file FILE is required")));
        return;
    }
    QString path = parser.value(QStringLiteral("from-file"));
    if (path.startsWith(QLatin1String("file://")))
        path = path.mid(7);
    const Ses::LocalResult<Ses::EmailTemplate> parsed = Ses::TemplateJsonFile::read(path);
    if (!parsed.ok()) {
        done(context.usageError(parsed.error().toString()));
        return;
    }
    const Ses::EmailTemplate emailTemplate = parsed.value();
    const Ses::TemplateFindings findings = Ses::TemplateChecks::run({emailTemplate.templateName,
        emailTemplate.content.subject,
        emailTemplate.content.html,
        emailTemplate.content.text});
    if (printFindings(context, findings) && !parser.isSet(QStringLiteral("skip-checks"))) {
        done(context.usageError(tr("the template has errors; fix them, or pass --skip-checks to let SES decide")));
        return;
    }

    std::optional<Ses::TemplateVersionStore> history;
    if (!parser.isSet(QStringLiteral("no-history")))
        history.emplace(dataDirectory(context), context.environment().clock);
    const Ses::TemplateSaver saver(context.ses(), history, accountScope(context));
    const bool create = m_mode == Mode::Create;
    const QString operation = create ? QStringLiteral("CreateEmailTemplate") : QStringLiteral("UpdateEmailTemplate");
    auto finished = [&context, done, operation, create, name = emailTemplate.templateName](
                        Aws::Result<Ses::TemplateSaveResult> result) {
        if (!result.ok()) {
            done(result.isCancelled() ? int(ExitCode::ServiceError) : context.serviceError(operation, result.error()));
            return;
        }
        if (!result.value().historyError.isEmpty())
            context.err() << tr("warning: no snapshot was kept: %1").arg(result.value().historyError) << Qt::endl;
        // Like the AWS CLI, JSON output prints nothing: the answer is empty.
        if (!context.jsonOutput()) {
            context.out() << (create ? tr("Created template %1.") : tr("Updated template %1.")).arg(name);
            if (result.value().snapshot)
                context.out() << QLatin1Char(' ')
                              << tr("Local history: version %1.").arg(result.value().snapshot->version);
            context.out() << Qt::endl;
        }
        done(ExitCode::Success);
    };
    if (create)
        saver.create(emailTemplate, Ses::TemplateVersion::Origin::Imported, context.ses(), finished);
    else
        saver.update(emailTemplate.templateName,
            emailTemplate.content,
            Ses::TemplateVersion::Origin::Imported,
            context.ses(),
            finished);
}

} // namespace Cli
