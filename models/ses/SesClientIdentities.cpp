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

/// Follows NextToken until the last page, accumulating identities.
class IdentityPager
{
public:
    static void next(SesClient *client,
        PagedCall *call,
        QString token,
        std::shared_ptr<QList<IdentitySummary>> acc,
        Callback<QList<IdentitySummary>> done)
    {
        // No PageSize: the service default (and moto's, which fails on PageSize) applies.
        Aws::AwsJob *job
            = client->listEmailIdentities(token, 0, call, [client, call, acc, done](Aws::Result<IdentityPage> page) {
                  if (call->isCancelled() || page.isCancelled()) {
                      done(Aws::Result<QList<IdentitySummary>>::cancelled());
                      call->deleteLater();
                      return;
                  }
                  if (!page.ok()) {
                      done(page.error());
                      call->deleteLater();
                      return;
                  }
                  acc->append(page.value().identities);
                  Q_EMIT call->pageReceived(static_cast<int>(acc->size()));
                  if (page.value().nextToken.isEmpty()) {
                      done(*acc);
                      call->deleteLater();
                      return;
                  }
                  next(client, call, page.value().nextToken, acc, done);
              });
        call->setCurrentJob(job);
    }
};

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
    auto *paged = new PagedCall(context);
    IdentityPager::next(this, paged, {}, std::make_shared<QList<IdentitySummary>>(), std::move(done));
    return paged;
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
