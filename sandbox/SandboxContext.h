#pragma once

#include <QRandomGenerator>

namespace Aws
{
class Clock;
}

namespace Sandbox
{

struct SandboxConfig;
class StateStore;
class AccountRepository;
class IdentityRepository;
class ConfigurationSetRepository;
class ContactRepository;
class DedicatedIpRepository;
class TaggableResources;
class SendingLedger;
class CapturedMailStore;
class SandboxHooks;
class EmailTemplateRepository;
class SuppressionStore;
class ObjectStore;

/// The shared services every family of operations works with. Built once by SandboxServer;
/// families keep a reference. New families (templates, suppression list, statistics) get the
/// same context, so they reach the account, identities and store like the built-in ones.
struct SandboxContext {
    const SandboxConfig &config;
    const Aws::Clock &clock;
    StateStore &store;
    AccountRepository &account;
    IdentityRepository &identities;
    ConfigurationSetRepository &configurationSets;
    ContactRepository &contacts;
    DedicatedIpRepository &dedicatedIps;
    TaggableResources &taggable;
    SendingLedger &ledger;
    CapturedMailStore &mail;
    SandboxHooks &hooks;
    EmailTemplateRepository &templates;
    SuppressionStore &suppressions;
    ObjectStore &objects;
    QRandomGenerator &random;
};

} // namespace Sandbox
