#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ses
{

/// A problem with one member of a request, named as the API names it ("WebsiteURL").
struct FieldProblem {
    QString field;
    QString message;
};

/// PutAccountDetails' request (sesv2 PutAccountDetailsRequest): the production-access form.
struct PutAccountDetailsRequest {
    Q_DECLARE_TR_FUNCTIONS(Ses::PutAccountDetailsRequest)

public:
    QString mailType; ///< MARKETING | TRANSACTIONAL (required)
    QString websiteUrl; ///< WebsiteURL, 1-1000 characters (required)
    QString contactLanguage; ///< EN | JA
    QString useCaseDescription; ///< Up to 5000 characters
    QStringList additionalContactEmailAddresses; ///< Up to 4, each 6-254 characters, name@domain
    bool productionAccessEnabled = true;

    static constexpr int MaxWebsiteUrlLength = 1000;
    static constexpr int MaxUseCaseDescriptionLength = 5000;
    static constexpr int MaxAdditionalContacts = 4;
    static constexpr int MinContactLength = 6;
    static constexpr int MaxContactLength = 254;

    /// Checks every member against the model's limits and the guide's form; empty when valid.
    QList<FieldProblem> validate() const;
    /// Splits "a@example.com, b@example.com" (commas, semicolons or whitespace) as the console does.
    static QStringList splitAddresses(const QString &text);
    QJsonObject toJson() const;
};

/// VdmAttributes (Virtual Deliverability Manager) as PutAccountVdmAttributes sends them.
struct VdmAttributes {
    bool vdmEnabled = false;
    /// Optional sub-settings: unset ones are left out of the request.
    std::optional<bool> engagementMetrics;
    std::optional<bool> optimizedSharedDelivery;

    QJsonObject toJson() const;
};

} // namespace Ses
