#include "tests/gui/support/AccountJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace TestSupport
{

namespace
{
QJsonObject base(bool production, double sent, double max, double rate)
{
    return QJsonObject{
        {QStringLiteral("DedicatedIpAutoWarmupEnabled"), false},
        {QStringLiteral("EnforcementStatus"), QStringLiteral("HEALTHY")},
        {QStringLiteral("ProductionAccessEnabled"), production},
        {QStringLiteral("SendingEnabled"), true},
        {QStringLiteral("SendQuota"),
            QJsonObject{{QStringLiteral("Max24HourSend"), max},
                {QStringLiteral("MaxSendRate"), rate},
                {QStringLiteral("SentLast24Hours"), sent}}},
        {QStringLiteral("SuppressionAttributes"),
            QJsonObject{{QStringLiteral("SuppressedReasons"), QJsonArray{QStringLiteral("BOUNCE")}}}},
        {QStringLiteral("VdmAttributes"), QJsonObject{{QStringLiteral("VdmEnabled"), QStringLiteral("DISABLED")}}},
    };
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

QByteArray AccountJson::sandbox(double sent, double max, double rate)
{
    return bytes(base(false, sent, max, rate));
}

QByteArray AccountJson::production(double sent, double max, double rate)
{
    QJsonObject o = base(true, sent, max, rate);
    o.insert(QStringLiteral("SuppressionAttributes"),
        QJsonObject{
            {QStringLiteral("SuppressedReasons"), QJsonArray{QStringLiteral("BOUNCE"), QStringLiteral("COMPLAINT")}}});
    o.insert(QStringLiteral("VdmAttributes"), QJsonObject{{QStringLiteral("VdmEnabled"), QStringLiteral("ENABLED")}});
    return bytes(o);
}

QByteArray AccountJson::paused()
{
    QJsonObject o = base(true, 0, 50000, 14);
    o.insert(QStringLiteral("SendingEnabled"), false);
    o.insert(QStringLiteral("EnforcementStatus"), QStringLiteral("PROBATION"));
    return bytes(o);
}

QByteArray AccountJson::pendingReview()
{
    QJsonObject o = base(false, 3, 200, 1);
    o.insert(QStringLiteral("Details"),
        QJsonObject{{QStringLiteral("MailType"), QStringLiteral("TRANSACTIONAL")},
            {QStringLiteral("WebsiteURL"), QStringLiteral("https://example.com")},
            {QStringLiteral("ContactLanguage"), QStringLiteral("EN")},
            {QStringLiteral("UseCaseDescription"), QStringLiteral("Receipts")},
            {QStringLiteral("ReviewDetails"),
                QJsonObject{{QStringLiteral("Status"), QStringLiteral("PENDING")},
                    {QStringLiteral("CaseId"), QStringLiteral("case-123")}}}});
    return bytes(o);
}

} // namespace TestSupport
