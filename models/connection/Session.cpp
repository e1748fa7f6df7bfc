#include "models/connection/Session.h"

#include "models/aws/AwsClient.h"
#include "models/ses/SesClient.h"

namespace Connection
{

Session::Session(Description description, std::unique_ptr<Aws::AwsClient> aws, std::shared_ptr<void> keepAlive)
    : m_description(std::move(description))
    , m_aws(std::move(aws))
    , m_ses(std::make_unique<Ses::SesClient>(m_aws.get()))
    , m_keepAlive(std::move(keepAlive))
{
}

// The SesClient goes before the AwsClient it wraps; jobs still in flight die with the AwsClient
// (their owner), so no callback reaches a pane after its session is gone.
Session::~Session()
{
    m_ses.reset();
    m_aws.reset();
}

QUrl Session::endpoint() const
{
    return m_aws->endpointFor(QStringLiteral("sesv2"));
}

} // namespace Connection
