#include "app/cli/commands/SuppressionCliSupport.h"

#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

#include "models/ses/AwsTimestamp.h"
#include "models/ses/SesClient.h"
#include "models/ses/SuppressionImportParser.h"

#include "app/cli/commands/CliContext.h"

namespace Cli
{

std::optional<QString> suppressionAddressArgument(CliContext &context, const QCommandLineParser &parser, int *exitCode)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.constFirst().trimmed().isEmpty()) {
        *exitCode = context.usageError(QCoreApplication::translate("Cli", "expected exactly one email ADDRESS"));
        return std::nullopt;
    }
    QString ascii;
    const QString problem = Ses::SuppressionImportParser::addressProblem(args.constFirst().trimmed(), &ascii);
    if (!problem.isEmpty()) {
        *exitCode = context.usageError(QStringLiteral("%1: %2").arg(args.constFirst(), problem));
        return std::nullopt;
    }
    return ascii;
}

std::optional<QString> suppressionReasonValue(CliContext &context, const QString &value, int *exitCode)
{
    const QString reason = value.trimmed().toUpper();
    if (!Ses::SuppressionReason::isValid(reason)) {
        *exitCode = context.usageError(
            QCoreApplication::translate("Cli", "--reason must be BOUNCE or COMPLAINT, not \"%1\"").arg(value));
        return std::nullopt;
    }
    return reason;
}

QDateTime suppressionDateValue(CliContext &context, const QString &option, const QString &value, int *exitCode)
{
    const QString text = value.trimmed();
    QDateTime time = Ses::AwsTimestamp::parseIso(text);
    if (!time.isValid()) {
        // No offset given: UTC, as the AWS CLI reads such a time stamp.
        time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid())
            time.setTimeZone(QTimeZone::utc());
    }
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            time = date.startOfDay(QTimeZone::utc());
    }
    if (!time.isValid()) {
        *exitCode = context.usageError(QCoreApplication::translate("Cli",
            "--%1 \"%2\" is not an ISO 8601 date or time, such as 2026-11-24 or "
            "2026-11-24T15:00:00Z")
                                           .arg(option, value));
    }
    return time;
}

QJsonObject suppressedDestinationJson(const Ses::SuppressedDestinationSummary &summary)
{
    return QJsonObject{{QStringLiteral("EmailAddress"), summary.emailAddress},
        {QStringLiteral("Reason"), summary.reason},
        {QStringLiteral("LastUpdateTime"), Ses::AwsTimestamp::toEpochJson(summary.lastUpdateTime)}};
}

namespace
{

struct ListAllState {
    Ses::SesClient *ses = nullptr;
    Ses::ListSuppressedDestinationsRequest request;
    QList<Ses::SuppressedDestinationSummary> entries;
    std::function<void(Aws::Result<QList<Ses::SuppressedDestinationSummary>>)> done;
};

void fetchPage(const std::shared_ptr<ListAllState> &state)
{
    state->ses->listSuppressedDestinations(
        state->request, state->ses, [state](Aws::Result<Ses::SuppressedDestinationPage> result) {
            if (result.isCancelled()) {
                state->done(Aws::Result<QList<Ses::SuppressedDestinationSummary>>::cancelled());
                return;
            }
            if (!result.ok()) {
                state->done(result.error());
                return;
            }
            state->entries += result.value().summaries;
            const QString next = result.value().nextToken;
            // A token equal to the one just sent would loop forever; treat it as the end.
            if (next.isEmpty() || next == state->request.nextToken) {
                state->done(std::move(state->entries));
                return;
            }
            state->request.nextToken = next;
            fetchPage(state);
        });
}

} // namespace

void listAllSuppressedDestinations(Ses::SesClient *ses,
    const Ses::ListSuppressedDestinationsRequest &request,
    std::function<void(Aws::Result<QList<Ses::SuppressedDestinationSummary>>)> done)
{
    auto state = std::make_shared<ListAllState>();
    state->ses = ses;
    state->request = request;
    state->done = std::move(done);
    fetchPage(state);
}

} // namespace Cli
