#include "models/items/SuppressionListItems.h"

#include <QCoreApplication>

namespace Items::SuppressionList
{

Reason reasonFromSes(const QString &reason)
{
    if (reason == QLatin1String("BOUNCE"))
        return Reason::Bounce;
    if (reason == QLatin1String("COMPLAINT"))
        return Reason::Complaint;
    return Reason::Unknown;
}

QString reasonToSes(Reason reason)
{
    switch (reason) {
    case Reason::Bounce:
        return QStringLiteral("BOUNCE");
    case Reason::Complaint:
        return QStringLiteral("COMPLAINT");
    case Reason::Unknown:
        break;
    }
    return {};
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Bounce:
        //: Suppression reason: the address hard-bounced
        return QCoreApplication::translate("Items::SuppressionList", "Bounce");
    case Reason::Complaint:
        //: Suppression reason: the recipient marked mail as spam
        return QCoreApplication::translate("Items::SuppressionList", "Complaint");
    case Reason::Unknown:
        break;
    }
    return {};
}

bool Filter::accepts(const QString &reason, const QDateTime &lastUpdateTime) const
{
    if (!reasons.isEmpty() && !reasons.contains(reason))
        return false;
    if (start.isValid() && lastUpdateTime < start)
        return false;
    if (end.isValid() && lastUpdateTime > end)
        return false;
    return true;
}

} // namespace Items::SuppressionList
