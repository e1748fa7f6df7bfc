#include "app/cli/commands/IdentityShowCommand.h"

#include <QTextStream>

#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/IdentityArgument.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

QString IdentityShowCommand::summary() const
{
    return tr("Show an identity: verification, DKIM, MAIL FROM, policies and tags.");
}

void IdentityShowCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto name = identityArgument(context, parser, &code);
    if (!name) {
        done(code);
        return;
    }
    context.ses()->getEmailIdentity(*name, context.ses(), [&context, done](Aws::Result<Ses::EmailIdentity> result) {
        if (!result.ok()) {
            done(result.isCancelled() ? int(ExitCode::ServiceError)
                                      : context.serviceError(QStringLiteral("GetEmailIdentity"), result.error()));
            return;
        }
        const Ses::EmailIdentity &e = result.value();
        if (context.jsonOutput()) {
            context.printJson(e.raw);
            done(ExitCode::Success);
            return;
        }
        QList<QPair<QString, QString>> rows{
            {tr("Identity"), e.identityName},
            {tr("Type"), e.identityType},
            {tr("Verification status"), e.verificationStatus},
            {tr("Verified for sending"), yesNo(e.verifiedForSendingStatus)},
            {tr("DKIM status"), e.dkim.status},
            {tr("DKIM signing"), yesNo(e.dkim.signingEnabled)},
            {tr("DKIM origin"), e.dkim.signingAttributesOrigin},
            {tr("DKIM key length"), e.dkim.currentSigningKeyLength},
            {tr("DKIM tokens"), e.dkim.tokens.join(QStringLiteral(", "))},
            {tr("DKIM hosted zone"), e.dkim.signingHostedZone},
            {tr("MAIL FROM domain"),
                e.mailFrom.mailFromDomain.isEmpty() ? QStringLiteral("-") : e.mailFrom.mailFromDomain},
            {tr("MAIL FROM status"), e.mailFrom.mailFromDomainStatus},
            {tr("Behavior on MX failure"), e.mailFrom.behaviorOnMxFailure},
            {tr("Feedback forwarding"), yesNo(e.feedbackForwardingStatus)},
            {tr("Configuration set"), e.configurationSetName.isEmpty() ? QStringLiteral("-") : e.configurationSetName},
            {tr("Policies"), e.policies.isEmpty() ? QStringLiteral("-") : e.policies.keys().join(QStringLiteral(", "))},
        };
        QStringList tags;
        for (const Ses::Tag &t : e.tags)
            tags.append(t.key + QLatin1Char('=') + t.value);
        rows.append({tr("Tags"), tags.isEmpty() ? QStringLiteral("-") : tags.join(QStringLiteral(", "))});
        TablePrinter::printPairs(context.out(), rows);
        done(ExitCode::Success);
    });
}

} // namespace Cli
