#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "models/aws/Result.h"
#include "models/ses/SuppressionTypes.h"

class QCommandLineParser;

namespace Ses
{
class SesClient;
}

namespace Cli
{

class CliContext;

/// The single ADDRESS argument of the suppression commands, in the ASCII form SES keeps;
/// nullopt after printing a usage error into *exitCode.
std::optional<QString> suppressionAddressArgument(CliContext &context, const QCommandLineParser &parser, int *exitCode);

/// A --reason value (BOUNCE or COMPLAINT, any case), upper-cased; nullopt after printing a usage
/// error into *exitCode.
std::optional<QString> suppressionReasonValue(CliContext &context, const QString &value, int *exitCode);

/// A --start-date / --end-date value: ISO 8601 date-time ("2026-11-24T15:00:00Z"; UTC when it
/// names no offset) or date ("2026-11-24", midnight UTC). Invalid QDateTime after printing a
/// usage error into *exitCode.
QDateTime suppressionDateValue(CliContext &context, const QString &option, const QString &value, int *exitCode);

/// A list entry as the API's JSON has it (LastUpdateTime in epoch seconds, as the AWS CLI prints it).
QJsonObject suppressedDestinationJson(const Ses::SuppressedDestinationSummary &summary);

/// Reads every page of ListSuppressedDestinations (following NextToken) for request's filters,
/// then calls done once with all entries, or with the first page's error.
void listAllSuppressedDestinations(Ses::SesClient *ses,
    const Ses::ListSuppressedDestinationsRequest &request,
    std::function<void(Aws::Result<QList<Ses::SuppressedDestinationSummary>>)> done);

} // namespace Cli
