#include "models/ses/PagedCall.h"

namespace Ses
{

void PagedCall::setCurrentJob(Aws::AwsJob *job)
{
    m_job = job;
}

void PagedCall::cancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

} // namespace Ses
