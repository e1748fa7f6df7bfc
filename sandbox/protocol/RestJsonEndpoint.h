#pragma once

#include <memory>

#include "sandbox/http/HttpExchange.h"
#include "sandbox/model/RestJsonRouter.h"
#include "sandbox/model/ShapeValidator.h"
#include "sandbox/ops/OperationRegistry.h"
#include "sandbox/state/TokenBucket.h"

namespace Aws
{
class Clock;
}

namespace Sandbox
{

class RequestAuthenticator;
class ServiceModel;
class StateStore;

/// The SES v2 API (REST-JSON): authenticates, routes by the model's URIs, binds and validates
/// the input against the model, paces management calls, runs the operation's handler in one
/// state transaction committed (and synced) before the answer, and optionally checks the answer
/// against the model.
class RestJsonEndpoint
{
public:
    struct Options {
        QStringList signingNames{QStringLiteral("ses")};
        double managementCallsPerSecond = 0; ///< 0: unlimited.
        bool checkResponses = false;
    };

    RestJsonEndpoint(std::shared_ptr<const ServiceModel> model,
        const RequestAuthenticator &authenticator,
        StateStore &store,
        const Aws::Clock &clock,
        Options options);

    OperationRegistry &operations()
    {
        return m_operations;
    }
    const ServiceModel &model() const
    {
        return *m_model;
    }

    HttpResponse handle(const HttpRequest &request, const QString &requestId);

private:
    HttpResponse run(
        const RouteMatch &route, const HttpRequest &request, const QString &requestId, const QString &accessKeyId);

    std::shared_ptr<const ServiceModel> m_model;
    RestJsonRouter m_router;
    ShapeValidator m_inputValidator;
    ShapeValidator m_outputValidator;
    OperationRegistry m_operations;
    const RequestAuthenticator &m_authenticator;
    StateStore &m_store;
    const Aws::Clock &m_clock;
    Options m_options;
    TokenBucket m_managementPace;
};

} // namespace Sandbox
