#pragma once

#include <memory>
#include <vector>

#include <QRandomGenerator>

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/auth/RequestAuthenticator.h"
#include "sandbox/control/ControlApi.h"
#include "sandbox/hooks/SandboxHooks.h"
#include "sandbox/http/HttpFrontend.h"
#include "sandbox/http/RequestRouter.h"
#include "sandbox/mail/CapturedMailStore.h"
#include "sandbox/metrics/SendStatisticsOperations.h"
#include "sandbox/model/ServiceModel.h"
#include "sandbox/ops/OperationFamily.h"
#include "sandbox/protocol/JsonRpcEndpoint.h"
#include "sandbox/protocol/QueryEndpoint.h"
#include "sandbox/protocol/RestJsonEndpoint.h"
#include "sandbox/s3/ObjectStore.h"
#include "sandbox/state/AccountRepository.h"
#include "sandbox/state/ConfigurationSetRepository.h"
#include "sandbox/state/ContactRepository.h"
#include "sandbox/state/DedicatedIpRepository.h"
#include "sandbox/state/IdentityRepository.h"
#include "sandbox/state/SendingLedger.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/TaggableResources.h"
#include "sandbox/suppression/ImportJobRunner.h"
#include "sandbox/suppression/SuppressionStore.h"
#include "sandbox/templates/EmailTemplateEngine.h"
#include "sandbox/templates/EmailTemplateRepository.h"

namespace Sandbox
{

/// Everything a running SandboxServer owns, in construction order (the HTTP front end last, so
/// it is destroyed first and no request reaches a half-destroyed server).
struct SandboxServer::Parts {
    Parts(const SandboxConfig &config, const Aws::Clock &clock, std::unique_ptr<StateStore> openedStore)
        : store(std::move(openedStore))
        , random(QRandomGenerator::securelySeeded())
        , account(*store, config)
        , identities(*store)
        , configurationSets(*store)
        , contacts(*store)
        , dedicatedIps(*store)
        , ledger(*store)
        , mail(*store)
        , templates(*store)
        , templateEngine(templates, config)
        , suppressions(*store)
        , objects(*store)
        , context{config,
              clock,
              *store,
              account,
              identities,
              configurationSets,
              contacts,
              dedicatedIps,
              taggable,
              ledger,
              mail,
              hooks,
              templates,
              suppressions,
              objects,
              random}
        , authenticator(config.region, clock)
        , sesv2(ServiceModel::sesv2(),
              authenticator,
              *store,
              clock,
              RestJsonEndpoint::Options{
                  {QStringLiteral("ses")}, config.managementCallsPerSecond, config.checkResponses})
        , query(authenticator, *store, clock)
        , jsonRpc(authenticator, *store, clock)
        , control(context)
        , router(sesv2, query, jsonRpc, control, clock)
    {
        authenticator.addCredentials(config.accessKeyId, config.secretAccessKey);
        jsonRpc.setCheckResponses(config.checkResponses);
    }

    std::unique_ptr<StateStore> store;
    QRandomGenerator random;
    AccountRepository account;
    IdentityRepository identities;
    ConfigurationSetRepository configurationSets;
    ContactRepository contacts;
    DedicatedIpRepository dedicatedIps;
    TaggableResources taggable;
    SendingLedger ledger;
    CapturedMailStore mail;
    SandboxHooks hooks;
    EmailTemplateRepository templates;
    EmailTemplateEngine templateEngine;
    SuppressionStore suppressions;
    ObjectStore objects;
    SandboxContext context;
    RequestAuthenticator authenticator;
    RestJsonEndpoint sesv2;
    QueryEndpoint query;
    JsonRpcEndpoint jsonRpc;
    ControlApi control;
    RequestRouter router;
    std::vector<std::unique_ptr<OperationFamily>> families;
    std::unique_ptr<SendStatisticsOperations> sendStatistics;
    std::unique_ptr<ImportJobRunner> importJobs;
    SandboxServer::DemoDataFiller demoDataFiller;
    quint16 port = 0;
    std::unique_ptr<HttpFrontend> frontend;
};

} // namespace Sandbox
