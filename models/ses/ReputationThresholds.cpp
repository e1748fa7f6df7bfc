#include "models/ses/ReputationThresholds.h"

namespace Ses
{

ReputationThresholds ReputationThresholds::forMetric(ReputationMetric::Kind kind)
{
    if (kind == ReputationMetric::BounceRate)
        return {0.05, 0.10};
    return {0.001, 0.005};
}

ReputationStatus ReputationThresholds::classify(double rate) const
{
    // Compare with a relative tolerance: 0.05 read back from "5.0E-2" or computed as 5/100
    // must count as reaching the level.
    auto reaches = [](double value, double level) {
        return value >= level * (1.0 - 1e-9);
    };
    if (reaches(rate, pause))
        return ReputationStatus::AtRisk;
    if (reaches(rate, review))
        return ReputationStatus::UnderReviewRisk;
    return ReputationStatus::Healthy;
}

} // namespace Ses
