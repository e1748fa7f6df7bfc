#include "models/ses/SesClient.h"

namespace Ses
{

Aws::AwsJob *SesClient::getAccount(QObject *context, Callback<Account> done)
{
    return call<Account>(
        Aws::AwsRequest::restJson(QStringLiteral("GetAccount"), "GET", path({QStringLiteral("account")})),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<Account> {
            return Account::fromJson(r.json());
        },
        std::move(done));
}

} // namespace Ses
