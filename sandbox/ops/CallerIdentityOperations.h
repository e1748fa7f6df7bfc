#pragma once

namespace Sandbox
{

struct QueryService;
struct SandboxContext;

/// STS GetCallerIdentity (Query protocol, signing name "sts"), which SesDesk calls to tell
/// accounts apart: the Sandbox's account id and an IAM user ARN for the access key that signed.
class CallerIdentityOperations
{
public:
    static void registerWith(QueryService &sts, SandboxContext &context);
};

} // namespace Sandbox
