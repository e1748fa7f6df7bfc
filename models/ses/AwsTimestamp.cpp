#include "models/ses/AwsTimestamp.h"

#include <cmath>

#include <QRegularExpression>

namespace Ses
{

QDateTime AwsTimestamp::parseIso(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$)"));
    const QRegularExpressionMatch m = iso.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int ms = 0;
    if (m.hasCaptured(7)) {
        // Round any number of fractional digits to milliseconds.
        const QString frac = m.captured(7);
        ms = static_cast<int>(std::lround(QStringLiteral("0.%1").arg(frac).toDouble() * 1000.0));
    }
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(date, time, Qt::UTC);
    result = result.addMSecs(ms);
    if (m.hasCaptured(9)) {
        const int sign = m.captured(9) == QLatin1String("-") ? -1 : 1;
        const int offset = sign * (m.captured(10).toInt() * 3600 + m.captured(11).toInt() * 60);
        result = result.addSecs(-offset);
    }
    return result;
}

QDateTime AwsTimestamp::fromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(std::llround(value.toDouble() * 1000.0), Qt::UTC);
    if (value.isString())
        return parseIso(value.toString());
    return {};
}

QString AwsTimestamp::toIso(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    if (utc.time().msec() != 0)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonValue AwsTimestamp::toEpochJson(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms % 1000 == 0)
        return QJsonValue(static_cast<qint64>(ms / 1000));
    return QJsonValue(static_cast<double>(ms) / 1000.0);
}

} // namespace Ses
