#include "models/ses/StatisticsTypes.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "models/aws/XmlNode.h"
#include "models/ses/AwsTimestamp.h"

namespace Ses
{

namespace
{

class StatisticsParse
{
    Q_DECLARE_TR_FUNCTIONS(Ses::StatisticsParse)

public:
    static Aws::AwsError error(const QString &message)
    {
        return Aws::AwsError::local(Aws::AwsError::Kind::Parse, QStringLiteral("MalformedResponse"), message);
    }
    static Aws::AwsError wrongRoot(const QString &expected, const QString &found)
    {
        return error(tr("Expected a <%1> answer, got <%2>.").arg(expected, found));
    }
    static Aws::AwsError badField(const QString &field, int index, const QString &text)
    {
        return error(tr("SendDataPoint %1: %2 \"%3\" is not valid.").arg(index).arg(field, text));
    }
    static Aws::AwsError badQuota(const QString &field, const QString &text)
    {
        return error(tr("GetSendQuota: %1 \"%2\" is not a number.").arg(field, text));
    }
};

} // namespace

Aws::Result<SendStatistics> SendStatistics::fromXml(const Aws::XmlNode &root)
{
    if (root.name != QLatin1String("GetSendStatisticsResponse"))
        return StatisticsParse::wrongRoot(QStringLiteral("GetSendStatisticsResponse"), root.name);
    SendStatistics out;
    out.requestId = root.path({QStringLiteral("ResponseMetadata"), QStringLiteral("RequestId")}).text.trimmed();
    const Aws::XmlNode &list = root.path({QStringLiteral("GetSendStatisticsResult"), QStringLiteral("SendDataPoints")});
    QJsonArray rawPoints;
    int index = 0;
    for (const Aws::XmlNode *member : list.childrenNamed(QStringLiteral("member"))) {
        ++index;
        SendDataPoint p;
        QJsonObject rawPoint;
        const QString ts = member->child(QStringLiteral("Timestamp")).text.trimmed();
        p.timestamp = AwsTimestamp::parseIso(ts);
        if (!p.timestamp.isValid())
            return StatisticsParse::badField(QStringLiteral("Timestamp"), index, ts);
        rawPoint.insert(QLatin1String("Timestamp"), ts);
        struct Counter {
            const char *name;
            qint64 *target;
        };
        const Counter counters[] = {{"DeliveryAttempts", &p.deliveryAttempts},
            {"Bounces", &p.bounces},
            {"Complaints", &p.complaints},
            {"Rejects", &p.rejects}};
        for (const Counter &c : counters) {
            const QString name = QLatin1String(c.name);
            const Aws::XmlNode &node = member->child(name);
            if (node.isNull())
                continue; // absent members are absent in the AWS CLI's output too
            bool ok = false;
            const QString text = node.text.trimmed();
            *c.target = text.toLongLong(&ok);
            if (!ok || *c.target < 0)
                return StatisticsParse::badField(name, index, text);
            rawPoint.insert(name, *c.target);
        }
        out.points.append(p);
        rawPoints.append(rawPoint);
    }
    out.raw.insert(QLatin1String("SendDataPoints"), rawPoints);
    return out;
}

Aws::Result<SendQuotaResult> SendQuotaResult::fromXml(const Aws::XmlNode &root)
{
    if (root.name != QLatin1String("GetSendQuotaResponse"))
        return StatisticsParse::wrongRoot(QStringLiteral("GetSendQuotaResponse"), root.name);
    SendQuotaResult out;
    out.requestId = root.path({QStringLiteral("ResponseMetadata"), QStringLiteral("RequestId")}).text.trimmed();
    const Aws::XmlNode &result = root.child(QStringLiteral("GetSendQuotaResult"));
    struct Field {
        const char *name;
        double *target;
    };
    const Field fields[] = {{"Max24HourSend", &out.quota.max24HourSend},
        {"MaxSendRate", &out.quota.maxSendRate},
        {"SentLast24Hours", &out.quota.sentLast24Hours}};
    for (const Field &f : fields) {
        const QString name = QLatin1String(f.name);
        const Aws::XmlNode &node = result.child(name);
        if (node.isNull())
            continue;
        bool ok = false;
        const QString text = node.text.trimmed();
        *f.target = text.toDouble(&ok);
        if (!ok)
            return StatisticsParse::badQuota(name, text);
        out.raw.insert(name, *f.target);
    }
    return out;
}

} // namespace Ses
