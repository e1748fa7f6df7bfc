#pragma once

#include "sandbox/http/HttpExchange.h"

namespace Aws
{
class Clock;
}

namespace Sandbox
{

class ControlApi;
class JsonRpcEndpoint;
class QueryEndpoint;
class RestJsonEndpoint;

/// Sends each request to the protocol it speaks: /_sandbox/ to the control API, X-Amz-Target
/// to awsJson, /v2/ paths to SES v2's REST-JSON, form posts with Action= to the Query
/// protocol. Gives every answer its request id and Date header.
class RequestRouter
{
public:
    RequestRouter(RestJsonEndpoint &sesv2,
        QueryEndpoint &query,
        JsonRpcEndpoint &jsonRpc,
        ControlApi &control,
        const Aws::Clock &clock);

    HttpResponse handle(const HttpRequest &request);

    enum class Protocol {
        Control,
        JsonRpc,
        RestJson,
        Query,
    };
    static Protocol classify(const HttpRequest &request);

private:
    RestJsonEndpoint &m_sesv2;
    QueryEndpoint &m_query;
    JsonRpcEndpoint &m_jsonRpc;
    ControlApi &m_control;
    const Aws::Clock &m_clock;
};

} // namespace Sandbox
