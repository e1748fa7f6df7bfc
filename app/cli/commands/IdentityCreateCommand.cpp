#include "app/cli/commands/IdentityCreateCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/IdentityArgument.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

QString IdentityCreateCommand::summary() const
{
    return tr("Create an email address or domain identity (Easy DKIM for domains).");
}

QList<QCommandLineOption> IdentityCreateCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("dkim-key-length"),
            tr("Easy DKIM key length: RSA_1024_BIT or RSA_2048_BIT (default)."),
            QStringLiteral("LENGTH")),
        QCommandLineOption(
            QStringLiteral("configuration-set"), tr("Default configuration set."), QStringLiteral("NAME")),
        QCommandLineOption(QStringLiteral("tag"), tr("A tag KEY=VALUE; repeat for more."), QStringLiteral("KEY=VALUE")),
    };
}

void IdentityCreateCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto name = identityArgument(context, parser, &code);
    if (!name) {
        done(code);
        return;
    }
    Ses::CreateEmailIdentityRequest request;
    request.emailIdentity = *name;
    if (parser.isSet(QStringLiteral("dkim-key-length"))) {
        const QString length = parser.value(QStringLiteral("dkim-key-length"));
        if (length != QLatin1String("RSA_1024_BIT") && length != QLatin1String("RSA_2048_BIT")) {
            done(context.usageError(
                tr("--dkim-key-length must be RSA_1024_BIT or RSA_2048_BIT, not \"%1\"").arg(length)));
            return;
        }
        request.hasDkimSigningAttributes = true;
        request.dkimSigningAttributes.nextSigningKeyLength = length;
    }
    request.configurationSetName = parser.value(QStringLiteral("configuration-set"));
    for (const QString &tag : parser.values(QStringLiteral("tag"))) {
        const int eq = tag.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            done(context.usageError(tr("--tag expects KEY=VALUE, not \"%1\"").arg(tag)));
            return;
        }
        request.tags.append({tag.left(eq), tag.mid(eq + 1)});
    }
    context.ses()->createEmailIdentity(
        request, context.ses(), [&context, done, name = *name](Aws::Result<Ses::CreateEmailIdentityResult> result) {
            if (!result.ok()) {
                done(result.isCancelled()
                        ? int(ExitCode::ServiceError)
                        : context.serviceError(QStringLiteral("CreateEmailIdentity"), result.error()));
                return;
            }
            const Ses::CreateEmailIdentityResult &r = result.value();
            if (context.jsonOutput()) {
                context.printJson(r.raw);
            } else {
                TablePrinter::printPairs(context.out(),
                    {{tr("Identity"), name},
                        {tr("Type"), r.identityType},
                        {tr("Verified for sending"), yesNo(r.verifiedForSendingStatus)},
                        {tr("DKIM status"), r.dkim.status},
                        {tr("DKIM tokens"), r.dkim.tokens.join(QStringLiteral(", "))}});
                if (r.identityType == QLatin1String("DOMAIN"))
                    context.out() << tr("Publish the DNS records shown by: sesdesk-cli dns-records %1").arg(name)
                                  << Qt::endl;
                else
                    context.out()
                        << tr("SES sent a verification email to %1; open the link in it within 24 hours.").arg(name)
                        << Qt::endl;
            }
            done(ExitCode::Success);
        });
}

} // namespace Cli
