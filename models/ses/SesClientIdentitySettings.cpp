// The email identity settings of SES v2 (DKIM, MAIL FROM, feedback, default configuration set),
// tags, configuration-set names for choosers, and re-sending a verification mail.
#include <QJsonArray>

#include "models/aws/AwsJob.h"
#include "models/ses/SesClient.h"

namespace Ses
{

namespace
{

const QString Identities = QStringLiteral("identities");

QJsonArray tagArray(const QList<Tag> &tags)
{
    QJsonArray array;
    for (const Tag &t : tags)
        array.append(QJsonObject{{QLatin1String("Key"), t.key}, {QLatin1String("Value"), t.value}});
    return array;
}

} // namespace

QJsonObject PutDkimSigningAttributesRequest::toJson() const
{
    QJsonObject json{{QLatin1String("SigningAttributesOrigin"), signingAttributesOrigin}};
    QJsonObject attributes;
    if (!signingAttributes.domainSigningSelector.isEmpty())
        attributes.insert(QLatin1String("DomainSigningSelector"), signingAttributes.domainSigningSelector);
    if (!signingAttributes.domainSigningPrivateKey.isEmpty())
        attributes.insert(QLatin1String("DomainSigningPrivateKey"), signingAttributes.domainSigningPrivateKey);
    if (!signingAttributes.nextSigningKeyLength.isEmpty())
        attributes.insert(QLatin1String("NextSigningKeyLength"), signingAttributes.nextSigningKeyLength);
    if (!attributes.isEmpty())
        json.insert(QLatin1String("SigningAttributes"), attributes);
    return json;
}

QJsonObject PutMailFromAttributesRequest::toJson() const
{
    QJsonObject json;
    if (!mailFromDomain.isEmpty())
        json.insert(QLatin1String("MailFromDomain"), mailFromDomain);
    if (!behaviorOnMxFailure.isEmpty())
        json.insert(QLatin1String("BehaviorOnMxFailure"), behaviorOnMxFailure);
    return json;
}

Aws::AwsJob *SesClient::putEmailIdentityDkimAttributes(
    const QString &name, bool signingEnabled, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutEmailIdentityDkimAttributes"),
                                "PUT",
                                path({Identities, name, QStringLiteral("dkim")}),
                                QJsonObject{{QLatin1String("SigningEnabled"), signingEnabled}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putEmailIdentityDkimSigningAttributes(
    const PutDkimSigningAttributesRequest &request, QObject *context, Callback<PutDkimSigningAttributesResult> done)
{
    return call<PutDkimSigningAttributesResult>(
        Aws::AwsRequest::restJson(QStringLiteral("PutEmailIdentityDkimSigningAttributes"),
            "PUT",
            path({Identities, request.emailIdentity, QStringLiteral("dkim"), QStringLiteral("signing")}),
            request.toJson()),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<PutDkimSigningAttributesResult> {
            PutDkimSigningAttributesResult result;
            result.raw = r.json();
            result.dkimStatus = result.raw.value(QLatin1String("DkimStatus")).toString();
            const QJsonArray tokens = result.raw.value(QLatin1String("DkimTokens")).toArray();
            for (const QJsonValue &t : tokens)
                result.dkimTokens.append(t.toString());
            result.signingHostedZone = result.raw.value(QLatin1String("SigningHostedZone")).toString();
            return result;
        },
        std::move(done));
}

Aws::AwsJob *SesClient::putEmailIdentityMailFromAttributes(
    const PutMailFromAttributesRequest &request, QObject *context, Callback<Aws::Empty> done)
{
    auto r = Aws::AwsRequest::restJson(QStringLiteral("PutEmailIdentityMailFromAttributes"),
        "PUT",
        path({Identities, request.emailIdentity, QStringLiteral("mail-from")}),
        request.toJson());
    return call<Aws::Empty>(std::move(r), context, &SesClient::parseEmpty, std::move(done));
}

Aws::AwsJob *SesClient::putEmailIdentityFeedbackAttributes(
    const QString &name, bool emailForwardingEnabled, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutEmailIdentityFeedbackAttributes"),
                                "PUT",
                                path({Identities, name, QStringLiteral("feedback")}),
                                QJsonObject{{QLatin1String("EmailForwardingEnabled"), emailForwardingEnabled}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putEmailIdentityConfigurationSetAttributes(
    const QString &name, const QString &configurationSetName, QObject *context, Callback<Aws::Empty> done)
{
    QJsonObject body;
    if (!configurationSetName.isEmpty())
        body.insert(QLatin1String("ConfigurationSetName"), configurationSetName);
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutEmailIdentityConfigurationSetAttributes"),
                                "PUT",
                                path({Identities, name, QStringLiteral("configuration-set")}),
                                body),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::tagResource(
    const QString &resourceArn, const QList<Tag> &tags, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(QStringLiteral("TagResource"),
            "POST",
            path({QStringLiteral("tags")}),
            QJsonObject{{QLatin1String("ResourceArn"), resourceArn}, {QLatin1String("Tags"), tagArray(tags)}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::untagResource(
    const QString &resourceArn, const QStringList &tagKeys, QObject *context, Callback<Aws::Empty> done)
{
    auto request = Aws::AwsRequest::restJson(QStringLiteral("UntagResource"), "DELETE", path({QStringLiteral("tags")}));
    request.query.append({QStringLiteral("ResourceArn"), resourceArn});
    for (const QString &key : tagKeys)
        request.query.append({QStringLiteral("TagKeys"), key});
    return call<Aws::Empty>(std::move(request), context, &SesClient::parseEmpty, std::move(done));
}

Aws::AwsJob *SesClient::listTagsForResource(const QString &resourceArn, QObject *context, Callback<QList<Tag>> done)
{
    auto request
        = Aws::AwsRequest::restJson(QStringLiteral("ListTagsForResource"), "GET", path({QStringLiteral("tags")}));
    request.query.append({QStringLiteral("ResourceArn"), resourceArn});
    return call<QList<Tag>>(
        std::move(request),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<QList<Tag>> {
            QList<Tag> tags;
            const QJsonArray array = r.json().value(QLatin1String("Tags")).toArray();
            for (const QJsonValue &v : array) {
                const QJsonObject t = v.toObject();
                tags.append({t.value(QLatin1String("Key")).toString(), t.value(QLatin1String("Value")).toString()});
            }
            return tags;
        },
        std::move(done));
}

Aws::AwsJob *SesClient::listConfigurationSets(
    const QString &nextToken, int pageSize, QObject *context, Callback<ConfigurationSetPage> done)
{
    auto request = Aws::AwsRequest::restJson(
        QStringLiteral("ListConfigurationSets"), "GET", path({QStringLiteral("configuration-sets")}));
    if (!nextToken.isEmpty())
        request.query.append({QStringLiteral("NextToken"), nextToken});
    if (pageSize > 0)
        request.query.append({QStringLiteral("PageSize"), QString::number(pageSize)});
    return call<ConfigurationSetPage>(
        std::move(request),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<ConfigurationSetPage> {
            ConfigurationSetPage page;
            const QJsonObject json = r.json();
            const QJsonArray names = json.value(QLatin1String("ConfigurationSets")).toArray();
            for (const QJsonValue &v : names)
                page.configurationSets.append(v.toString());
            page.nextToken = json.value(QLatin1String("NextToken")).toString();
            return page;
        },
        std::move(done));
}

PagedCall *SesClient::listAllConfigurationSets(QObject *context, Callback<QStringList> done)
{
    auto acc = std::make_shared<QStringList>();
    return PagedCall::start<ConfigurationSetPage, QStringList>(context,
        {[this](const QString &token, QObject *ctx, Callback<ConfigurationSetPage> onPage) {
             return listConfigurationSets(token, 0, ctx, std::move(onPage));
         },
            [acc](const ConfigurationSetPage &page) {
                acc->append(page.configurationSets);
                return std::pair(static_cast<int>(acc->size()), page.nextToken);
            },
            [acc] {
                return *acc;
            }},
        std::move(done));
}

Aws::AwsJob *SesClient::resendVerificationEmail(
    const QString &emailAddress, QObject *context, Callback<Aws::Empty> done)
{
    Aws::AwsRequest request = Aws::AwsRequest::queryCall(QStringLiteral("ses"),
        QStringLiteral("ses"),
        QStringLiteral("VerifyEmailIdentity"),
        QStringLiteral("2010-12-01"),
        {{QStringLiteral("EmailAddress"), emailAddress}});
    return call<Aws::Empty>(std::move(request), context, &SesClient::parseEmpty, std::move(done));
}

} // namespace Ses
