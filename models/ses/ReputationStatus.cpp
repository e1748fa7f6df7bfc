#include "models/ses/ReputationStatus.h"

namespace Ses
{

QString ReputationStatusText::label(ReputationStatus status)
{
    switch (status) {
    case ReputationStatus::Unknown:
        return tr("No data");
    case ReputationStatus::Healthy:
        return tr("Healthy");
    case ReputationStatus::UnderReviewRisk:
        return tr("Under review risk");
    case ReputationStatus::AtRisk:
        return tr("At risk");
    }
    return {};
}

QString ReputationStatusText::key(ReputationStatus status)
{
    switch (status) {
    case ReputationStatus::Unknown:
        return QStringLiteral("unknown");
    case ReputationStatus::Healthy:
        return QStringLiteral("healthy");
    case ReputationStatus::UnderReviewRisk:
        return QStringLiteral("under-review-risk");
    case ReputationStatus::AtRisk:
        return QStringLiteral("at-risk");
    }
    return {};
}

ReputationStatus ReputationStatusText::worst(ReputationStatus a, ReputationStatus b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

} // namespace Ses
