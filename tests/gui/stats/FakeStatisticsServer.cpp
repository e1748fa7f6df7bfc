#include "tests/gui/stats/FakeStatisticsServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include "models/ses/AwsTimestamp.h"

namespace TestSupport
{

FakeStatisticsServer::FakeStatisticsServer(QObject *parent)
    : QObject(parent)
    , m_account("{\"EnforcementStatus\":\"HEALTHY\",\"ProductionAccessEnabled\":true,\"SendingEnabled\":true,"
                "\"SendQuota\":{\"Max24HourSend\":50000,\"MaxSendRate\":14,\"SentLast24Hours\":4321}}")
{
    m_server.route(QStringLiteral("/v2/email/account"), [this](const QHttpServerRequest &) {
        ++m_counts[QStringLiteral("GetAccount")];
        if (m_failures.contains(QStringLiteral("GetAccount"))) {
            const Failure f = m_failures.value(QStringLiteral("GetAccount"));
            QHttpServerResponse r(QByteArray("application/json"),
                QStringLiteral("{\"message\":\"%1\"}").arg(f.message).toUtf8(),
                static_cast<QHttpServerResponse::StatusCode>(f.status));
            r.addHeader("x-amzn-ErrorType", f.code.toUtf8());
            return r;
        }
        return QHttpServerResponse(QByteArray("application/json"), m_account);
    });
    m_server.route(QStringLiteral("/"), [this](const QHttpServerRequest &request) {
        return answerQuery(request.body());
    });
}

bool FakeStatisticsServer::start()
{
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeStatisticsServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    return u;
}

void FakeStatisticsServer::failOperation(
    const QString &operation, int status, const QString &code, const QString &message)
{
    m_failures.insert(operation, {status, code, message});
}

QHttpServerResponse FakeStatisticsServer::xml(const QByteArray &body, int status)
{
    QHttpServerResponse r(QByteArray("text/xml"), body, static_cast<QHttpServerResponse::StatusCode>(status));
    r.addHeader("x-amzn-RequestId", "fake-request-id");
    return r;
}

QByteArray FakeStatisticsServer::sendStatisticsXml(const QList<Ses::SendDataPoint> &points)
{
    QByteArray out = "<GetSendStatisticsResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">"
                     "<GetSendStatisticsResult><SendDataPoints>";
    for (const Ses::SendDataPoint &p : points) {
        out += "<member><DeliveryAttempts>" + QByteArray::number(p.deliveryAttempts) + "</DeliveryAttempts><Timestamp>"
            + Ses::AwsTimestamp::toIso(p.timestamp).toUtf8() + "</Timestamp><Rejects>" + QByteArray::number(p.rejects)
            + "</Rejects><Bounces>" + QByteArray::number(p.bounces) + "</Bounces><Complaints>"
            + QByteArray::number(p.complaints) + "</Complaints></member>";
    }
    out += "</SendDataPoints></GetSendStatisticsResult><ResponseMetadata><RequestId>fake-stats</RequestId>"
           "</ResponseMetadata></GetSendStatisticsResponse>";
    return out;
}

QHttpServerResponse FakeStatisticsServer::answerQuery(const QByteArray &body)
{
    const QUrlQuery form(QString::fromUtf8(body));
    const QString action = form.queryItemValue(QStringLiteral("Action"), QUrl::FullyDecoded);
    ++m_counts[action];
    if (m_failures.contains(action)) {
        const Failure f = m_failures.value(action);
        return xml(
            QStringLiteral("<ErrorResponse><Error><Type>Sender</Type><Code>%1</Code><Message>%2</Message></Error>"
                           "<RequestId>fake-error</RequestId></ErrorResponse>")
                .arg(f.code, f.message)
                .toUtf8(),
            f.status);
    }
    if (action == QLatin1String("GetSendStatistics"))
        return xml(sendStatisticsXml(m_points));
    if (action == QLatin1String("GetCallerIdentity"))
        return xml("<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::111122223333:user/gui</Arn>"
                   "<UserId>AIDAGUI</UserId><Account>111122223333</Account></GetCallerIdentityResult>"
                   "</GetCallerIdentityResponse>");
    if (action == QLatin1String("GetMetricData")) {
        m_metricQueries.append(form);
        return metricData(form);
    }
    if (action == QLatin1String("PutMetricAlarm")) {
        m_alarms.append(form);
        return xml("<PutMetricAlarmResponse><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
                   "</PutMetricAlarmResponse>");
    }
    return xml(QStringLiteral("<ErrorResponse><Error><Code>InvalidAction</Code><Message>Unknown action %1</Message>"
                              "</Error></ErrorResponse>")
                   .arg(action)
                   .toUtf8(),
        400);
}

QHttpServerResponse FakeStatisticsServer::metricData(const QUrlQuery &form)
{
    const QDateTime start
        = Ses::AwsTimestamp::parseIso(form.queryItemValue(QStringLiteral("StartTime"), QUrl::FullyDecoded));
    const QDateTime end
        = Ses::AwsTimestamp::parseIso(form.queryItemValue(QStringLiteral("EndTime"), QUrl::FullyDecoded));
    QByteArray out = "<GetMetricDataResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
                     "<GetMetricDataResult><MetricDataResults>";
    for (int i = 1; !form.queryItemValue(QStringLiteral("MetricDataQueries.member.%1.Id").arg(i)).isEmpty(); ++i) {
        const QString prefix = QStringLiteral("MetricDataQueries.member.%1.").arg(i);
        const QString id = form.queryItemValue(prefix + QStringLiteral("Id"));
        const QString metric = form.queryItemValue(prefix + QStringLiteral("MetricStat.Metric.MetricName"));
        const int period = form.queryItemValue(prefix + QStringLiteral("MetricStat.Period")).toInt();
        const RateFunction &f = metric == QLatin1String("Reputation.BounceRate") ? m_bounce : m_complaint;
        QByteArray timestamps, values;
        // Newest first, as CloudWatch answers by default.
        for (QDateTime t = end.addSecs(-period); period > 0 && t >= start; t = t.addSecs(-period)) {
            const auto v = f ? f(t, period) : std::nullopt;
            if (!v)
                continue;
            timestamps += "<member>" + Ses::AwsTimestamp::toIso(t).toUtf8() + "</member>";
            values += "<member>" + QByteArray::number(*v, 'g', 12) + "</member>";
        }
        out += "<member><Id>" + id.toUtf8() + "</Id><Label>" + metric.toUtf8() + "</Label><Timestamps>" + timestamps
            + "</Timestamps><Values>" + values + "</Values><StatusCode>Complete</StatusCode></member>";
    }
    out += "</MetricDataResults></GetMetricDataResult><ResponseMetadata><RequestId>fake-metrics</RequestId>"
           "</ResponseMetadata></GetMetricDataResponse>";
    return xml(out);
}

} // namespace TestSupport
