#include "models/ses/SesClient.h"

namespace Ses
{

Aws::AwsJob *SesClient::sendEmail(const SendEmailRequest &request, QObject *context, Callback<SendEmailResult> done)
{
    auto awsRequest = Aws::AwsRequest::restJson(
        QStringLiteral("SendEmail"), "POST", path({QStringLiteral("outbound-emails")}), request.toJson());
    awsRequest.kind = Aws::CallKind::Sending;
    return call<SendEmailResult>(
        std::move(awsRequest),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<SendEmailResult> {
            SendEmailResult result;
            result.raw = r.json();
            result.messageId = result.raw.value(QLatin1String("MessageId")).toString();
            if (result.messageId.isEmpty())
                return Aws::AwsError::local(Aws::AwsError::Kind::Parse,
                    QStringLiteral("InvalidResponse"),
                    QStringLiteral("SendEmail answered without a MessageId."));
            return result;
        },
        std::move(done));
}

} // namespace Ses
