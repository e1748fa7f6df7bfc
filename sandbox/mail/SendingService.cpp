#include "sandbox/mail/SendingService.h"

#include <algorithm>

#include <QJsonArray>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/hooks/SandboxHooks.h"
#include "sandbox/hooks/SuppressionList.h"
#include "sandbox/mail/CapturedMailStore.h"
#include "sandbox/mail/MailboxSimulator.h"
#include "sandbox/mail/VirusScanner.h"
#include "sandbox/state/AccountRepository.h"
#include "sandbox/state/ConfigurationSetRepository.h"
#include "sandbox/state/ContactPreferences.h"
#include "sandbox/state/ContactRepository.h"
#include "sandbox/state/DedicatedIpRepository.h"
#include "sandbox/state/IdentityRepository.h"
#include "sandbox/state/ResourceArn.h"
#include "sandbox/state/SendingLedger.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{

const QString kReportingMta = QStringLiteral("a8-70.smtp-out.amazonses.com");

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString outcomeName(MailboxSimulator::Scenario scenario)
{
    switch (scenario) {
    case MailboxSimulator::Scenario::Bounce:
        return QStringLiteral("BOUNCED");
    case MailboxSimulator::Scenario::AutoResponse:
        return QStringLiteral("AUTO_REPLIED");
    case MailboxSimulator::Scenario::Complaint:
        return QStringLiteral("COMPLAINED");
    case MailboxSimulator::Scenario::SuppressionList:
        return QStringLiteral("SUPPRESSED");
    default:
        return QStringLiteral("DELIVERED");
    }
}

QString feedbackId(const QString &messageId, int n)
{
    return messageId.left(messageId.size() - 6) + QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

} // namespace

SendingService::SendingService(SandboxContext &context)
    : m_context(context)
{
}

QStringList SendingService::suppressedReasons(
    const QJsonObject &account, const std::optional<QJsonObject> &configurationSet)
{
    QJsonArray reasons;
    if (configurationSet && configurationSet->contains(QLatin1String("SuppressionOptions")))
        reasons = configurationSet->value(QLatin1String("SuppressionOptions"))
                      .toObject()
                      .value(QLatin1String("SuppressedReasons"))
                      .toArray();
    else
        reasons = account.value(QLatin1String("SuppressionAttributes"))
                      .toObject()
                      .value(QLatin1String("SuppressedReasons"))
                      .toArray();
    QStringList out;
    for (const auto &r : reasons)
        out.append(r.toString());
    return out;
}

QString SendingService::bulkStatusFor(const ServiceError &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("MessageRejected"))
        return QStringLiteral("MESSAGE_REJECTED");
    if (code == QLatin1String("MailFromDomainNotVerifiedException"))
        return QStringLiteral("MAIL_FROM_DOMAIN_NOT_VERIFIED");
    if (code == QLatin1String("AccountSuspendedException"))
        return QStringLiteral("ACCOUNT_SUSPENDED");
    if (code == QLatin1String("SendingPausedException"))
        return error.message.contains(QLatin1String("configuration set"))
            ? QStringLiteral("CONFIGURATION_SET_SENDING_PAUSED")
            : QStringLiteral("ACCOUNT_SENDING_PAUSED");
    if (code == QLatin1String("TooManyRequestsException"))
        return error.message.startsWith(QLatin1String("Daily message quota"))
            ? QStringLiteral("ACCOUNT_DAILY_QUOTA_EXCEEDED")
            : QStringLiteral("ACCOUNT_THROTTLED");
    if (code == QLatin1String("NotFoundException")) {
        if (error.message.startsWith(QLatin1String("Configuration set")))
            return QStringLiteral("CONFIGURATION_SET_NOT_FOUND");
        if (error.message.startsWith(QLatin1String("Template")))
            return QStringLiteral("TEMPLATE_NOT_FOUND");
    }
    if (code == QLatin1String("BadRequestException")) {
        if (error.message.contains(QLatin1String("sending pool")))
            return QStringLiteral("INVALID_SENDING_POOL_NAME");
        return QStringLiteral("INVALID_PARAMETER");
    }
    return QStringLiteral("FAILED");
}

Outcome<SendingService::Checked> SendingService::check(const OutboundMessage &message, const QDateTime &now)
{
    Checked checked;
    checked.account = m_context.account.load(now);
    const QJsonObject &account = checked.account;
    if (account.value(QLatin1String("EnforcementStatus")).toString() == QLatin1String("SHUTDOWN")) {
        return ServiceError::accountSuspended(
            QStringLiteral("Your account has been shut down because of issues related to your email "
                           "sending practices. For more information, please check the AWS Support Center."));
    }
    if (!account.value(QLatin1String("SendingEnabled")).toBool(true)) {
        return ServiceError::sendingPaused(QStringLiteral(
            "Sending is paused for this account. For more information, please check the AWS Support Center."));
    }

    const auto from = MailAddress::parse(message.from);
    if (!from)
        return ServiceError::badRequest(QStringLiteral("Illegal address: %1").arg(message.from));
    for (const QString &text : message.recipients()) {
        const auto address = MailAddress::parse(text);
        if (!address)
            return ServiceError::badRequest(QStringLiteral("Illegal address: %1").arg(text));
        checked.recipients.append(Recipient{text, *address});
    }
    for (const QString &text : message.replyTo) {
        if (!MailAddress::parse(text))
            return ServiceError::badRequest(QStringLiteral("Illegal address: %1").arg(text));
    }
    if (checked.recipients.isEmpty())
        return ServiceError::badRequest(QStringLiteral("No recipients specified."));
    if (checked.recipients.size() > kMaxRecipients)
        return ServiceError::badRequest(QStringLiteral("Recipient count exceeds %1.").arg(kMaxRecipients));

    // Every identity used as From or Return-Path must be verified; in the SES sandbox every
    // recipient too, except the mailbox simulator.
    QStringList failed;
    checked.senderIdentity = m_context.identities.verifiedIdentityFor(*from, now);
    if (!checked.senderIdentity)
        failed.append(from->address);
    if (!message.feedbackForwardingAddress.isEmpty()) {
        const auto returnPath = MailAddress::parse(message.feedbackForwardingAddress);
        if (!returnPath)
            return ServiceError::badRequest(
                QStringLiteral("Illegal address: %1").arg(message.feedbackForwardingAddress));
        if (!m_context.identities.verifiedIdentityFor(*returnPath, now))
            failed.append(returnPath->address);
    }
    if (!account.value(QLatin1String("ProductionAccessEnabled")).toBool()) {
        for (const Recipient &recipient : std::as_const(checked.recipients)) {
            if (!MailboxSimulator::isSimulator(recipient.address)
                && !m_context.identities.verifiedIdentityFor(recipient.address, now)
                && !failed.contains(recipient.address.address))
                failed.append(recipient.address.address);
        }
    }
    if (!failed.isEmpty()) {
        QStringList shown = failed.mid(0, 10);
        if (failed.size() > 10)
            shown.append(QStringLiteral("..."));
        return ServiceError::messageRejected(
            QStringLiteral("Email address is not verified. The following identities failed the check in "
                           "region %1: %2")
                .arg(m_context.config.region.toUpper(), shown.join(QStringLiteral(", "))));
    }

    // The configuration set: the one named, else the sender identity's default.
    QString setName = message.configurationSetName;
    if (setName.isEmpty())
        setName = checked.senderIdentity->value(QLatin1String("ConfigurationSetName")).toString();
    if (!setName.isEmpty()) {
        checked.configurationSet = m_context.configurationSets.find(setName);
        if (!checked.configurationSet)
            return ServiceError::notFound(QStringLiteral("Configuration set <%1> does not exist.").arg(setName));
        if (!checked.configurationSet->value(QLatin1String("SendingOptions"))
                 .toObject()
                 .value(QLatin1String("SendingEnabled"))
                 .toBool(true))
            return ServiceError::sendingPaused(QStringLiteral("Sending is paused for this configuration set."));
        const QString pool = checked.configurationSet->value(QLatin1String("DeliveryOptions"))
                                 .toObject()
                                 .value(QLatin1String("SendingPoolName"))
                                 .toString();
        if (!pool.isEmpty() && !m_context.dedicatedIps.poolExists(pool, now)) {
            return ServiceError::badRequest(
                QStringLiteral("The sending pool <%1> of configuration set <%2> does not exist.").arg(pool, setName));
        }
    }

    // A custom MAIL FROM domain that is not verified rejects the message when the identity says so.
    const QJsonObject mailFrom = checked.senderIdentity->value(QLatin1String("MailFromAttributes")).toObject();
    if (mailFrom.value(QLatin1String("BehaviorOnMxFailure")).toString() == QLatin1String("REJECT_MESSAGE")
        && mailFrom.value(QLatin1String("MailFromDomainStatus")).toString() != QLatin1String("SUCCESS")) {
        return ServiceError::mailFromDomainNotVerified(
            QStringLiteral("MAIL FROM domain %1 is not verified.")
                .arg(mailFrom.value(QLatin1String("MailFromDomain")).toString()));
    }

    if (!message.listManagement.isEmpty()) {
        checked.contactList = message.listManagement.value(QLatin1String("ContactListName")).toString();
        checked.topic = message.listManagement.value(QLatin1String("TopicName")).toString();
        const std::optional<QJsonObject> list = m_context.contacts.findList(checked.contactList);
        if (!list)
            return ServiceError::notFound(QStringLiteral("List with name %1 does not exist.").arg(checked.contactList));
        if (!checked.topic.isEmpty() && !ContactPreferences::hasTopic(*list, checked.topic))
            return ServiceError::notFound(
                QStringLiteral("Topic %1 does not exist in list %2.").arg(checked.topic, checked.contactList));
    }

    // Quotas count recipients; the simulator uses the send rate but not the daily quota.
    int quotaRecipients = 0;
    for (const Recipient &recipient : std::as_const(checked.recipients)) {
        if (!MailboxSimulator::isSimulator(recipient.address))
            ++quotaRecipients;
    }
    const QJsonObject quota = account.value(QLatin1String("SendQuota")).toObject();
    const double max24 = quota.value(QLatin1String("Max24HourSend")).toDouble();
    if (quotaRecipients > 0 && m_context.ledger.sentLast24Hours(now) + quotaRecipients > max24)
        return ServiceError::tooManyRequests(QStringLiteral("Daily message quota exceeded."));
    if (!m_context.ledger.takeSendingRate(
            static_cast<int>(checked.recipients.size()), quota.value(QLatin1String("MaxSendRate")).toDouble(), now))
        return ServiceError::tooManyRequests(QStringLiteral("Maximum sending rate exceeded."));
    return checked;
}

Outcome<QString> SendingService::send(const OutboundMessage &message, const QDateTime &now)
{
    Outcome<Checked> checked = check(message, now);
    if (!checked)
        return checked.error();
    return accept(message, checked.value(), now);
}

QString SendingService::accept(const OutboundMessage &message, const Checked &checked, const QDateTime &now)
{
    const QString messageId = CapturedMailStore::newMessageId(now, m_context.random);
    const QString sesMessageId = messageId + QStringLiteral("@email.amazonses.com");
    // A message SES cannot render is never built, so there is nothing to scan or deliver.
    const bool renderingFailed = !message.renderingFailure.isEmpty();
    const QByteArray mime = renderingFailed ? QByteArray() : message.render(sesMessageId, now);
    const bool rejected = !renderingFailed && VirusScanner::containsVirus(mime);
    const QStringList reasons = suppressedReasons(checked.account, checked.configurationSet);
    const QString returnPath = message.feedbackForwardingAddress.isEmpty() ? MailAddress::parse(message.from)->address
                                                                           : message.feedbackForwardingAddress;
    std::optional<QJsonObject> list
        = checked.contactList.isEmpty() ? std::nullopt : m_context.contacts.findList(checked.contactList);

    auto at = [&](int ms) {
        return Timestamps::toIso(now.addMSecs(ms));
    };
    QJsonArray events;
    events.append(QJsonObject{{QStringLiteral("eventType"), QStringLiteral("Send")},
        {QStringLiteral("timestamp"), at(0)},
        {QStringLiteral("send"), QJsonObject()}});

    SendingCounters counters;
    QStringList delivered;
    QJsonArray hardBounced;
    QJsonArray suppressedBounced;
    QJsonArray unsubscribedBounced;
    QJsonArray recipientOutcomes;
    int feedback = 0;
    for (const Recipient &recipient : checked.recipients) {
        const MailboxSimulator::Scenario scenario = MailboxSimulator::scenarioFor(recipient.address);
        const bool simulator = scenario != MailboxSimulator::Scenario::None;
        const QString address = recipient.address.address;
        if (!simulator)
            ++counters.quotaRecipients;
        if (renderingFailed) {
            recipientOutcomes.append(QJsonObject{{QStringLiteral("emailAddress"), address},
                {QStringLiteral("outcome"), QStringLiteral("RENDERING_FAILED")}});
            continue;
        }
        if (rejected) {
            ++counters.rejects;
            recipientOutcomes.append(QJsonObject{
                {QStringLiteral("emailAddress"), address}, {QStringLiteral("outcome"), QStringLiteral("REJECTED")}});
            continue;
        }
        ++counters.deliveryAttempts;
        if (!simulator)
            ++counters.reputationSends;

        QString outcome = outcomeName(scenario);
        if (list) {
            std::optional<QJsonObject> contact = m_context.contacts.findContact(checked.contactList, address);
            if (!contact) {
                // Sending with list management adds a recipient who is not yet a contact.
                contact = QJsonObject{{QStringLiteral("EmailAddress"), address},
                    {QStringLiteral("TopicPreferences"), QJsonArray()},
                    {QStringLiteral("UnsubscribeAll"), false},
                    {QStringLiteral("CreatedTimestamp"), Timestamps::toJson(now)},
                    {QStringLiteral("LastUpdatedTimestamp"), Timestamps::toJson(now)}};
                m_context.contacts.saveContact(checked.contactList, *contact);
            }
            const bool unsubscribed = checked.topic.isEmpty()
                ? contact->value(QLatin1String("UnsubscribeAll")).toBool()
                : ContactPreferences::statusFor(*contact, *list, checked.topic, true) == QLatin1String("OPT_OUT");
            if (unsubscribed) {
                unsubscribedBounced.append(QJsonObject{{QStringLiteral("emailAddress"), address},
                    {QStringLiteral("action"), QStringLiteral("failed")},
                    {QStringLiteral("status"), QStringLiteral("5.0.0")},
                    {QStringLiteral("diagnosticCode"),
                        QStringLiteral("Amazon SES did not send the message to this address because the "
                                       "recipient unsubscribed from the list or topic.")}});
                recipientOutcomes.append(QJsonObject{{QStringLiteral("emailAddress"), address},
                    {QStringLiteral("outcome"), QStringLiteral("UNSUBSCRIBED")}});
                continue;
            }
        }
        std::optional<QString> listedReason;
        if (!simulator && m_context.hooks.suppressionList())
            listedReason = m_context.hooks.suppressionList()->reasonFor(address);
        if (scenario == MailboxSimulator::Scenario::SuppressionList
            || (listedReason && reasons.contains(*listedReason))) {
            // Accepted and counted as a send, but not delivered. GetSendStatistics counts the
            // bounce SES reports; the reputation rates leave the message out altogether (the guide:
            // mail to suppressed addresses does not count toward the bounce or complaint rate).
            ++counters.bounces;
            if (!simulator)
                --counters.reputationSends;
            suppressedBounced.append(QJsonObject{{QStringLiteral("emailAddress"), address},
                {QStringLiteral("action"), QStringLiteral("failed")},
                {QStringLiteral("status"), QStringLiteral("5.1.1")},
                {QStringLiteral("diagnosticCode"),
                    QStringLiteral("Amazon SES did not send the message to this address because it is on "
                                   "the suppression list for your account.")}});
            recipientOutcomes.append(QJsonObject{
                {QStringLiteral("emailAddress"), address}, {QStringLiteral("outcome"), QStringLiteral("SUPPRESSED")}});
            continue;
        }
        recipientOutcomes.append(
            QJsonObject{{QStringLiteral("emailAddress"), address}, {QStringLiteral("outcome"), outcome}});
        if (scenario == MailboxSimulator::Scenario::Bounce) {
            ++counters.bounces;
            hardBounced.append(QJsonObject{{QStringLiteral("emailAddress"), address},
                {QStringLiteral("action"), QStringLiteral("failed")},
                {QStringLiteral("status"), QStringLiteral("5.1.1")},
                {QStringLiteral("diagnosticCode"), QStringLiteral("smtp; 550 5.1.1 user unknown")}});
            continue;
        }
        delivered.append(address);
        if (scenario == MailboxSimulator::Scenario::Complaint) {
            ++counters.complaints;
            events.append(QJsonObject{{QStringLiteral("eventType"), QStringLiteral("Complaint")},
                {QStringLiteral("timestamp"), at(2000)},
                {QStringLiteral("complaint"),
                    QJsonObject{{QStringLiteral("complainedRecipients"),
                                    QJsonArray{QJsonObject{{QStringLiteral("emailAddress"), address}}}},
                        {QStringLiteral("timestamp"), at(2000)},
                        {QStringLiteral("feedbackId"), feedbackId(messageId, ++feedback)},
                        {QStringLiteral("userAgent"), QStringLiteral("Amazon SES Mailbox Simulator")},
                        {QStringLiteral("complaintFeedbackType"), QStringLiteral("abuse")},
                        {QStringLiteral("arrivalDate"), at(2000)}}}});
        } else if (scenario == MailboxSimulator::Scenario::AutoResponse) {
            events.append(QJsonObject{{QStringLiteral("eventType"), QStringLiteral("AutoReply")},
                {QStringLiteral("timestamp"), at(2000)},
                {QStringLiteral("autoReply"),
                    QJsonObject{{QStringLiteral("recipient"), address},
                        {QStringLiteral("sentTo"), returnPath},
                        {QStringLiteral("subject"), QStringLiteral("Out of the office")},
                        {QStringLiteral("autoSubmitted"), QStringLiteral("auto-replied")},
                        {QStringLiteral("timestamp"), at(2000)}}}});
        }
    }

    if (!delivered.isEmpty()) {
        events.append(QJsonObject{{QStringLiteral("eventType"), QStringLiteral("Delivery")},
            {QStringLiteral("timestamp"), at(1000)},
            {QStringLiteral("delivery"),
                QJsonObject{{QStringLiteral("timestamp"), at(1000)},
                    {QStringLiteral("processingTimeMillis"), 1000},
                    {QStringLiteral("recipients"), toArray(delivered)},
                    {QStringLiteral("smtpResponse"), QStringLiteral("250 2.6.0 Message received")},
                    {QStringLiteral("reportingMTA"), kReportingMta}}}});
    }
    auto bounceEvent = [&](const QString &subType, const QJsonArray &recipients) {
        events.append(QJsonObject{{QStringLiteral("eventType"), QStringLiteral("Bounce")},
            {QStringLiteral("timestamp"), at(1000)},
            {QStringLiteral("bounce"),
                QJsonObject{{QStringLiteral("bounceType"), QStringLiteral("Permanent")},
                    {QStringLiteral("bounceSubType"), subType},
                    {QStringLiteral("bouncedRecipients"), recipients},
                    {QStringLiteral("timestamp"), at(1000)},
                    {QStringLiteral("feedbackId"), feedbackId(messageId, ++feedback)},
                    {QStringLiteral("reportingMTA"), QStringLiteral("dns; amazonses.com")}}}});
    };
    if (!hardBounced.isEmpty())
        bounceEvent(QStringLiteral("General"), hardBounced);
    if (!suppressedBounced.isEmpty())
        bounceEvent(QStringLiteral("OnAccountSuppressionList"), suppressedBounced);
    if (!unsubscribedBounced.isEmpty())
        bounceEvent(QStringLiteral("UnsubscribedRecipient"), unsubscribedBounced);
    if (renderingFailed) {
        // SES's event record: "eventType": "Rendering Failure" with failure.errorMessage / templateName.
        events.append(QJsonObject{{QStringLiteral("eventType"), QStringLiteral("Rendering Failure")},
            {QStringLiteral("timestamp"), at(500)},
            {QStringLiteral("failure"),
                QJsonObject{{QStringLiteral("errorMessage"), message.renderingFailure},
                    {QStringLiteral("templateName"), message.templateName}}}});
    }
    if (rejected) {
        events.append(QJsonObject{{QStringLiteral("eventType"), QStringLiteral("Reject")},
            {QStringLiteral("timestamp"), at(500)},
            {QStringLiteral("reject"), QJsonObject{{QStringLiteral("reason"), QStringLiteral("Bad content")}}}});
    }
    m_context.ledger.record(now, counters);
    if (checked.configurationSet
        && checked.configurationSet->value(QLatin1String("ReputationOptions"))
               .toObject()
               .value(QLatin1String("ReputationMetricsEnabled"))
               .toBool()) {
        m_context.ledger.recordForConfigurationSet(
            checked.configurationSet->value(QLatin1String("ConfigurationSetName")).toString(), now, counters);
    }
    // Events in the order they happened (ISO timestamps sort as text).
    QList<QJsonObject> ordered;
    for (const auto &e : std::as_const(events))
        ordered.append(e.toObject());
    std::stable_sort(ordered.begin(), ordered.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("timestamp")).toString() < b.value(QLatin1String("timestamp")).toString();
    });
    events = QJsonArray();
    for (const QJsonObject &e : std::as_const(ordered))
        events.append(e);

    const QJsonObject sender = *checked.senderIdentity;
    QJsonObject tags;
    for (const auto &value : message.tags) {
        const QJsonObject tag = value.toObject();
        tags.insert(tag.value(QLatin1String("Name")).toString(), QJsonArray{tag.value(QLatin1String("Value"))});
    }
    const auto from = MailAddress::parse(message.from);
    tags.insert(QStringLiteral("ses:from-domain"), QJsonArray{from->domain.toLower()});
    if (checked.configurationSet)
        tags.insert(QStringLiteral("ses:configuration-set"),
            QJsonArray{checked.configurationSet->value(QLatin1String("ConfigurationSetName"))});

    QJsonObject captured;
    captured.insert(QStringLiteral("messageId"), messageId);
    captured.insert(QStringLiteral("timestamp"), Timestamps::toIso(now));
    captured.insert(QStringLiteral("operation"), message.operation);
    captured.insert(QStringLiteral("source"), message.from);
    captured.insert(QStringLiteral("sourceArn"),
        ResourceArn::make(m_context.config.region,
            m_context.config.accountId,
            QStringLiteral("identity"),
            sender.value(QLatin1String("IdentityName")).toString()));
    captured.insert(QStringLiteral("sendingAccountId"), m_context.config.accountId);
    captured.insert(QStringLiteral("destination"),
        QJsonObject{{QStringLiteral("toAddresses"), toArray(message.to)},
            {QStringLiteral("ccAddresses"), toArray(message.cc)},
            {QStringLiteral("bccAddresses"), toArray(message.bcc)}});
    if (!message.replyTo.isEmpty())
        captured.insert(QStringLiteral("replyToAddresses"), toArray(message.replyTo));
    captured.insert(QStringLiteral("returnPath"), returnPath);
    captured.insert(QStringLiteral("subject"), message.subject);
    if (checked.configurationSet)
        captured.insert(QStringLiteral("configurationSetName"),
            checked.configurationSet->value(QLatin1String("ConfigurationSetName")));
    if (!checked.contactList.isEmpty()) {
        captured.insert(QStringLiteral("listManagement"),
            QJsonObject{{QStringLiteral("contactListName"), checked.contactList},
                {QStringLiteral("topicName"), checked.topic}});
    }
    captured.insert(QStringLiteral("tags"), tags);
    captured.insert(QStringLiteral("recipients"), recipientOutcomes);
    if (!message.templateName.isEmpty())
        captured.insert(QStringLiteral("templateName"), message.templateName);
    // Text when the message is UTF-8 (always, for formatted sends); base64 otherwise, losslessly.
    const QString text = QString::fromUtf8(mime);
    if (renderingFailed) {
        // No message was built: the capture has no raw MIME, only the events.
    } else if (text.toUtf8() == mime) {
        captured.insert(QStringLiteral("raw"), text);
    } else {
        captured.insert(QStringLiteral("rawBase64"), QString::fromLatin1(mime.toBase64()));
    }
    captured.insert(QStringLiteral("events"), events);
    m_context.mail.add(captured);
    return messageId;
}

} // namespace Sandbox
