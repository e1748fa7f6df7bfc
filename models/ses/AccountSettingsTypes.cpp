#include "models/ses/AccountSettingsTypes.h"

#include <QRegularExpression>
#include <QUrl>

#include "models/ses/JsonUtil.h"

namespace Ses
{

namespace
{
QString featureStatus(bool enabled)
{
    return enabled ? QStringLiteral("ENABLED") : QStringLiteral("DISABLED");
}
} // namespace

QStringList PutAccountDetailsRequest::splitAddresses(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QList<FieldProblem> PutAccountDetailsRequest::validate() const
{
    QList<FieldProblem> problems;
    if (mailType != QLatin1String("MARKETING") && mailType != QLatin1String("TRANSACTIONAL"))
        problems.append({QStringLiteral("MailType"), tr("Mail type: choose Marketing or Transactional.")});

    const QString url = websiteUrl.trimmed();
    if (url.isEmpty()) {
        problems.append({QStringLiteral("WebsiteURL"), tr("Website URL: enter the URL of your website.")});
    } else if (url.size() > MaxWebsiteUrlLength) {
        problems.append({QStringLiteral("WebsiteURL"),
            tr("Website URL: at most %1 characters (this one has %2).").arg(MaxWebsiteUrlLength).arg(url.size())});
    } else {
        const QUrl parsed(url, QUrl::StrictMode);
        const bool web = parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http");
        if (!parsed.isValid() || !web || parsed.host().isEmpty() || !parsed.host().contains(QLatin1Char('.')))
            problems.append({QStringLiteral("WebsiteURL"),
                tr("Website URL: enter a full address such as https://www.example.com.")});
    }

    const QString useCase = useCaseDescription.trimmed();
    if (useCase.isEmpty())
        problems.append({QStringLiteral("UseCaseDescription"),
            tr("Use case description: describe how you build your lists, handle bounces and complaints, and "
               "let recipients opt out.")});
    else if (useCaseDescription.size() > MaxUseCaseDescriptionLength)
        problems.append({QStringLiteral("UseCaseDescription"),
            tr("Use case description: at most %1 characters (this one has %2).")
                .arg(MaxUseCaseDescriptionLength)
                .arg(useCaseDescription.size())});

    if (additionalContactEmailAddresses.size() > MaxAdditionalContacts)
        problems.append({QStringLiteral("AdditionalContactEmailAddresses"),
            tr("Additional contacts: at most %1 addresses (%2 given).")
                .arg(MaxAdditionalContacts)
                .arg(additionalContactEmailAddresses.size())});
    static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (const QString &a : additionalContactEmailAddresses) {
        if (a.size() < MinContactLength || a.size() > MaxContactLength) {
            problems.append({QStringLiteral("AdditionalContactEmailAddresses"),
                tr("Additional contacts: “%1” must be %2 to %3 characters long.")
                    .arg(a)
                    .arg(MinContactLength)
                    .arg(MaxContactLength)});
        } else if (!address.match(a).hasMatch()) {
            problems.append({QStringLiteral("AdditionalContactEmailAddresses"),
                tr("Additional contacts: “%1” is not an email address (name@example.com).").arg(a)});
        }
    }

    if (!contactLanguage.isEmpty() && contactLanguage != QLatin1String("EN") && contactLanguage != QLatin1String("JA"))
        problems.append({QStringLiteral("ContactLanguage"), tr("Contact language: choose English or Japanese.")});
    return problems;
}

QJsonObject PutAccountDetailsRequest::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("MailType"), mailType);
    json.insert(QLatin1String("WebsiteURL"), websiteUrl.trimmed());
    if (!contactLanguage.isEmpty())
        json.insert(QLatin1String("ContactLanguage"), contactLanguage);
    if (!useCaseDescription.trimmed().isEmpty())
        json.insert(QLatin1String("UseCaseDescription"), useCaseDescription);
    if (!additionalContactEmailAddresses.isEmpty())
        json.insert(QLatin1String("AdditionalContactEmailAddresses"), Json::toArray(additionalContactEmailAddresses));
    json.insert(QLatin1String("ProductionAccessEnabled"), productionAccessEnabled);
    return json;
}

QJsonObject VdmAttributes::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("VdmEnabled"), featureStatus(vdmEnabled));
    if (engagementMetrics)
        json.insert(QLatin1String("DashboardAttributes"),
            QJsonObject{{QLatin1String("EngagementMetrics"), featureStatus(*engagementMetrics)}});
    if (optimizedSharedDelivery)
        json.insert(QLatin1String("GuardianAttributes"),
            QJsonObject{{QLatin1String("OptimizedSharedDelivery"), featureStatus(*optimizedSharedDelivery)}});
    return json;
}

} // namespace Ses
