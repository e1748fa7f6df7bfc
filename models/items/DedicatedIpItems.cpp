#include "models/items/DedicatedIpItems.h"

#include <QCoreApplication>

namespace Items::DedicatedIps
{

ScalingMode scalingModeFromSes(const QString &mode)
{
    if (mode == QLatin1String("STANDARD"))
        return ScalingMode::Standard;
    if (mode == QLatin1String("MANAGED"))
        return ScalingMode::Managed;
    return ScalingMode::Unknown;
}

QString scalingModeToSes(ScalingMode mode)
{
    switch (mode) {
    case ScalingMode::Standard:
        return QStringLiteral("STANDARD");
    case ScalingMode::Managed:
        return QStringLiteral("MANAGED");
    case ScalingMode::Unknown:
        break;
    }
    return {};
}

WarmupStatus warmupStatusFromSes(const QString &status)
{
    if (status == QLatin1String("IN_PROGRESS"))
        return WarmupStatus::InProgress;
    if (status == QLatin1String("DONE"))
        return WarmupStatus::Done;
    if (status == QLatin1String("NOT_APPLICABLE"))
        return WarmupStatus::NotApplicable;
    return WarmupStatus::Unknown;
}

QString scalingModeText(ScalingMode mode)
{
    switch (mode) {
    case ScalingMode::Standard:
        return QCoreApplication::translate("Items::DedicatedIps", "Standard");
    case ScalingMode::Managed:
        return QCoreApplication::translate("Items::DedicatedIps", "Managed");
    case ScalingMode::Unknown:
        break;
    }
    return QCoreApplication::translate("Items::DedicatedIps", "…");
}

QString warmupStatusText(WarmupStatus status)
{
    switch (status) {
    case WarmupStatus::InProgress:
        return QCoreApplication::translate("Items::DedicatedIps", "In progress");
    case WarmupStatus::Done:
        return QCoreApplication::translate("Items::DedicatedIps", "Complete");
    case WarmupStatus::NotApplicable:
        return QCoreApplication::translate("Items::DedicatedIps", "Not applicable");
    case WarmupStatus::Unknown:
        break;
    }
    return {};
}

} // namespace Items::DedicatedIps
