#include <QJsonArray>

#include "models/aws/AwsJob.h"
#include "models/ses/SesClient.h"

namespace Ses
{

namespace
{

const QString Pools = QStringLiteral("dedicated-ip-pools");
const QString Ips = QStringLiteral("dedicated-ips");

void addPaging(Aws::AwsRequest &request, const QString &nextToken, int pageSize)
{
    if (!nextToken.isEmpty())
        request.query.append({QStringLiteral("NextToken"), nextToken});
    if (pageSize > 0)
        request.query.append({QStringLiteral("PageSize"), QString::number(pageSize)});
}

/// Follows NextToken of ListDedicatedIpPools to the last page.
class PoolPager
{
public:
    static void next(
        SesClient *client, PagedCall *call, QString token, std::shared_ptr<QStringList> acc, Callback<QStringList> done)
    {
        Aws::AwsJob *job = client->listDedicatedIpPools(
            token, 0, call, [client, call, acc, done](Aws::Result<DedicatedIpPoolPage> page) {
                if (call->isCancelled() || page.isCancelled()) {
                    done(Aws::Result<QStringList>::cancelled());
                    call->deleteLater();
                    return;
                }
                if (!page.ok()) {
                    done(page.error());
                    call->deleteLater();
                    return;
                }
                acc->append(page.value().poolNames);
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

Aws::AwsJob *SesClient::createDedicatedIpPool(
    const CreateDedicatedIpPoolRequest &request, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(QStringLiteral("CreateDedicatedIpPool"), "POST", path({Pools}), request.toJson()),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::deleteDedicatedIpPool(const QString &poolName, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(QStringLiteral("DeleteDedicatedIpPool"), "DELETE", path({Pools, poolName})),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::getDedicatedIpPool(const QString &poolName, QObject *context, Callback<DedicatedIpPool> done)
{
    return call<DedicatedIpPool>(
        Aws::AwsRequest::restJson(QStringLiteral("GetDedicatedIpPool"), "GET", path({Pools, poolName})),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<DedicatedIpPool> {
            return DedicatedIpPool::fromJson(r.json().value(QLatin1String("DedicatedIpPool")).toObject());
        },
        std::move(done));
}

Aws::AwsJob *SesClient::listDedicatedIpPools(
    const QString &nextToken, int pageSize, QObject *context, Callback<DedicatedIpPoolPage> done)
{
    auto request = Aws::AwsRequest::restJson(QStringLiteral("ListDedicatedIpPools"), "GET", path({Pools}));
    addPaging(request, nextToken, pageSize);
    return call<DedicatedIpPoolPage>(
        std::move(request),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<DedicatedIpPoolPage> {
            DedicatedIpPoolPage page;
            const QJsonObject json = r.json();
            for (const QJsonValue &v : json.value(QLatin1String("DedicatedIpPools")).toArray())
                page.poolNames.append(v.toString());
            page.nextToken = json.value(QLatin1String("NextToken")).toString();
            return page;
        },
        std::move(done));
}

PagedCall *SesClient::listAllDedicatedIpPools(QObject *context, Callback<QStringList> done)
{
    auto *paged = new PagedCall(context);
    PoolPager::next(this, paged, {}, std::make_shared<QStringList>(), std::move(done));
    return paged;
}

Aws::AwsJob *SesClient::putDedicatedIpPoolScalingAttributes(
    const QString &poolName, const QString &scalingMode, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutDedicatedIpPoolScalingAttributes"),
                                "PUT",
                                path({Pools, poolName, QStringLiteral("scaling")}),
                                QJsonObject{{QStringLiteral("ScalingMode"), scalingMode}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::getDedicatedIp(const QString &ip, QObject *context, Callback<DedicatedIp> done)
{
    return call<DedicatedIp>(
        Aws::AwsRequest::restJson(QStringLiteral("GetDedicatedIp"), "GET", path({Ips, ip})),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<DedicatedIp> {
            return DedicatedIp::fromJson(r.json().value(QLatin1String("DedicatedIp")).toObject());
        },
        std::move(done));
}

Aws::AwsJob *SesClient::getDedicatedIps(
    const QString &poolName, const QString &nextToken, int pageSize, QObject *context, Callback<DedicatedIpPage> done)
{
    auto request = Aws::AwsRequest::restJson(QStringLiteral("GetDedicatedIps"), "GET", path({Ips}));
    if (!poolName.isEmpty())
        request.query.append({QStringLiteral("PoolName"), poolName});
    addPaging(request, nextToken, pageSize);
    return call<DedicatedIpPage>(
        std::move(request),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<DedicatedIpPage> {
            DedicatedIpPage page;
            const QJsonObject json = r.json();
            for (const QJsonValue &v : json.value(QLatin1String("DedicatedIps")).toArray())
                page.ips.append(DedicatedIp::fromJson(v.toObject()));
            page.nextToken = json.value(QLatin1String("NextToken")).toString();
            return page;
        },
        std::move(done));
}

Aws::AwsJob *SesClient::putDedicatedIpInPool(
    const QString &ip, const QString &destinationPoolName, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutDedicatedIpInPool"),
                                "PUT",
                                path({Ips, ip, QStringLiteral("pool")}),
                                QJsonObject{{QStringLiteral("DestinationPoolName"), destinationPoolName}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putDedicatedIpWarmupAttributes(
    const QString &ip, int warmupPercentage, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("PutDedicatedIpWarmupAttributes"),
                                "PUT",
                                path({Ips, ip, QStringLiteral("warmup")}),
                                QJsonObject{{QStringLiteral("WarmupPercentage"), warmupPercentage}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::putAccountDedicatedIpWarmupAttributes(
    bool autoWarmupEnabled, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(QStringLiteral("PutAccountDedicatedIpWarmupAttributes"),
            "PUT",
            path({QStringLiteral("account"), QStringLiteral("dedicated-ips"), QStringLiteral("warmup")}),
            QJsonObject{{QStringLiteral("AutoWarmupEnabled"), autoWarmupEnabled}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

} // namespace Ses
