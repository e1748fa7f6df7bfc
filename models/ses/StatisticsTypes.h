#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "models/aws/Result.h"
#include "models/ses/AccountTypes.h"

namespace Aws
{
struct XmlNode;
}

namespace Ses
{

/// One SendDataPoint of SES v1 GetSendStatistics: 15 minutes of sending activity.
struct SendDataPoint {
    QDateTime timestamp; ///< Start of the 15-minute interval, UTC.
    qint64 deliveryAttempts = 0;
    qint64 bounces = 0;
    qint64 complaints = 0;
    qint64 rejects = 0;

    friend bool operator==(const SendDataPoint &, const SendDataPoint &) = default;
};

/// GetSendStatistics' answer, typed, in the order SES sent it (unordered); raw is the JSON the
/// AWS CLI prints for it (timestamps as the wire text), for --output json.
struct SendStatistics {
    QList<SendDataPoint> points;
    QString requestId;
    QJsonObject raw;

    /// Reads <GetSendStatisticsResponse> (namespace ignored). A point with a bad timestamp or
    /// counter is an error naming the point, never a silent zero.
    static Aws::Result<SendStatistics> fromXml(const Aws::XmlNode &root);
};

/// GetSendQuota's answer (the same three numbers as GetAccount's SendQuota); raw as the AWS CLI
/// prints it.
struct SendQuotaResult {
    SendQuota quota; ///< max24HourSend -1 means unlimited.
    QString requestId;
    QJsonObject raw;

    static Aws::Result<SendQuotaResult> fromXml(const Aws::XmlNode &root);
};

} // namespace Ses
