#pragma once

#include <functional>

#include <QObject>
#include <QPointer>

#include "models/aws/AwsClient.h"
#include "models/aws/AwsJob.h"
#include "models/aws/AwsResponse.h"
#include "models/aws/Result.h"

namespace Ses
{

/// Sends one request through the signed client and hands the typed result to done, once, on
/// context's thread; nothing is called when context dies first. The building block of the typed
/// clients that are not SesClient (SesV1Client, CloudWatchClient, StsIdentityClient).
template <typename T>
Aws::AwsJob *sendTyped(Aws::AwsClient *client,
    Aws::AwsRequest request,
    QObject *context,
    std::function<Aws::Result<T>(const Aws::AwsResponse &)> parse,
    std::function<void(Aws::Result<T>)> done)
{
    Aws::AwsJob *job = client->send(std::move(request));
    QPointer<QObject> guard(context);
    QObject::connect(
        job, &Aws::AwsJob::finished, context, [job, guard, parse = std::move(parse), done = std::move(done)] {
            if (!guard)
                return;
            switch (job->state()) {
            case Aws::AwsJob::State::Succeeded:
                done(parse(job->response()));
                break;
            case Aws::AwsJob::State::Cancelled:
                done(Aws::Result<T>::cancelled());
                break;
            default:
                done(job->error());
                break;
            }
        });
    return job;
}

} // namespace Ses
