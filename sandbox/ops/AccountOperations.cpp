#include "sandbox/ops/AccountOperations.h"

#include <QJsonArray>
#include <QUrl>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/AccountRepository.h"
#include "sandbox/state/MailAddress.h"
#include "sandbox/state/SendingLedger.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

AccountOperations::AccountOperations(SandboxContext &context)
    : m_context(context)
{
}

void AccountOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("GetAccount"), this, &AccountOperations::getAccount);
    registry.add(QStringLiteral("PutAccountDetails"), this, &AccountOperations::putAccountDetails);
    registry.add(QStringLiteral("PutAccountSendingAttributes"), this, &AccountOperations::putAccountSendingAttributes);
    registry.add(
        QStringLiteral("PutAccountSuppressionAttributes"), this, &AccountOperations::putAccountSuppressionAttributes);
    registry.add(QStringLiteral("PutAccountVdmAttributes"), this, &AccountOperations::putAccountVdmAttributes);
    registry.add(QStringLiteral("PutAccountDedicatedIpWarmupAttributes"),
        this,
        &AccountOperations::putAccountDedicatedIpWarmupAttributes);
}

JsonOutcome AccountOperations::getAccount(const OperationCall &call)
{
    QJsonObject account = AccountRepository::publicView(m_context.account.load(call.now));
    QJsonObject quota = account.value(QLatin1String("SendQuota")).toObject();
    quota.insert(QStringLiteral("SentLast24Hours"), static_cast<double>(m_context.ledger.sentLast24Hours(call.now)));
    account.insert(QStringLiteral("SendQuota"), quota);
    return account;
}

JsonOutcome AccountOperations::putAccountDetails(const OperationCall &call)
{
    const QJsonObject &in = call.input;
    QJsonObject account = m_context.account.load(call.now);
    const QJsonObject previous = account.value(QLatin1String("Details")).toObject();
    if (previous.value(QLatin1String("ReviewDetails")).toObject().value(QLatin1String("Status")).toString()
        == QLatin1String("PENDING")) {
        return ServiceError::conflict(QStringLiteral(
            "Your request for production access is already under review. You can update your account details "
            "after the review is complete."));
    }

    const QUrl website(Inputs::string(in, "WebsiteURL"), QUrl::StrictMode);
    if (!website.isValid() || (website.scheme() != QLatin1String("http") && website.scheme() != QLatin1String("https"))
        || website.host().isEmpty()) {
        return ServiceError::badRequest(
            QStringLiteral("Invalid website URL: %1").arg(Inputs::string(in, "WebsiteURL")));
    }
    for (const QString &address : Inputs::strings(in, "AdditionalContactEmailAddresses")) {
        const auto parsed = MailAddress::parse(address);
        if (!parsed || !parsed->displayName.isEmpty())
            return ServiceError::badRequest(QStringLiteral("Invalid email address: %1").arg(address));
    }

    QJsonObject details;
    for (const char *member :
        {"MailType", "WebsiteURL", "ContactLanguage", "UseCaseDescription", "AdditionalContactEmailAddresses"}) {
        if (Inputs::has(in, member))
            details.insert(QLatin1String(member), in.value(QLatin1String(member)));
    }
    const bool requestsProduction = in.value(QLatin1String("ProductionAccessEnabled")).toBool();
    const bool inSandbox = !account.value(QLatin1String("ProductionAccessEnabled")).toBool();
    if (requestsProduction && inSandbox) {
        if (Inputs::string(in, "UseCaseDescription").trimmed().isEmpty()) {
            return ServiceError::badRequest(
                QStringLiteral("A use case description is required to request production access."));
        }
        const QString caseId = QString::number(m_context.random.bounded(1000000000, 2000000000))
            + QString::number(m_context.random.bounded(10, 99));
        details.insert(QStringLiteral("ReviewDetails"),
            QJsonObject{{QStringLiteral("Status"), QStringLiteral("PENDING")}, {QStringLiteral("CaseId"), caseId}});
        account.insert(
            QStringLiteral("_reviewDueAt"), Timestamps::toJson(call.now.addSecs(m_context.config.reviewDelaySeconds)));
    } else if (previous.contains(QLatin1String("ReviewDetails"))) {
        details.insert(QStringLiteral("ReviewDetails"), previous.value(QLatin1String("ReviewDetails")));
    }
    account.insert(QStringLiteral("Details"), details);
    if (!m_context.account.save(account))
        return ServiceError::internalServiceError(QStringLiteral("The account details could not be saved."));
    return QJsonObject();
}

JsonOutcome AccountOperations::putAccountSendingAttributes(const OperationCall &call)
{
    QJsonObject account = m_context.account.load(call.now);
    account.insert(QStringLiteral("SendingEnabled"), call.input.value(QLatin1String("SendingEnabled")).toBool(false));
    m_context.account.save(account);
    return QJsonObject();
}

JsonOutcome AccountOperations::putAccountSuppressionAttributes(const OperationCall &call)
{
    QJsonObject account = m_context.account.load(call.now);
    QJsonObject attributes;
    QJsonArray reasons;
    for (const QString &reason : Inputs::strings(call.input, "SuppressedReasons")) {
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    attributes.insert(QStringLiteral("SuppressedReasons"), reasons);
    if (Inputs::has(call.input, "ValidationAttributes"))
        attributes.insert(
            QStringLiteral("ValidationAttributes"), call.input.value(QLatin1String("ValidationAttributes")));
    account.insert(QStringLiteral("SuppressionAttributes"), attributes);
    m_context.account.save(account);
    return QJsonObject();
}

JsonOutcome AccountOperations::putAccountVdmAttributes(const OperationCall &call)
{
    QJsonObject account = m_context.account.load(call.now);
    account.insert(QStringLiteral("VdmAttributes"), call.input.value(QLatin1String("VdmAttributes")));
    m_context.account.save(account);
    return QJsonObject();
}

JsonOutcome AccountOperations::putAccountDedicatedIpWarmupAttributes(const OperationCall &call)
{
    QJsonObject account = m_context.account.load(call.now);
    account.insert(QStringLiteral("DedicatedIpAutoWarmupEnabled"),
        call.input.value(QLatin1String("AutoWarmupEnabled")).toBool(false));
    m_context.account.save(account);
    return QJsonObject();
}

} // namespace Sandbox
