#include <QJsonArray>

#include "models/aws/AwsJob.h"
#include "models/ses/AwsTimestamp.h"
#include "models/ses/SesClient.h"

namespace Ses
{

namespace
{

const QString Suppression = QStringLiteral("suppression");
const QString Addresses = QStringLiteral("addresses");

} // namespace

Aws::AwsJob *SesClient::listSuppressedDestinations(
    const ListSuppressedDestinationsRequest &request, QObject *context, Callback<SuppressedDestinationPage> done)
{
    auto aws = Aws::AwsRequest::restJson(
        QStringLiteral("ListSuppressedDestinations"), "GET", path({Suppression, Addresses}));
    // Reasons is a list in the query string under the location name "Reason", one pair each.
    for (const QString &reason : request.reasons)
        aws.query.append({QStringLiteral("Reason"), reason});
    // Time stamps in a rest-json query string are ISO 8601.
    if (request.startDate.isValid())
        aws.query.append({QStringLiteral("StartDate"), AwsTimestamp::toIso(request.startDate)});
    if (request.endDate.isValid())
        aws.query.append({QStringLiteral("EndDate"), AwsTimestamp::toIso(request.endDate)});
    if (!request.nextToken.isEmpty())
        aws.query.append({QStringLiteral("NextToken"), request.nextToken});
    if (request.pageSize > 0)
        aws.query.append({QStringLiteral("PageSize"), QString::number(request.pageSize)});
    return call<SuppressedDestinationPage>(
        std::move(aws),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<SuppressedDestinationPage> {
            SuppressedDestinationPage page;
            const QJsonObject json = r.json();
            for (const QJsonValue &v : json.value(QLatin1String("SuppressedDestinationSummaries")).toArray())
                page.summaries.append(SuppressedDestinationSummary::fromJson(v.toObject()));
            page.nextToken = json.value(QLatin1String("NextToken")).toString();
            return page;
        },
        std::move(done));
}

Aws::AwsJob *SesClient::getSuppressedDestination(
    const QString &emailAddress, QObject *context, Callback<SuppressedDestination> done)
{
    return call<SuppressedDestination>(
        Aws::AwsRequest::restJson(
            QStringLiteral("GetSuppressedDestination"), "GET", path({Suppression, Addresses, emailAddress})),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<SuppressedDestination> {
            return SuppressedDestination::fromJson(r.json().value(QLatin1String("SuppressedDestination")).toObject());
        },
        std::move(done));
}

Aws::AwsJob *SesClient::putSuppressedDestination(
    const QString &emailAddress, const QString &reason, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(QStringLiteral("PutSuppressedDestination"),
            "PUT",
            path({Suppression, Addresses}),
            QJsonObject{{QStringLiteral("EmailAddress"), emailAddress}, {QStringLiteral("Reason"), reason}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::deleteSuppressedDestination(
    const QString &emailAddress, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(
            QStringLiteral("DeleteSuppressedDestination"), "DELETE", path({Suppression, Addresses, emailAddress})),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

} // namespace Ses
