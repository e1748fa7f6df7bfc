#include <QJsonArray>

#include "models/aws/AwsJob.h"
#include "models/ses/SesClient.h"

namespace Ses
{

namespace
{

Aws::Result<IdentityPage> parseIdentityPage(const Aws::AwsResponse &response)
{
    IdentityPage page;
    page.raw = response.json();
    const QJsonArray items = page.raw.value(QLatin1String("EmailIdentities")).toArray();
    page.identities.reserve(items.size());
    for (const QJsonValue &v : items)
        page.identities.append(IdentitySummary::fromJson(v.toObject()));
    page.nextToken = page.raw.value(QLatin1String("NextToken")).toString();
    return page;
}

} // namespace

Aws::AwsJob *SesClient::listEmailIdentities(
    const QString &nextToken, int pageSize, QObject *context, Callback<IdentityPage> done)
{
    auto request
        = Aws::AwsRequest::restJson(QStringLiteral("ListEmailIdentities"), "GET", path({QStringLiteral("identities")}));
    if (!nextToken.isEmpty())
        request.query.append({QStringLiteral("NextToken"), nextToken});
    if (pageSize > 0)
        request.query.append({QStringLiteral("PageSize"), QString::number(pageSize)});
    return call<IdentityPage>(std::move(request), context, &parseIdentityPage, std::move(done));
}

PagedCall *SesClient::listAllEmailIdentities(QObject *context, Callback<QList<IdentitySummary>> done)
{
    // No PageSize: the service default (and moto's, which fails on PageSize) applies.
    auto acc = std::make_shared<QList<IdentitySummary>>();
    return PagedCall::start<IdentityPage, QList<IdentitySummary>>(context,
        {[this](const QString &token, QObject *ctx, Callback<IdentityPage> onPage) {
             return listEmailIdentities(token, 0, ctx, std::move(onPage));
         },
            [acc](const IdentityPage &page) {
                acc->append(page.identities);
                return std::pair(static_cast<int>(acc->size()), page.nextToken);
            },
            [acc] {
                return *acc;
            }},
        std::move(done));
}

Aws::AwsJob *SesClient::getEmailIdentity(const QString &name, QObject *context, Callback<EmailIdentity> done)
{
    return call<EmailIdentity>(
        Aws::AwsRequest::restJson(
            QStringLiteral("GetEmailIdentity"), "GET", path({QStringLiteral("identities"), name})),
        context,
        [name](const Aws::AwsResponse &r) -> Aws::Result<EmailIdentity> {
            return EmailIdentity::fromJson(name, r.json());
        },
        std::move(done));
}

Aws::AwsJob *SesClient::createEmailIdentity(
    const CreateEmailIdentityRequest &request, QObject *context, Callback<CreateEmailIdentityResult> done)
{
    return call<CreateEmailIdentityResult>(
        Aws::AwsRequest::restJson(
            QStringLiteral("CreateEmailIdentity"), "POST", path({QStringLiteral("identities")}), request.toJson()),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<CreateEmailIdentityResult> {
            CreateEmailIdentityResult result;
            result.raw = r.json();
            result.identityType = result.raw.value(QLatin1String("IdentityType")).toString();
            result.verifiedForSendingStatus = result.raw.value(QLatin1String("VerifiedForSendingStatus")).toBool();
            result.dkim = DkimAttributes::fromJson(result.raw.value(QLatin1String("DkimAttributes")).toObject());
            return result;
        },
        std::move(done));
}

Aws::AwsJob *SesClient::deleteEmailIdentity(const QString &name, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(
            QStringLiteral("DeleteEmailIdentity"), "DELETE", path({QStringLiteral("identities"), name})),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

} // namespace Ses
