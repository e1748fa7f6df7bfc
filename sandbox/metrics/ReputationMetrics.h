#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include "sandbox/state/SendingLedger.h"

namespace Sandbox
{

/// The AWS/SES reputation metrics the Sandbox publishes to its CloudWatch, computed from the
/// sending ledger (the Sandbox's own sends and the demo history alike, so the charts, alarms and
/// GetSendStatistics always agree):
/// - Reputation.BounceRate and Reputation.ComplaintRate, ratios (0.05 = 5 %);
/// - for the account (no dimension) or one configuration set (dimension ses:configuration-set,
///   counted while the set had reputation metrics enabled);
/// - one sample per 15-minute interval, stamped with the interval's start, up to now;
/// - each sample is the rate over a representative volume, as the guide describes SES's: the
///   bounces (or complaints) over the sends of the most recent intervals that together hold at
///   least kRepresentativeVolume sends, looking back at most two weeks; no sample while there
///   were no sends in that window. Mailbox-simulator mail never counts (the guide).
class ReputationMetrics
{
public:
    struct Sample {
        QDateTime time;
        double value = 0;
    };

    static constexpr qint64 kRepresentativeVolume = 1000;
    static constexpr int kLookBackDays = 14;

    explicit ReputationMetrics(const SendingLedger &ledger);

    static QString metricNamespace()
    {
        return QStringLiteral("AWS/SES");
    }
    static QString bounceRateName()
    {
        return QStringLiteral("Reputation.BounceRate");
    }
    static QString complaintRateName()
    {
        return QStringLiteral("Reputation.ComplaintRate");
    }
    static QString configurationSetDimension()
    {
        return QStringLiteral("ses:configuration-set");
    }

    /// Whether the Sandbox publishes this metric (namespace, name and dimensions [{Name, Value}]).
    static bool publishes(const QString &metricNamespace, const QString &metricName, const QJsonArray &dimensions);

    /// The samples of a metric whose time lies in [from, to) and not after now, oldest first;
    /// empty for a metric the Sandbox does not publish.
    QList<Sample> samples(const QString &metricNamespace,
        const QString &metricName,
        const QJsonArray &dimensions,
        const QDateTime &from,
        const QDateTime &to,
        const QDateTime &now) const;

    /// The rate samples for a series of 15-minute buckets (oldest first, gaps allowed): what
    /// samples() computes, exposed for tests and the demo data's consistency check.
    static QList<Sample> rates(
        const QList<SendingLedger::Bucket> &history, bool complaints, const QDateTime &from, const QDateTime &to);

private:
    const SendingLedger &m_ledger;
};

} // namespace Sandbox
