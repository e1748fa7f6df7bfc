#pragma once

#include <map>
#include <memory>

#include "sandbox/http/HttpExchange.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Aws
{
class Clock;
}

namespace Sandbox
{

class RequestAuthenticator;
class ServiceModel;
class StateStore;

/// An awsJson API served by the Sandbox, addressed by its X-Amz-Target prefix
/// ("GraniteServiceVersion20100801" for CloudWatch).
struct JsonRpcService {
    QString targetPrefix;
    QString signingName;
    bool queryCompatible = false; ///< Also answer errors in x-amzn-query-error (CloudWatch).
    std::shared_ptr<const ServiceModel> model; ///< When set, inputs are validated against it.
    OperationRegistry operations;
};

/// The awsJson protocol (POST / with X-Amz-Target: Prefix.Operation): authenticates for the
/// service's signing name and runs the operation in one state transaction.
class JsonRpcEndpoint
{
public:
    JsonRpcEndpoint(const RequestAuthenticator &authenticator, StateStore &store, const Aws::Clock &clock);

    JsonRpcService &service(const QString &targetPrefix, const QString &signingName, bool queryCompatible);
    /// Checks every answer of a service with a model against the model's output shape (tests).
    void setCheckResponses(bool check)
    {
        m_checkResponses = check;
    }

    HttpResponse handle(const HttpRequest &request, const QString &requestId);

private:
    const RequestAuthenticator &m_authenticator;
    StateStore &m_store;
    const Aws::Clock &m_clock;
    std::map<QString, JsonRpcService> m_services;
    bool m_checkResponses = false;
};

} // namespace Sandbox
