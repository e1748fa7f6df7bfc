#pragma once

namespace Sandbox
{

class OperationRegistry;

/// A family of related operations (account, identities, configuration sets...): one class per
/// family, each registering its handlers. Adding a family is adding a class and listing it in
/// SandboxServer's catalogue; nothing else changes.
class OperationFamily
{
public:
    virtual ~OperationFamily() = default;
    virtual void registerWith(OperationRegistry &registry) = 0;
};

} // namespace Sandbox
