#pragma once

#include <functional>

#include <QHttpServer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include "models/ses/StatisticsTypes.h"

namespace TestSupport
{

/// A loopback stand-in for the services the Statistics pane calls, routed by operation (the
/// pane's calls run concurrently, so a queue of answers would not do): SES v1
/// GetSendStatistics (from a list of points, in the XML SES sends), SES v2 GetAccount, STS
/// GetCallerIdentity, and CloudWatch GetMetricData (values computed per period over the
/// requested range, with gaps), PutMetricAlarm (recorded) over the Query protocol.
class FakeStatisticsServer final : public QObject
{
    Q_OBJECT

public:
    using RateFunction = std::function<std::optional<double>(const QDateTime &bucketStart, int periodSeconds)>;

    explicit FakeStatisticsServer(QObject *parent = nullptr);

    bool start();
    QUrl url() const;

    void setSendPoints(QList<Ses::SendDataPoint> points)
    {
        m_points = std::move(points);
    }
    void setAccountJson(const QByteArray &json)
    {
        m_account = json;
    }
    void setBounceRate(RateFunction f)
    {
        m_bounce = std::move(f);
    }
    void setComplaintRate(RateFunction f)
    {
        m_complaint = std::move(f);
    }
    /// Answers every call of an operation with this error (HTTP status, Query XML error code).
    void failOperation(const QString &operation, int status, const QString &code, const QString &message);

    int count(const QString &operation) const
    {
        return m_counts.value(operation);
    }
    /// The form fields of every PutMetricAlarm received.
    const QList<QUrlQuery> &alarms() const
    {
        return m_alarms;
    }
    /// The form fields of every GetMetricData received.
    const QList<QUrlQuery> &metricQueries() const
    {
        return m_metricQueries;
    }

    /// GetSendStatistics' XML for points, as SES writes it.
    static QByteArray sendStatisticsXml(const QList<Ses::SendDataPoint> &points);

private:
    QHttpServerResponse answerQuery(const QByteArray &body);
    QHttpServerResponse metricData(const QUrlQuery &form);
    static QHttpServerResponse xml(const QByteArray &body, int status = 200);

    QHttpServer m_server;
    quint16 m_port = 0;
    QList<Ses::SendDataPoint> m_points;
    QByteArray m_account;
    RateFunction m_bounce;
    RateFunction m_complaint;
    QMap<QString, int> m_counts;
    QList<QUrlQuery> m_alarms;
    QList<QUrlQuery> m_metricQueries;
    struct Failure {
        int status;
        QString code;
        QString message;
    };
    QMap<QString, Failure> m_failures;
};

} // namespace TestSupport
