#pragma once

#include "models/ses/ReputationMetric.h"
#include "models/ses/ReputationStatus.h"

namespace Ses
{

/// The guide's levels for one metric: bounce 5% review / 10% may pause; complaint 0.1% / 0.5%
/// (part-2 §11, part-3 §0 and FAQ §8.3-8.4). Reaching a level counts (">= 5%").
struct ReputationThresholds {
    double review = 0;
    double pause = 0;

    static ReputationThresholds forMetric(ReputationMetric::Kind kind);
    ReputationStatus classify(double rate) const;
};

} // namespace Ses
