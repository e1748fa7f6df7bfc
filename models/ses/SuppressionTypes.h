#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ses
{

/// SuppressedDestinationSummary: one entry of ListSuppressedDestinations.
struct SuppressedDestinationSummary {
    QString emailAddress;
    QString reason; ///< BOUNCE | COMPLAINT
    QDateTime lastUpdateTime;

    static SuppressedDestinationSummary fromJson(const QJsonObject &json);
    friend bool operator==(const SuppressedDestinationSummary &, const SuppressedDestinationSummary &) = default;
};

/// SuppressedDestinationAttributes: the message and feedback that put the address on the list
/// (absent for addresses added by hand or by an import).
struct SuppressedDestinationAttributes {
    QString messageId;
    QString feedbackId;
};

/// SuppressedDestination: GetSuppressedDestination's answer.
struct SuppressedDestination {
    QString emailAddress;
    QString reason; ///< BOUNCE | COMPLAINT
    QDateTime lastUpdateTime;
    SuppressedDestinationAttributes attributes;

    static SuppressedDestination fromJson(const QJsonObject &json);
    SuppressedDestinationSummary summary() const
    {
        return {emailAddress, reason, lastUpdateTime};
    }
};

/// ListSuppressedDestinationsRequest: filters (Reason, StartDate, EndDate, both inclusive) and
/// the page wanted. Empty members are not sent.
struct ListSuppressedDestinationsRequest {
    QStringList reasons; ///< BOUNCE, COMPLAINT; empty: both
    QDateTime startDate;
    QDateTime endDate;
    QString nextToken;
    int pageSize = 0; ///< 0: SES's default (1,000)
};

/// One page of ListSuppressedDestinations.
struct SuppressedDestinationPage {
    QList<SuppressedDestinationSummary> summaries;
    QString nextToken;
};

/// The SuppressionListReason values.
namespace SuppressionReason
{
inline QString bounce()
{
    return QStringLiteral("BOUNCE");
}
inline QString complaint()
{
    return QStringLiteral("COMPLAINT");
}
inline bool isValid(const QString &reason)
{
    return reason == bounce() || reason == complaint();
}
} // namespace SuppressionReason

} // namespace Ses
