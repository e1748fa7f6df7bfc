#include "models/aws/AwsJob.h"

#include "models/aws/AwsClient.h"

namespace Aws
{

AwsJob::AwsJob(AwsRequest request, AwsClient *client)
    : QObject(client)
    , m_request(std::move(request))
    , m_client(client)
{
}

void AwsJob::cancel()
{
    if (isFinished() || !m_client)
        return;
    m_client->cancelJob(this);
}

} // namespace Aws
