#pragma once

#include <QCoreApplication>
#include <QString>

namespace Ses
{

/// Where an account stands on one reputation metric, by the guide's thresholds. Ordered from
/// best to worst.
enum class ReputationStatus {
    Unknown, ///< No data.
    Healthy, ///< Below the review level.
    UnderReviewRisk, ///< At or above the level where SES puts the account under review.
    AtRisk, ///< At or above the level where SES may pause sending.
};

/// Names of the statuses, for people and for scripts.
class ReputationStatusText
{
    Q_DECLARE_TR_FUNCTIONS(Ses::ReputationStatusText)

public:
    /// "Healthy", "Under review risk", "At risk", "No data" (translated).
    static QString label(ReputationStatus status);
    /// "healthy", "under-review-risk", "at-risk", "unknown": stable keys for JSON and tests.
    static QString key(ReputationStatus status);
    /// The worse of two statuses (the account's summary is its worst metric).
    static ReputationStatus worst(ReputationStatus a, ReputationStatus b);
};

} // namespace Ses
