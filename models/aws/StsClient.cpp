#include "models/aws/StsClient.h"

#include <QPointer>

#include "models/aws/AwsClient.h"
#include "models/aws/AwsJob.h"
#include "models/aws/AwsResponse.h"
#include "models/aws/XmlNode.h"

namespace Aws
{

StsClient::StsClient(AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

AwsRequest StsClient::assumeRoleRequest(const AssumeRoleRequest &request)
{
    QList<QPair<QString, QString>> params{
        {QStringLiteral("RoleArn"), request.roleArn}, {QStringLiteral("RoleSessionName"), request.roleSessionName}};
    if (request.durationSeconds)
        params.append({QStringLiteral("DurationSeconds"), QString::number(*request.durationSeconds)});
    if (!request.externalId.isEmpty())
        params.append({QStringLiteral("ExternalId"), request.externalId});
    AwsRequest r = AwsRequest::queryCall(serviceKey, signingName, QStringLiteral("AssumeRole"), apiVersion, params);
    r.kind = CallKind::Unthrottled;
    return r;
}

Result<AssumeRoleResult> StsClient::parseAssumeRoleResponse(const AwsResponse &response)
{
    const Result<XmlNode> parsed = XmlNode::parse(response.body);
    if (!parsed.ok())
        return parsed.error();
    const XmlNode &result = parsed.value().child(QStringLiteral("AssumeRoleResult"));
    const XmlNode &credentials = result.child(QStringLiteral("Credentials"));
    const auto malformed = [](const QString &what) {
        return AwsError::local(AwsError::Kind::Parse,
            QStringLiteral("MalformedResponse"),
            QCoreApplication::translate("Aws::StsClient", "The AssumeRole answer has no valid %1").arg(what));
    };
    if (credentials.isNull())
        return malformed(QStringLiteral("Credentials"));

    AssumeRoleResult out;
    out.credentials.accessKeyId = credentials.child(QStringLiteral("AccessKeyId")).text.trimmed();
    out.credentials.secretAccessKey = credentials.child(QStringLiteral("SecretAccessKey")).text.trimmed();
    out.credentials.sessionToken = credentials.child(QStringLiteral("SessionToken")).text.trimmed();
    out.credentials.expiration
        = QDateTime::fromString(credentials.child(QStringLiteral("Expiration")).text.trimmed(), Qt::ISODateWithMs)
              .toUTC();
    if (out.credentials.accessKeyId.isEmpty())
        return malformed(QStringLiteral("AccessKeyId"));
    if (out.credentials.secretAccessKey.isEmpty())
        return malformed(QStringLiteral("SecretAccessKey"));
    if (out.credentials.sessionToken.isEmpty())
        return malformed(QStringLiteral("SessionToken"));
    if (!out.credentials.expiration.isValid())
        return malformed(QStringLiteral("Expiration"));
    out.assumedRoleArn = result.path({QStringLiteral("AssumedRoleUser"), QStringLiteral("Arn")}).text.trimmed();
    out.assumedRoleId
        = result.path({QStringLiteral("AssumedRoleUser"), QStringLiteral("AssumedRoleId")}).text.trimmed();
    out.requestId = response.requestId;
    return out;
}

AwsJob *StsClient::assumeRole(
    const AssumeRoleRequest &request, QObject *context, std::function<void(Result<AssumeRoleResult>)> done)
{
    AwsJob *job = m_client->send(assumeRoleRequest(request));
    const QPointer<QObject> guard(context);
    connect(job, &AwsJob::finished, context, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        switch (job->state()) {
        case AwsJob::State::Succeeded:
            done(parseAssumeRoleResponse(job->response()));
            break;
        case AwsJob::State::Cancelled:
            done(Result<AssumeRoleResult>::cancelled());
            break;
        default:
            done(job->error());
            break;
        }
    });
    return job;
}

} // namespace Aws
