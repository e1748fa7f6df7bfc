#include "models/ses/SesClient.h"

#include <QPointer>

#include "models/aws/AwsClient.h"
#include "models/aws/AwsJob.h"

namespace Ses
{

SesClient::SesClient(Aws::AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Aws::AwsJob *SesClient::call(Aws::AwsRequest request, QObject *context, Callback<Aws::AwsResponse> done)
{
    Aws::AwsJob *job = m_client->send(std::move(request));
    QPointer<QObject> guard(context);
    connect(job, &Aws::AwsJob::finished, context, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        switch (job->state()) {
        case Aws::AwsJob::State::Succeeded:
            done(job->response());
            break;
        case Aws::AwsJob::State::Cancelled:
            done(Aws::Result<Aws::AwsResponse>::cancelled());
            break;
        default:
            done(job->error());
            break;
        }
    });
    return job;
}

QByteArray SesClient::path(std::initializer_list<QString> segments)
{
    QByteArray out = "/v2/email";
    for (const QString &s : segments) {
        out.append('/');
        out.append(Aws::AwsRequest::encodePathSegment(s));
    }
    return out;
}

Aws::Result<Aws::Empty> SesClient::parseEmpty(const Aws::AwsResponse &)
{
    return Aws::Empty{};
}

} // namespace Ses
