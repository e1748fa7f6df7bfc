#include "models/connection/SesRegions.h"

#include <QCoreApplication>

namespace Connection
{

namespace
{
struct Region {
    const char *code;
    const char *name;
};

// The SES regions as the guide lists them (part-1 §1).
constexpr Region Regions[] = {
    {"us-east-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "US East (N. Virginia)")},
    {"us-east-2", QT_TRANSLATE_NOOP("Connection::SesRegions", "US East (Ohio)")},
    {"us-west-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "US West (N. California)")},
    {"us-west-2", QT_TRANSLATE_NOOP("Connection::SesRegions", "US West (Oregon)")},
    {"af-south-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Africa (Cape Town)")},
    {"ap-south-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Asia Pacific (Mumbai)")},
    {"ap-northeast-3", QT_TRANSLATE_NOOP("Connection::SesRegions", "Asia Pacific (Osaka)")},
    {"ap-northeast-2", QT_TRANSLATE_NOOP("Connection::SesRegions", "Asia Pacific (Seoul)")},
    {"ap-southeast-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Asia Pacific (Singapore)")},
    {"ap-southeast-2", QT_TRANSLATE_NOOP("Connection::SesRegions", "Asia Pacific (Sydney)")},
    {"ap-southeast-3", QT_TRANSLATE_NOOP("Connection::SesRegions", "Asia Pacific (Jakarta)")},
    {"ap-northeast-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Asia Pacific (Tokyo)")},
    {"ca-central-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Canada (Central)")},
    {"eu-central-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Europe (Frankfurt)")},
    {"eu-west-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Europe (Ireland)")},
    {"eu-west-2", QT_TRANSLATE_NOOP("Connection::SesRegions", "Europe (London)")},
    {"eu-west-3", QT_TRANSLATE_NOOP("Connection::SesRegions", "Europe (Paris)")},
    {"eu-south-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Europe (Milan)")},
    {"eu-north-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Europe (Stockholm)")},
    {"il-central-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Israel (Tel Aviv)")},
    {"me-south-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "Middle East (Bahrain)")},
    {"sa-east-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "South America (São Paulo)")},
    {"us-gov-west-1", QT_TRANSLATE_NOOP("Connection::SesRegions", "AWS GovCloud (US-West)")},
};
} // namespace

QStringList SesRegions::codes()
{
    QStringList out;
    for (const Region &r : Regions)
        out.append(QString::fromLatin1(r.code));
    return out;
}

bool SesRegions::isKnown(const QString &code)
{
    for (const Region &r : Regions) {
        if (code == QLatin1String(r.code))
            return true;
    }
    return false;
}

QString SesRegions::displayName(const QString &code)
{
    for (const Region &r : Regions) {
        if (code == QLatin1String(r.code))
            return QCoreApplication::translate("Connection::SesRegions", r.name);
    }
    return code;
}

} // namespace Connection
