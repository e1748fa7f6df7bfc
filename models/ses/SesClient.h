#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "models/aws/AwsRequest.h"
#include "models/aws/AwsResponse.h"
#include "models/aws/Result.h"
#include "models/ses/AccountSettingsTypes.h"
#include "models/ses/AccountTypes.h"
#include "models/ses/ConfigurationSetTypes.h"
#include "models/ses/DedicatedIpTypes.h"
#include "models/ses/IdentitySettingsTypes.h"
#include "models/ses/IdentityTypes.h"
#include "models/ses/PagedCall.h"
#include "models/ses/SendingTypes.h"
#include "models/ses/SuppressionTypes.h"
#include "models/ses/TemplateTypes.h"

namespace Aws
{
class AwsClient;
class AwsJob;
} // namespace Aws

namespace Ses
{

/// Typed, asynchronous SES v2 operations (one method per operation, shapes as botocore's sesv2
/// model). Each method returns the job (cancel() it to abort) and calls done once, on context's
/// thread, with the typed result; nothing is called when context is destroyed first.
/// Operation families live in their own .cpp files (SesClientAccount.cpp, ...).
class SesClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SesClient)

public:
    explicit SesClient(Aws::AwsClient *client, QObject *parent = nullptr);

    Aws::AwsClient *awsClient() const
    {
        return m_client;
    }

    /// Sends any request and hands back the raw answer; the building block of every typed call.
    Aws::AwsJob *call(Aws::AwsRequest request, QObject *context, Callback<Aws::AwsResponse> done);

    /// Sends a request whose answer is parsed by parse.
    template <typename T>
    Aws::AwsJob *call(Aws::AwsRequest request,
        QObject *context,
        std::function<Aws::Result<T>(const Aws::AwsResponse &)> parse,
        Callback<T> done)
    {
        return call(std::move(request),
            context,
            Callback<Aws::AwsResponse>(
                [parse = std::move(parse), done = std::move(done)](Aws::Result<Aws::AwsResponse> r) {
                    if (r.ok())
                        done(parse(r.value()));
                    else if (r.isError())
                        done(r.error());
                    else
                        done(Aws::Result<T>::cancelled());
                }));
    }

    // ---- Account ----
    Aws::AwsJob *getAccount(QObject *context, Callback<Account> done);
    /// PutAccountDetails: the production-access request (SesClientAccountSettings.cpp).
    Aws::AwsJob *putAccountDetails(
        const PutAccountDetailsRequest &request, QObject *context, Callback<Aws::Empty> done);
    /// PutAccountSendingAttributes: pause (false) or resume (true) sending in this region.
    Aws::AwsJob *putAccountSendingAttributes(bool sendingEnabled, QObject *context, Callback<Aws::Empty> done);
    /// PutAccountSuppressionAttributes: the reasons (BOUNCE, COMPLAINT) that add an address to
    /// the account-level suppression list; an empty list turns automatic suppression off.
    Aws::AwsJob *putAccountSuppressionAttributes(
        const QStringList &suppressedReasons, QObject *context, Callback<Aws::Empty> done);
    /// PutAccountVdmAttributes: Virtual Deliverability Manager on or off.
    Aws::AwsJob *putAccountVdmAttributes(const VdmAttributes &attributes, QObject *context, Callback<Aws::Empty> done);

    // ---- Email identities ----
    /// One page; pageSize 0 leaves PageSize out of the request.
    Aws::AwsJob *listEmailIdentities(
        const QString &nextToken, int pageSize, QObject *context, Callback<IdentityPage> done);
    /// Every page, following NextToken; the PagedCall can be cancelled between and during pages.
    PagedCall *listAllEmailIdentities(QObject *context, Callback<QList<IdentitySummary>> done);
    Aws::AwsJob *getEmailIdentity(const QString &name, QObject *context, Callback<EmailIdentity> done);
    Aws::AwsJob *createEmailIdentity(
        const CreateEmailIdentityRequest &request, QObject *context, Callback<CreateEmailIdentityResult> done);
    Aws::AwsJob *deleteEmailIdentity(const QString &name, QObject *context, Callback<Aws::Empty> done);

    // Identity settings (SesClientIdentitySettings.cpp).
    /// PutEmailIdentityDkimAttributes: DKIM signing on or off.
    Aws::AwsJob *putEmailIdentityDkimAttributes(
        const QString &name, bool signingEnabled, QObject *context, Callback<Aws::Empty> done);
    /// PutEmailIdentityDkimSigningAttributes: another Easy DKIM key length, or BYODKIM.
    Aws::AwsJob *putEmailIdentityDkimSigningAttributes(const PutDkimSigningAttributesRequest &request,
        QObject *context,
        Callback<PutDkimSigningAttributesResult> done);
    /// PutEmailIdentityMailFromAttributes: set (or, with an empty domain, remove) the custom
    /// MAIL FROM domain.
    Aws::AwsJob *putEmailIdentityMailFromAttributes(
        const PutMailFromAttributesRequest &request, QObject *context, Callback<Aws::Empty> done);
    /// PutEmailIdentityFeedbackAttributes: bounce and complaint forwarding by email.
    Aws::AwsJob *putEmailIdentityFeedbackAttributes(
        const QString &name, bool emailForwardingEnabled, QObject *context, Callback<Aws::Empty> done);
    /// PutEmailIdentityConfigurationSetAttributes: the default configuration set; an empty
    /// name removes it.
    Aws::AwsJob *putEmailIdentityConfigurationSetAttributes(
        const QString &name, const QString &configurationSetName, QObject *context, Callback<Aws::Empty> done);
    /// TagResource / UntagResource / ListTagsForResource on any SES resource ARN (an identity's:
    /// IdentityArn::make()).
    Aws::AwsJob *tagResource(
        const QString &resourceArn, const QList<Tag> &tags, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *untagResource(
        const QString &resourceArn, const QStringList &tagKeys, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *listTagsForResource(const QString &resourceArn, QObject *context, Callback<QList<Tag>> done);
    /// ListConfigurationSets, one page (pageSize 0 leaves PageSize out), and every page.
    Aws::AwsJob *listConfigurationSets(
        const QString &nextToken, int pageSize, QObject *context, Callback<ConfigurationSetPage> done);
    PagedCall *listAllConfigurationSets(QObject *context, Callback<QStringList> done);
    /// SES v1 VerifyEmailIdentity: sends the verification mail for an address again. SES v2 has no
    /// "resend"; this is what the SES console's Resend does, and unlike deleting and re-creating
    /// the identity it keeps the identity's settings (default configuration set, tags, DKIM).
    Aws::AwsJob *resendVerificationEmail(const QString &emailAddress, QObject *context, Callback<Aws::Empty> done);

    // ---- Configuration sets ---- (SesClientConfigurationSets.cpp; ListConfigurationSets is above)
    /// CreateConfigurationSet with the set's name, options and tags (ConfigurationSet::toCreateJson).
    Aws::AwsJob *createConfigurationSet(const ConfigurationSet &set, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *getConfigurationSet(const QString &name, QObject *context, Callback<ConfigurationSet> done);
    Aws::AwsJob *deleteConfigurationSet(const QString &name, QObject *context, Callback<Aws::Empty> done);
    /// PutConfigurationSetDeliveryOptions: replaces TLS policy, sending pool and maximum delivery
    /// time (members left empty are not sent: SES then drops them).
    Aws::AwsJob *putConfigurationSetDeliveryOptions(
        const QString &name, const DeliveryOptions &options, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *putConfigurationSetReputationOptions(
        const QString &name, bool reputationMetricsEnabled, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *putConfigurationSetSendingOptions(
        const QString &name, bool sendingEnabled, QObject *context, Callback<Aws::Empty> done);
    /// PutConfigurationSetSuppressionOptions: the set overrides the account's reasons with these
    /// (an empty list: suppress nothing for mail using the set).
    Aws::AwsJob *putConfigurationSetSuppressionOptions(
        const QString &name, const SuppressionOptions &options, QObject *context, Callback<Aws::Empty> done);
    /// PutConfigurationSetTrackingOptions; nullopt removes the custom redirect domain.
    Aws::AwsJob *putConfigurationSetTrackingOptions(const QString &name,
        const std::optional<TrackingOptions> &options,
        QObject *context,
        Callback<Aws::Empty> done);
    /// PutConfigurationSetVdmOptions; nullopt returns the set to the account's VDM settings.
    Aws::AwsJob *putConfigurationSetVdmOptions(
        const QString &name, const std::optional<VdmOptions> &options, QObject *context, Callback<Aws::Empty> done);
    /// Runs the Put*Options call of change's group.
    Aws::AwsJob *putConfigurationSetOptions(
        const QString &name, const ConfigurationSetOptionsChange &change, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *getConfigurationSetEventDestinations(
        const QString &name, QObject *context, Callback<QList<EventDestination>> done);
    Aws::AwsJob *createConfigurationSetEventDestination(
        const QString &name, const EventDestination &destination, QObject *context, Callback<Aws::Empty> done);
    /// UpdateConfigurationSetEventDestination: replaces the named destination's definition.
    Aws::AwsJob *updateConfigurationSetEventDestination(
        const QString &name, const EventDestination &destination, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *deleteConfigurationSetEventDestination(
        const QString &name, const QString &destinationName, QObject *context, Callback<Aws::Empty> done);

    // ---- Templates ---- (SesClientTemplates.cpp)
    /// One page; pageSize 0 leaves PageSize out (SES's default is 10, its maximum 100).
    Aws::AwsJob *listEmailTemplates(
        const QString &nextToken, int pageSize, QObject *context, Callback<EmailTemplatePage> done);
    /// Every page, following NextToken (100 per page unless pageSize says otherwise).
    PagedCall *listAllEmailTemplates(QObject *context, Callback<EmailTemplateList> done, int pageSize = 100);
    Aws::AwsJob *getEmailTemplate(const QString &name, QObject *context, Callback<EmailTemplate> done);
    /// CreateEmailTemplate with the template's name, content and tags.
    Aws::AwsJob *createEmailTemplate(const EmailTemplate &emailTemplate, QObject *context, Callback<Aws::Empty> done);
    /// UpdateEmailTemplate: replaces the content of the named template (tags are not part of it).
    Aws::AwsJob *updateEmailTemplate(
        const QString &name, const EmailTemplateContent &content, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *deleteEmailTemplate(const QString &name, QObject *context, Callback<Aws::Empty> done);
    /// TestRenderEmailTemplate: the MIME message SES would send with templateData (a JSON text).
    Aws::AwsJob *testRenderEmailTemplate(const QString &name,
        const QString &templateData,
        QObject *context,
        Callback<TestRenderEmailTemplateResult> done);

    // ---- Suppression list ---- (SesClientSuppression.cpp; the account-level list of the region)
    /// ListSuppressedDestinations, one page, filtered by reason and LastUpdateTime (inclusive).
    Aws::AwsJob *listSuppressedDestinations(
        const ListSuppressedDestinationsRequest &request, QObject *context, Callback<SuppressedDestinationPage> done);
    /// GetSuppressedDestination: NotFoundException when the address is not on the list.
    Aws::AwsJob *getSuppressedDestination(
        const QString &emailAddress, QObject *context, Callback<SuppressedDestination> done);
    /// PutSuppressedDestination: adds the address (or changes its reason). SES refuses it while
    /// the account is in the sandbox (BadRequestException).
    Aws::AwsJob *putSuppressedDestination(
        const QString &emailAddress, const QString &reason, QObject *context, Callback<Aws::Empty> done);
    /// DeleteSuppressedDestination: NotFoundException when the address is not on the list.
    Aws::AwsJob *deleteSuppressedDestination(const QString &emailAddress, QObject *context, Callback<Aws::Empty> done);

    // ---- Dedicated IPs ---- (SesClientDedicatedIps.cpp)
    Aws::AwsJob *createDedicatedIpPool(
        const CreateDedicatedIpPoolRequest &request, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *deleteDedicatedIpPool(const QString &poolName, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *getDedicatedIpPool(const QString &poolName, QObject *context, Callback<DedicatedIpPool> done);
    /// ListDedicatedIpPools, one page (pageSize 0 leaves PageSize out), and every page.
    Aws::AwsJob *listDedicatedIpPools(
        const QString &nextToken, int pageSize, QObject *context, Callback<DedicatedIpPoolPage> done);
    PagedCall *listAllDedicatedIpPools(QObject *context, Callback<QStringList> done);
    /// PutDedicatedIpPoolScalingAttributes: STANDARD → MANAGED (SES refuses the way back).
    Aws::AwsJob *putDedicatedIpPoolScalingAttributes(
        const QString &poolName, const QString &scalingMode, QObject *context, Callback<Aws::Empty> done);
    Aws::AwsJob *getDedicatedIp(const QString &ip, QObject *context, Callback<DedicatedIp> done);
    /// GetDedicatedIps, one page: the IPs of poolName, or every IP of the account (empty pool).
    Aws::AwsJob *getDedicatedIps(const QString &poolName,
        const QString &nextToken,
        int pageSize,
        QObject *context,
        Callback<DedicatedIpPage> done);
    /// PutDedicatedIpInPool: moves an IP into another (existing) pool.
    Aws::AwsJob *putDedicatedIpInPool(
        const QString &ip, const QString &destinationPoolName, QObject *context, Callback<Aws::Empty> done);
    /// PutDedicatedIpWarmupAttributes: the warm-up percentage (0 restarts it, 100 completes it).
    Aws::AwsJob *putDedicatedIpWarmupAttributes(
        const QString &ip, int warmupPercentage, QObject *context, Callback<Aws::Empty> done);
    /// PutAccountDedicatedIpWarmupAttributes: automatic warm-up of new standard IPs on or off.
    Aws::AwsJob *putAccountDedicatedIpWarmupAttributes(
        bool autoWarmupEnabled, QObject *context, Callback<Aws::Empty> done);

    // ---- Sending ---- (SesClientSending.cpp)
    /// SendEmail. Marked CallKind::Sending: never retried once it may have reached SES, so a
    /// message is never sent twice.
    Aws::AwsJob *sendEmail(const SendEmailRequest &request, QObject *context, Callback<SendEmailResult> done);

    /// "/v2/email/identities/" + encoded name: path parameters are percent-encoded here.
    static QByteArray path(std::initializer_list<QString> segments);
    /// Parses an empty or JSON 2xx answer as success.
    static Aws::Result<Aws::Empty> parseEmpty(const Aws::AwsResponse &response);

private:
    Aws::AwsClient *m_client;
};

} // namespace Ses
