#include "models/ses/CallerIdentityClient.h"

#include <QCoreApplication>

#include "models/aws/XmlNode.h"
#include "models/ses/ServiceCall.h"

namespace Ses
{

namespace
{

class CallerIdentityText
{
    Q_DECLARE_TR_FUNCTIONS(Ses::CallerIdentityClient)

public:
    static QString noAccount()
    {
        return tr("The GetCallerIdentity answer names no account.");
    }
};

} // namespace

CallerIdentityClient::CallerIdentityClient(Aws::AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

Aws::AwsRequest CallerIdentityClient::request()
{
    Aws::AwsRequest r = Aws::AwsRequest::queryCall(QStringLiteral("sts"),
        QStringLiteral("sts"),
        QStringLiteral("GetCallerIdentity"),
        QStringLiteral("2011-06-15"),
        {});
    r.kind = Aws::CallKind::Unthrottled;
    return r;
}

Aws::Result<CallerIdentity> CallerIdentityClient::parse(const Aws::AwsResponse &response)
{
    const auto xml = Aws::XmlNode::parse(response.body);
    if (!xml.ok())
        return xml.error();
    const Aws::XmlNode &result = xml.value().child(QStringLiteral("GetCallerIdentityResult"));
    CallerIdentity id{result.child(QStringLiteral("Account")).text.trimmed(),
        result.child(QStringLiteral("Arn")).text.trimmed(),
        result.child(QStringLiteral("UserId")).text.trimmed()};
    if (id.account.isEmpty())
        return Aws::AwsError::local(
            Aws::AwsError::Kind::Parse, QStringLiteral("MalformedResponse"), CallerIdentityText::noAccount());
    return id;
}

Aws::AwsJob *CallerIdentityClient::getCallerIdentity(
    QObject *context, std::function<void(Aws::Result<CallerIdentity>)> done)
{
    return sendTyped<CallerIdentity>(m_client, request(), context, &CallerIdentityClient::parse, std::move(done));
}

} // namespace Ses
