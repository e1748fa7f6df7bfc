#include "app/cli/commands/StatsSupport.h"

#include <QCommandLineParser>
#include <QLocale>

#include "models/aws/Clock.h"
#include "models/ses/StatisticsDatabase.h"
#include "models/ses/StatisticsScopeResolver.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/Session.h"

namespace Cli
{

QCommandLineOption StatsSupport::periodOption(const QString &defaultKey)
{
    return QCommandLineOption(QStringLiteral("period"),
        tr("Aggregation period: 15m, 1h or 1d (default %1).").arg(defaultKey),
        QStringLiteral("PERIOD"));
}

QCommandLineOption StatsSupport::rangeOption(const QString &defaultKey)
{
    return QCommandLineOption(QStringLiteral("range"),
        tr("Time range: 24h, 3d, 7d, 14d, or all (everything SesDesk has kept) (default %1).").arg(defaultKey),
        QStringLiteral("RANGE"));
}

QCommandLineOption StatsSupport::csvOption()
{
    return QCommandLineOption(QStringLiteral("csv"), tr("Print the series as CSV."));
}

QCommandLineOption StatsSupport::noHistoryOption()
{
    return QCommandLineOption(QStringLiteral("no-history"), tr("Neither read nor write the local statistics history."));
}

QCommandLineOption StatsSupport::protocolOption()
{
    return QCommandLineOption(QStringLiteral("protocol"),
        tr("CloudWatch protocol: query (default) or json (awsJson 1.0, as current AWS CLIs send)."),
        QStringLiteral("PROTOCOL"));
}

QCommandLineOption StatsSupport::configurationSetOption()
{
    return QCommandLineOption(QStringLiteral("configuration-set"),
        tr("A configuration set with reputation metrics enabled, instead of the whole account."),
        QStringLiteral("NAME"));
}

std::optional<Ses::Aggregation> StatsSupport::aggregation(
    const CliContext &context, const QCommandLineParser &parser, Ses::Aggregation fallback, int *exitCode)
{
    if (!parser.isSet(QStringLiteral("period")))
        return fallback;
    const QString value = parser.value(QStringLiteral("period"));
    const auto a = Ses::Aggregation::fromKey(value);
    if (!a)
        *exitCode = context.usageError(tr("--period must be 15m, 1h or 1d, not \"%1\"").arg(value));
    return a;
}

std::optional<Ses::TimeRange::Preset> StatsSupport::rangePreset(
    const CliContext &context, const QCommandLineParser &parser, Ses::TimeRange::Preset fallback, int *exitCode)
{
    if (!parser.isSet(QStringLiteral("range")))
        return fallback;
    const QString value = parser.value(QStringLiteral("range"));
    const auto p = Ses::TimeRange::presetFromKey(value);
    if (!p)
        *exitCode = context.usageError(tr("--range must be 24h, 3d, 7d, 14d or all, not \"%1\"").arg(value));
    return p;
}

std::optional<Aws::Protocol> StatsSupport::protocol(
    const CliContext &context, const QCommandLineParser &parser, int *exitCode)
{
    const QString value = parser.value(QStringLiteral("protocol"));
    if (value.isEmpty() || value == QLatin1String("query"))
        return Aws::Protocol::Query;
    if (value == QLatin1String("json"))
        return Aws::Protocol::Json;
    *exitCode = context.usageError(tr("--protocol must be query or json, not \"%1\"").arg(value));
    return std::nullopt;
}

QString StatsSupport::historyPath(const CliContext &context)
{
    return Ses::StatisticsDatabase::defaultPath(
        context.environment().env.value(QStringLiteral("XDG_DATA_HOME")), context.environment().homeDir);
}

void StatsSupport::resolveScope(CliContext &context, QObject *owner, std::function<void(Ses::StatisticsScope)> done)
{
    auto *resolver = new Ses::StatisticsScopeResolver(context.session()->aws(), owner);
    resolver->resolve(owner, std::move(done));
}

QDateTime StatsSupport::now(const CliContext &context)
{
    return context.environment().clock ? context.environment().clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

QString StatsSupport::time(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString StatsSupport::percent(std::optional<double> ratio)
{
    if (!ratio)
        return QStringLiteral("-");
    return QStringLiteral("%1%").arg(QString::number(*ratio * 100.0, 'f', *ratio < 0.01 ? 3 : 2));
}

} // namespace Cli
