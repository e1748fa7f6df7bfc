#include "sandbox/demo/DemoAccount.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include "models/aws/Clock.h"
#include "models/ses/CloudWatchJsonCodec.h"
#include "models/ses/ReputationAlarmPlan.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/ops/OperationRegistry.h"
#include "sandbox/state/AccountRepository.h"
#include "sandbox/state/DedicatedIpRepository.h"
#include "sandbox/state/IdentityLifecycle.h"
#include "sandbox/state/IdentityName.h"
#include "sandbox/state/IdentityRepository.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/Timestamps.h"
#include "sandbox/suppression/SuppressionStore.h"

namespace Sandbox
{

namespace
{

const QString kMarker = QStringLiteral("demo-data");

QJsonArray strings(std::initializer_list<const char *> items)
{
    QJsonArray out;
    for (const char *item : items)
        out.append(QLatin1String(item));
    return out;
}

QJsonObject tag(const char *key, const char *value)
{
    return QJsonObject{{QStringLiteral("Key"), QLatin1String(key)}, {QStringLiteral("Value"), QLatin1String(value)}};
}

/// A number in [0, 1) that depends only on the stream, the interval and what it is for, so the
/// demo history is the same however often, and in whatever order, it is computed.
double noise(const QString &stream, const QDateTime &bucket, int purpose)
{
    QRandomGenerator random(DemoAccount::kSeed ^ quint32(qHash(stream)) ^ quint32(bucket.toSecsSinceEpoch() / 900)
        ^ quint32(purpose * 0x9E3779B9u));
    return random.generateDouble();
}

/// Events at a rate: the expected count, rounded by the interval's own noise.
qint64 events(qint64 sends, double rate, double u)
{
    return static_cast<qint64>(std::floor(static_cast<double>(sends) * rate + u));
}

double hourFactor(int hour)
{
    if (hour < 6)
        return 0.15;
    if (hour < 9)
        return 0.5;
    if (hour < 18)
        return 1.0;
    if (hour < 22)
        return 0.7;
    return 0.35;
}

} // namespace

DemoAccount::DemoAccount(SandboxContext &context, OperationRegistry &sesv2, OperationRegistry &cloudWatch)
    : m_context(context)
    , m_sesv2(sesv2)
    , m_cloudWatch(cloudWatch)
    , m_now(context.clock.nowUtc())
    , m_random(kSeed)
{
}

QDateTime DemoAccount::outageStart(const QDateTime &now)
{
    return QDateTime(now.toUTC().date().addDays(-3), QTime(2, 0), QTimeZone::utc());
}

QDateTime DemoAccount::bounceSpikeStart(const QDateTime &now)
{
    return QDateTime(now.toUTC().date().addDays(-5), QTime(9, 0), QTimeZone::utc());
}

QDateTime DemoAccount::complaintSpikeStart(const QDateTime &now)
{
    return QDateTime(now.toUTC().date().addDays(-9), QTime(14, 0), QTimeZone::utc());
}

SendingCounters DemoAccount::traffic(const QString &stream, const QDateTime &bucket, const QDateTime &now)
{
    SendingCounters c;
    const QDateTime outage = outageStart(now);
    if (bucket >= outage && bucket < outage.addSecs(kOutageSeconds))
        return c;
    const QTime time = bucket.toUTC().time();
    const int hour = time.hour();
    const bool weekend = bucket.toUTC().date().dayOfWeek() >= 6;
    const double u = noise(stream, bucket, 1);
    qint64 sends = 0;
    double bounceRate = 0;
    double complaintRate = 0;
    if (stream == QLatin1String("transactional")) {
        sends = std::llround(120.0 * hourFactor(hour) * (weekend ? 0.6 : 1.0) * (0.85 + 0.3 * u));
        bounceRate = 0.005;
        complaintRate = 0.0003;
    } else if (stream == QLatin1String("marketing")) {
        const QDateTime bounceSpike = bounceSpikeStart(now);
        const QDateTime complaintSpike = complaintSpikeStart(now);
        const bool blast = !weekend && hour >= 9 && hour < 11;
        const bool badList = bucket >= bounceSpike && bucket < bounceSpike.addSecs(2 * 3600);
        const bool angry = bucket >= complaintSpike && bucket < complaintSpike.addSecs(2 * 3600);
        if (blast || badList || angry)
            sends = std::llround(700.0 * (0.9 + 0.2 * u));
        else if (hour >= 10 && hour < 18)
            sends = std::llround(15.0 * (0.5 + u));
        bounceRate = badList ? 0.09 : 0.012;
        complaintRate = angry ? 0.006 : 0.0006;
    } else {
        // Mail without a configuration set: a trickle in the day, and the mailbox simulator
        // twice a day (statistics only: the simulator is not in quotas or reputation).
        if (hour >= 8 && hour < 20)
            sends = std::llround(6.0 * (0.5 + u));
        bounceRate = 0.004;
        if ((hour == 10 || hour == 16) && time.minute() == 0) {
            c.deliveryAttempts += 6;
            c.bounces += 2; // bounce@ and suppressionlist@
            c.complaints += 1;
        }
        if (noise(stream, bucket, 4) < 0.01)
            c.rejects += 1;
    }
    c.deliveryAttempts += sends;
    c.quotaRecipients += sends + c.rejects;
    c.reputationSends += sends;
    const qint64 bounces = events(sends, bounceRate, noise(stream, bucket, 2));
    const qint64 complaints = events(sends, complaintRate, noise(stream, bucket, 3));
    c.bounces += bounces;
    c.complaints += complaints;
    c.reputationBounces += bounces;
    c.reputationComplaints += complaints;
    return c;
}

Check DemoAccount::run(
    OperationRegistry &registry, const QString &operation, const QJsonObject &input, const QDateTime &when)
{
    const OperationRegistry::Entry *entry = registry.find(operation);
    if (!entry)
        return ServiceError::internalServiceError(QStringLiteral("demo data: no handler for %1").arg(operation));
    const JsonOutcome outcome = entry->handler(OperationCall{operation, input, when, QStringLiteral("demo-data"), {}});
    if (!outcome) {
        return ServiceError::internalServiceError(QStringLiteral("demo data: %1 failed: %2 %3")
                                                      .arg(operation, outcome.error().code, outcome.error().message));
    }
    return passed();
}

bool DemoAccount::fill(QString *error)
{
    if (m_context.store.contains(kMarker, QStringLiteral("filled")))
        return true; // an account filled before keeps what happened to it since
    // Seeded, so DKIM tokens, message ids and MIME boundaries are the same in every fill.
    m_context.random.seed(kSeed);
    for (Check (DemoAccount::*step)() : {&DemoAccount::account,
             &DemoAccount::configurationSets,
             &DemoAccount::identities,
             &DemoAccount::templates,
             &DemoAccount::contacts,
             &DemoAccount::suppressionList,
             &DemoAccount::statistics,
             &DemoAccount::messages,
             &DemoAccount::alarms}) {
        const Check done = (this->*step)();
        if (!done) {
            if (error)
                *error = done.error().message;
            m_context.random = QRandomGenerator::securelySeeded();
            return false;
        }
    }
    m_context.random = QRandomGenerator::securelySeeded();
    m_context.store.put(kMarker,
        QStringLiteral("filled"),
        QJsonObject{{QStringLiteral("seed"), static_cast<qint64>(kSeed)},
            {QStringLiteral("filledAt"), Timestamps::toJson(m_now)}});
    return true;
}

Check DemoAccount::account()
{
    QJsonObject account = m_context.account.load(m_now);
    account.insert(QStringLiteral("ProductionAccessEnabled"), true);
    account.insert(QStringLiteral("SendQuota"), AccountRepository::productionQuota());
    account.insert(QStringLiteral("Details"),
        QJsonObject{{QStringLiteral("MailType"), QStringLiteral("TRANSACTIONAL")},
            {QStringLiteral("WebsiteURL"), QStringLiteral("https://shop.example.com")},
            {QStringLiteral("ContactLanguage"), QStringLiteral("EN")},
            {QStringLiteral("UseCaseDescription"),
                QStringLiteral("Order confirmations, shipping notices and password resets for shop.example.com "
                               "customers, plus a weekly newsletter to subscribers who opted in.")},
            {QStringLiteral("AdditionalContactEmailAddresses"), strings({"ops@example.com"})},
            {QStringLiteral("ReviewDetails"),
                QJsonObject{{QStringLiteral("Status"), QStringLiteral("GRANTED")},
                    {QStringLiteral("CaseId"), QString::number(1000000000 + m_random.bounded(900000000))}}}});
    account.insert(QStringLiteral("VdmAttributes"),
        QJsonObject{{QStringLiteral("VdmEnabled"), QStringLiteral("ENABLED")},
            {QStringLiteral("DashboardAttributes"),
                QJsonObject{{QStringLiteral("EngagementMetrics"), QStringLiteral("ENABLED")}}},
            {QStringLiteral("GuardianAttributes"),
                QJsonObject{{QStringLiteral("OptimizedSharedDelivery"), QStringLiteral("DISABLED")}}}});
    if (!m_context.account.save(account))
        return ServiceError::internalServiceError(QStringLiteral("demo data: cannot save the account"));
    return passed();
}

Check DemoAccount::configurationSets()
{
    const QString region = m_context.config.region;
    const QString accountId = m_context.config.accountId;
    const QDateTime created = m_now.addDays(-120);
    if (const Check c = run(m_sesv2,
            QStringLiteral("CreateDedicatedIpPool"),
            QJsonObject{{QStringLiteral("PoolName"), QStringLiteral("marketing-pool")},
                {QStringLiteral("ScalingMode"), QStringLiteral("STANDARD")},
                {QStringLiteral("Tags"), QJsonArray{tag("team", "growth")}}},
            created);
        !c)
        return c;
    // One IP leased two months ago (warmed up), one twelve days ago (still warming).
    m_context.dedicatedIps.lease(1, QStringLiteral("marketing-pool"), true, m_now.addDays(-60));
    m_context.dedicatedIps.lease(1, QStringLiteral("marketing-pool"), true, m_now.addDays(-12));

    const struct {
        const char *name;
        QJsonObject definition;
    } sets[] = {
        {"transactional",
            QJsonObject{
                {QStringLiteral("ReputationOptions"), QJsonObject{{QStringLiteral("ReputationMetricsEnabled"), true}}},
                {QStringLiteral("DeliveryOptions"),
                    QJsonObject{{QStringLiteral("TlsPolicy"), QStringLiteral("REQUIRE")}}},
                {QStringLiteral("Tags"), QJsonArray{tag("team", "platform")}}}},
        {"marketing",
            QJsonObject{
                {QStringLiteral("ReputationOptions"), QJsonObject{{QStringLiteral("ReputationMetricsEnabled"), true}}},
                {QStringLiteral("DeliveryOptions"),
                    QJsonObject{{QStringLiteral("TlsPolicy"), QStringLiteral("OPTIONAL")},
                        {QStringLiteral("SendingPoolName"), QStringLiteral("marketing-pool")}}},
                {QStringLiteral("TrackingOptions"),
                    QJsonObject{{QStringLiteral("CustomRedirectDomain"), QStringLiteral("click.news.example.com")},
                        {QStringLiteral("HttpsPolicy"), QStringLiteral("REQUIRE")}}},
                {QStringLiteral("SuppressionOptions"),
                    QJsonObject{{QStringLiteral("SuppressedReasons"), strings({"BOUNCE", "COMPLAINT"})}}},
                {QStringLiteral("Tags"), QJsonArray{tag("team", "growth")}}}},
        {"internal-tests",
            QJsonObject{{QStringLiteral("SendingOptions"), QJsonObject{{QStringLiteral("SendingEnabled"), false}}}}},
    };
    for (const auto &set : sets) {
        QJsonObject input = set.definition;
        input.insert(QStringLiteral("ConfigurationSetName"), QLatin1String(set.name));
        if (const Check c = run(m_sesv2, QStringLiteral("CreateConfigurationSet"), input, created); !c)
            return c;
    }

    const struct {
        const char *set;
        const char *name;
        QJsonArray types;
        const char *kind;
        QJsonObject destination;
    } destinations[] = {
        {"transactional",
            "sns-feedback",
            strings({"BOUNCE", "COMPLAINT", "DELIVERY", "REJECT", "RENDERING_FAILURE"}),
            "SnsDestination",
            QJsonObject{{QStringLiteral("TopicArn"),
                QStringLiteral("arn:aws:sns:%1:%2:ses-transactional-feedback").arg(region, accountId)}}},
        {"transactional",
            "cloudwatch-metrics",
            strings({"SEND", "DELIVERY", "BOUNCE", "COMPLAINT"}),
            "CloudWatchDestination",
            QJsonObject{{QStringLiteral("DimensionConfigurations"),
                QJsonArray{QJsonObject{{QStringLiteral("DimensionName"), QStringLiteral("message-type")},
                    {QStringLiteral("DimensionValueSource"), QStringLiteral("MESSAGE_TAG")},
                    {QStringLiteral("DefaultDimensionValue"), QStringLiteral("receipt")}}}}}},
        {"marketing",
            "firehose-archive",
            strings({"SEND", "DELIVERY", "OPEN", "CLICK", "BOUNCE", "COMPLAINT", "SUBSCRIPTION"}),
            "KinesisFirehoseDestination",
            QJsonObject{{QStringLiteral("IamRoleArn"),
                            QStringLiteral("arn:aws:iam::%1:role/ses-firehose-delivery").arg(accountId)},
                {QStringLiteral("DeliveryStreamArn"),
                    QStringLiteral("arn:aws:firehose:%1:%2:deliverystream/ses-marketing-events")
                        .arg(region, accountId)}}},
        {"marketing",
            "sns-complaints",
            strings({"COMPLAINT"}),
            "SnsDestination",
            QJsonObject{{QStringLiteral("TopicArn"),
                QStringLiteral("arn:aws:sns:%1:%2:ses-marketing-complaints").arg(region, accountId)}}},
    };
    for (const auto &d : destinations) {
        QJsonObject definition{{QStringLiteral("Enabled"), true}, {QStringLiteral("MatchingEventTypes"), d.types}};
        definition.insert(QLatin1String(d.kind), d.destination);
        if (const Check c = run(m_sesv2,
                QStringLiteral("CreateConfigurationSetEventDestination"),
                QJsonObject{{QStringLiteral("ConfigurationSetName"), QLatin1String(d.set)},
                    {QStringLiteral("EventDestinationName"), QLatin1String(d.name)},
                    {QStringLiteral("EventDestination"), definition}},
                created);
            !c)
            return c;
    }
    return passed();
}

Check DemoAccount::identities()
{
    const struct {
        const char *name;
        const char *status;
        int ageDays;
        const char *configurationSet;
    } identities[] = {
        {"shop.example.com", "SUCCESS", 400, "transactional"},
        {"news.example.com", "SUCCESS", 200, "marketing"},
        {"xn--bcher-kva.example", "SUCCESS", 90, nullptr}, // bücher.example
        {"staging.example.org", "PENDING", 1, nullptr},
        {"old-brand.example.net", "FAILED", 30, nullptr},
        {"support@example.org", "SUCCESS", 300, nullptr},
        {"jane.doe@example.org", "PENDING", 0, nullptr},
    };
    for (const auto &identity : identities) {
        const QDateTime created = m_now.addDays(-identity.ageDays).addSecs(-3600);
        QJsonObject input{{QStringLiteral("EmailIdentity"), QLatin1String(identity.name)}};
        if (identity.configurationSet)
            input.insert(QStringLiteral("ConfigurationSetName"), QLatin1String(identity.configurationSet));
        if (qstrcmp(identity.name, "shop.example.com") == 0)
            input.insert(
                QStringLiteral("Tags"), QJsonArray{tag("environment", "production"), tag("owner", "platform")});
        if (const Check c = run(m_sesv2, QStringLiteral("CreateEmailIdentity"), input, created); !c)
            return c;
        if (qstrcmp(identity.name, "shop.example.com") == 0) {
            if (const Check c = run(m_sesv2,
                    QStringLiteral("PutEmailIdentityMailFromAttributes"),
                    QJsonObject{{QStringLiteral("EmailIdentity"), QLatin1String(identity.name)},
                        {QStringLiteral("MailFromDomain"), QStringLiteral("mail.shop.example.com")},
                        {QStringLiteral("BehaviorOnMxFailure"), QStringLiteral("USE_DEFAULT_VALUE")}},
                    created);
                !c)
                return c;
        }
        const Outcome<IdentityName> name = IdentityName::parse(QLatin1String(identity.name));
        std::optional<QJsonObject> stored = name ? m_context.identities.find(name->key(), created) : std::nullopt;
        if (!stored)
            return ServiceError::internalServiceError(
                QStringLiteral("demo data: identity %1 missing").arg(QLatin1String(identity.name)));
        // The state it reached: verified an hour after creation, or never.
        IdentityLifecycle::forceStatus(*stored, QLatin1String(identity.status), created.addSecs(3600));
        m_context.identities.save(*stored);
    }
    return passed();
}

Check DemoAccount::templates()
{
    const struct {
        const char *name;
        int ageDays;
        QString subject;
        QString html;
        QString text;
    } templates[] = {
        {"Welcome",
            180,
            QStringLiteral("Welcome to Example Shop, {{name}}!"),
            QStringLiteral(
                "<h1>Welcome, {{name}}!</h1>{{#if coupon}}<p>Your first-order code: <b>{{coupon}}</b></p>{{/if}}"
                "<p>Happy shopping,<br>Example Shop</p>"),
            QStringLiteral(
                "Welcome, {{name}}!\n{{#if coupon}}Your first-order code: {{coupon}}\n{{/if}}\nHappy shopping,\n"
                "Example Shop")},
        {"OrderShipped_KR",
            60,
            QStringLiteral("{{name}}님, 주문하신 상품이 발송되었습니다 (주문 {{order.id}})"),
            QStringLiteral(
                "<p>{{name}}님, 안녕하세요.</p><p>주문 {{order.id}}의 상품이 발송되었습니다:</p><ul>{{#each items}}"
                "<li>{{this.name}} × {{this.quantity}}</li>{{/each}}</ul>{{#if tracking}}<p>배송 조회: "
                "<a href=\"{{tracking}}\">{{tracking}}</a></p>{{else}}<p>배송 조회 번호는 곧 알려 드리겠습니다.</p>"
                "{{/if}}"),
            QStringLiteral(
                "{{name}}님, 안녕하세요.\n주문 {{order.id}}의 상품이 발송되었습니다:\n{{#each items}}- {{this.name}} × "
                "{{this.quantity}}\n{{/each}}{{#if tracking}}배송 조회: {{tracking}}{{/if}}")},
        {"WeeklyDigest",
            30,
            QStringLiteral("This week at Example Shop: {{headline}}"),
            QStringLiteral(
                "<h2>{{headline}}</h2>{{#each articles}}<h3>{{@index}}. <a href=\"{{url}}\">{{title}}</a></h3>"
                "<p>{{summary}}</p>{{/each}}<p><a href=\"{{amazonSESUnsubscribeUrl}}\">Unsubscribe</a></p>"
                "{{ses:openTracker}}"),
            QStringLiteral("{{headline}}\n\n{{#each articles}}- {{title}}: {{url}}\n{{/each}}\nUnsubscribe: "
                           "{{amazonSESUnsubscribeUrl}}")},
        {"PasswordReset",
            10,
            QStringLiteral("Reset your password"),
            QString(),
            QStringLiteral(
                "Hello {{name}},\n\nUse this link within {{minutes}} minutes to choose a new password:\n{{link}}\n\n"
                "If you did not ask for it, ignore this message.")},
    };
    for (const auto &t : templates) {
        QJsonObject content{{QStringLiteral("Subject"), t.subject}, {QStringLiteral("Text"), t.text}};
        if (!t.html.isEmpty())
            content.insert(QStringLiteral("Html"), t.html);
        if (const Check c = run(m_sesv2,
                QStringLiteral("CreateEmailTemplate"),
                QJsonObject{{QStringLiteral("TemplateName"), QLatin1String(t.name)},
                    {QStringLiteral("TemplateContent"), content}},
                m_now.addDays(-t.ageDays));
            !c)
            return c;
    }
    return passed();
}

Check DemoAccount::contacts()
{
    const QDateTime created = m_now.addDays(-150);
    if (const Check c = run(m_sesv2,
            QStringLiteral("CreateContactList"),
            QJsonObject{{QStringLiteral("ContactListName"), QStringLiteral("customers")},
                {QStringLiteral("Description"), QStringLiteral("Everyone who bought from Example Shop")},
                {QStringLiteral("Topics"),
                    QJsonArray{QJsonObject{{QStringLiteral("TopicName"), QStringLiteral("newsletter")},
                                   {QStringLiteral("DisplayName"), QStringLiteral("Weekly newsletter")},
                                   {QStringLiteral("Description"), QStringLiteral("News and offers, every Monday")},
                                   {QStringLiteral("DefaultSubscriptionStatus"), QStringLiteral("OPT_IN")}},
                        QJsonObject{{QStringLiteral("TopicName"), QStringLiteral("product-updates")},
                            {QStringLiteral("DisplayName"), QStringLiteral("Product updates")},
                            {QStringLiteral("Description"), QStringLiteral("When something you bought gets better")},
                            {QStringLiteral("DefaultSubscriptionStatus"), QStringLiteral("OPT_OUT")}}}}},
            created);
        !c)
        return c;
    static const char *const firstNames[]
        = {"ana", "bo", "chloe", "daniel", "eun-ji", "farid", "greta", "hiro", "ines", "jonas"};
    static const char *const cities[] = {"Seoul", "Lisbon", "Berlin", "Osaka", "Toronto"};
    for (int i = 0; i < 40; ++i) {
        const QString first = QLatin1String(firstNames[i % 10]);
        QJsonArray preferences;
        const quint32 pick = m_random.bounded(4u);
        if (pick == 1)
            preferences.append(QJsonObject{{QStringLiteral("TopicName"), QStringLiteral("newsletter")},
                {QStringLiteral("SubscriptionStatus"), QStringLiteral("OPT_OUT")}});
        if (pick >= 2)
            preferences.append(QJsonObject{{QStringLiteral("TopicName"), QStringLiteral("product-updates")},
                {QStringLiteral("SubscriptionStatus"), QStringLiteral("OPT_IN")}});
        const QJsonObject attributes{
            {QStringLiteral("name"), first}, {QStringLiteral("city"), QLatin1String(cities[i % 5])}};
        if (const Check c = run(m_sesv2,
                QStringLiteral("CreateContact"),
                QJsonObject{{QStringLiteral("ContactListName"), QStringLiteral("customers")},
                    {QStringLiteral("EmailAddress"), QStringLiteral("%1.%2@example.net").arg(first).arg(i)},
                    {QStringLiteral("TopicPreferences"), preferences},
                    {QStringLiteral("UnsubscribeAll"), i % 13 == 12},
                    {QStringLiteral("AttributesData"),
                        QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact))}},
                created.addDays(i * 3));
            !c)
            return c;
    }
    return passed();
}

Check DemoAccount::suppressionList()
{
    static const char *const domains[]
        = {"example.net", "mail.example.com", "example.org", "customers.example", "inbox.example"};
    QList<SuppressionStore::Entry> entries;
    entries.reserve(3000);
    for (int i = 0; i < 3000; ++i) {
        SuppressionStore::Entry entry;
        entry.emailAddress = QStringLiteral("former.customer%1@%2").arg(i).arg(QLatin1String(domains[i % 5]));
        entry.reason
            = m_random.bounded(5u) == 0 ? SuppressionStore::Reason::Complaint : SuppressionStore::Reason::Bounce;
        // Over the past year, more of them recently (the list grows with the sending).
        const double age = std::pow(m_random.generateDouble(), 1.6) * 365.0 * 86400.0;
        entry.lastUpdateTime = m_now.addSecs(-static_cast<qint64>(age) - 60);
        if (i % 3 == 0) {
            // Added by SES after a bounce or complaint: the message and feedback it came from.
            entry.messageId = QStringLiteral("0100%1-demo-%2-000000")
                                  .arg(entry.lastUpdateTime.toMSecsSinceEpoch(), 12, 16, QLatin1Char('0'))
                                  .arg(i, 8, 10, QLatin1Char('0'));
            entry.feedbackId = entry.messageId.left(entry.messageId.size() - 6) + QStringLiteral("000001");
        }
        entries.append(entry);
    }
    if (!m_context.suppressions.putMany(entries))
        return ServiceError::internalServiceError(QStringLiteral("demo data: cannot fill the suppression list"));
    return passed();
}

Check DemoAccount::statistics()
{
    const QDateTime last = SendingLedger::bucketStart(m_now);
    for (QDateTime bucket = SendingLedger::bucketStart(m_now.addDays(-14)); bucket <= last;
         bucket = bucket.addSecs(900)) {
        SendingCounters account;
        for (const QString &stream : {QStringLiteral("transactional"), QStringLiteral("marketing"), QString()}) {
            const SendingCounters c = traffic(stream, bucket, m_now);
            account += c;
            if (!stream.isEmpty() && c.deliveryAttempts > 0)
                m_context.ledger.recordForConfigurationSet(stream, bucket, c);
        }
        if (account.deliveryAttempts > 0 || account.rejects > 0)
            m_context.ledger.record(bucket, account);
    }
    return passed();
}

Check DemoAccount::messages()
{
    // A few recent messages to the mailbox simulator, through the real send path, so the
    // captured-mail view has one of each outcome.
    const struct {
        const char *to;
        const char *subject;
    } sends[] = {
        {"success@simulator.amazonses.com", "Your order 10428 is confirmed"},
        {"bounce@simulator.amazonses.com", "Your order 10429 is confirmed"},
        {"complaint@simulator.amazonses.com", "Spring sale: 20% off everything"},
        {"ooto@simulator.amazonses.com", "Your invoice for March"},
    };
    int n = 0;
    for (const auto &send : sends) {
        const QJsonObject content{{QStringLiteral("Simple"),
            QJsonObject{{QStringLiteral("Subject"), QJsonObject{{QStringLiteral("Data"), QLatin1String(send.subject)}}},
                {QStringLiteral("Body"),
                    QJsonObject{
                        {QStringLiteral("Text"),
                            QJsonObject{{QStringLiteral("Data"), QStringLiteral("Thank you for shopping with us.")}}},
                        {QStringLiteral("Html"),
                            QJsonObject{{QStringLiteral("Data"),
                                QStringLiteral("<p>Thank you for shopping with us.</p>")}}}}}}}};
        if (const Check c = run(m_sesv2,
                QStringLiteral("SendEmail"),
                QJsonObject{
                    {QStringLiteral("FromEmailAddress"), QStringLiteral("Example Shop <orders@shop.example.com>")},
                    {QStringLiteral("Destination"), QJsonObject{{QStringLiteral("ToAddresses"), strings({send.to})}}},
                    {QStringLiteral("Content"), content},
                    {QStringLiteral("ConfigurationSetName"), QStringLiteral("transactional")}},
                m_now.addSecs(-600 + 60 * n++));
            !c)
            return c;
    }
    const QJsonObject templated{{QStringLiteral("Template"),
        QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("OrderShipped_KR")},
            {QStringLiteral("TemplateData"),
                QStringLiteral(
                    "{\"name\":\"김민준\",\"order\":{\"id\":\"A-20417\"},\"items\":[{\"name\":\"티셔츠\",\"quantity\":"
                    "2},"
                    "{\"name\":\"모자\",\"quantity\":1}],\"tracking\":\"https://track.example.com/A-20417\"}")}}}};
    return run(m_sesv2,
        QStringLiteral("SendEmail"),
        QJsonObject{{QStringLiteral("FromEmailAddress"), QStringLiteral("Example Shop <orders@shop.example.com>")},
            {QStringLiteral("Destination"),
                QJsonObject{{QStringLiteral("ToAddresses"), strings({"success+kr@simulator.amazonses.com"})}}},
            {QStringLiteral("Content"), templated}},
        m_now.addSecs(-120));
}

Check DemoAccount::alarms()
{
    // The alarms SesDesk's "Create alarm" makes, for the account and for the marketing set.
    for (const QString &set : {QString(), QStringLiteral("marketing")}) {
        for (const Ses::PutMetricAlarmRequest &request :
            Ses::ReputationAlarmPlan::build(m_context.config.region, set)) {
            if (const Check c = run(m_cloudWatch,
                    QStringLiteral("PutMetricAlarm"),
                    Ses::CloudWatchJsonCodec::putMetricAlarm(request),
                    m_now);
                !c)
                return c;
        }
    }
    return passed();
}

} // namespace Sandbox
