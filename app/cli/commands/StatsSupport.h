#pragma once

#include <functional>
#include <optional>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QDateTime>

#include "models/aws/AwsRequest.h"
#include "models/ses/Aggregation.h"
#include "models/ses/StatisticsScope.h"
#include "models/ses/TimeRange.h"

class QCommandLineParser;
class QObject;

namespace Ses
{
class StatisticsStore;
}

namespace Cli
{

class CliContext;

/// What the `stats` commands share: their options (--period, --range, --csv, --no-history,
/// --protocol), parsing them into usage errors, the history store, and formatting for people.
class StatsSupport
{
    Q_DECLARE_TR_FUNCTIONS(Cli::StatsSupport)

public:
    static QCommandLineOption periodOption(const QString &defaultKey);
    static QCommandLineOption rangeOption(const QString &defaultKey);
    static QCommandLineOption csvOption();
    static QCommandLineOption noHistoryOption();
    static QCommandLineOption protocolOption();
    static QCommandLineOption configurationSetOption();

    /// nullopt after printing a usage error into *exitCode.
    static std::optional<Ses::Aggregation> aggregation(
        const CliContext &context, const QCommandLineParser &parser, Ses::Aggregation fallback, int *exitCode);
    static std::optional<Ses::TimeRange::Preset> rangePreset(
        const CliContext &context, const QCommandLineParser &parser, Ses::TimeRange::Preset fallback, int *exitCode);
    static std::optional<Aws::Protocol> protocol(
        const CliContext &context, const QCommandLineParser &parser, int *exitCode);

    /// The statistics history file for this environment (StatisticsDatabase::defaultPath).
    static QString historyPath(const CliContext &context);
    /// The account scope of the session's client, then done (invalid scope: no history).
    static void resolveScope(CliContext &context, QObject *owner, std::function<void(Ses::StatisticsScope)> done);

    static QDateTime now(const CliContext &context);
    /// "2026-11-24 15:45" (UTC) for table rows.
    static QString time(const QDateTime &time);
    /// "2.35%" or "-" when undefined.
    static QString percent(std::optional<double> ratio);
};

} // namespace Cli
