#include "sandbox/metrics/SendStatisticsOperations.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QLocale>
#include <QXmlStreamWriter>

#include "sandbox/SandboxContext.h"
#include "sandbox/protocol/QueryEndpoint.h"
#include "sandbox/state/AccountRepository.h"

namespace Sandbox
{

namespace
{

/// Doubles as SES's Java service prints them: "200.0", "1.0", "0.5".
QString javaDouble(double value)
{
    QString text = QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

quint32 orderKey(const QDateTime &time)
{
    const QByteArray digest
        = QCryptographicHash::hash(QByteArray::number(time.toSecsSinceEpoch()), QCryptographicHash::Sha1);
    return (quint32(quint8(digest.at(0))) << 24) | (quint32(quint8(digest.at(1))) << 16)
        | (quint32(quint8(digest.at(2))) << 8) | quint32(quint8(digest.at(3)));
}

} // namespace

SendStatisticsOperations::SendStatisticsOperations(SandboxContext &context)
    : m_context(context)
{
}

QList<SendingLedger::Bucket> SendStatisticsOperations::reported(const SendingLedger &ledger, const QDateTime &now)
{
    QList<SendingLedger::Bucket> out;
    for (const SendingLedger::Bucket &bucket : ledger.buckets(now.addDays(-14), now.addSecs(1))) {
        const SendingCounters &c = bucket.counters;
        if (c.deliveryAttempts || c.bounces || c.complaints || c.rejects)
            out.append(bucket);
    }
    std::sort(out.begin(), out.end(), [](const SendingLedger::Bucket &a, const SendingLedger::Bucket &b) {
        return orderKey(a.start) < orderKey(b.start);
    });
    return out;
}

void SendStatisticsOperations::registerWith(QueryService &ses)
{
    ses.actions.insert(QStringLiteral("GetSendStatistics"), [this](const QueryCall &call, QXmlStreamWriter &xml) {
        xml.writeStartElement(QStringLiteral("SendDataPoints"));
        for (const SendingLedger::Bucket &bucket : reported(m_context.ledger, call.now)) {
            xml.writeStartElement(QStringLiteral("member"));
            xml.writeTextElement(QStringLiteral("DeliveryAttempts"), QString::number(bucket.counters.deliveryAttempts));
            xml.writeTextElement(
                QStringLiteral("Timestamp"), bucket.start.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")));
            xml.writeTextElement(QStringLiteral("Rejects"), QString::number(bucket.counters.rejects));
            xml.writeTextElement(QStringLiteral("Bounces"), QString::number(bucket.counters.bounces));
            xml.writeTextElement(QStringLiteral("Complaints"), QString::number(bucket.counters.complaints));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return passed();
    });
    ses.actions.insert(QStringLiteral("GetSendQuota"), [this](const QueryCall &call, QXmlStreamWriter &xml) {
        const QJsonObject quota = m_context.account.load(call.now).value(QLatin1String("SendQuota")).toObject();
        xml.writeTextElement(
            QStringLiteral("Max24HourSend"), javaDouble(quota.value(QLatin1String("Max24HourSend")).toDouble()));
        xml.writeTextElement(
            QStringLiteral("MaxSendRate"), javaDouble(quota.value(QLatin1String("MaxSendRate")).toDouble()));
        xml.writeTextElement(QStringLiteral("SentLast24Hours"),
            javaDouble(static_cast<double>(m_context.ledger.sentLast24Hours(call.now))));
        return passed();
    });
}

} // namespace Sandbox
