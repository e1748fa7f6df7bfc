// The catalogue of what the Sandbox serves: every family of operations, the resource types
// that can be tagged, and the Query / awsJson services. A new family is one class in ops/ (or
// its own folder) and one line here.

#include "sandbox/SandboxParts.h"
#include "sandbox/demo/DemoAccount.h"
#include "sandbox/metrics/CloudWatchOperations.h"
#include "sandbox/metrics/SendStatisticsOperations.h"
#include "sandbox/ops/AccountOperations.h"
#include "sandbox/ops/CallerIdentityOperations.h"
#include "sandbox/ops/ConfigurationSetOperations.h"
#include "sandbox/ops/ContactListOperations.h"
#include "sandbox/ops/ContactOperations.h"
#include "sandbox/ops/DedicatedIpOperations.h"
#include "sandbox/ops/EventDestinationOperations.h"
#include "sandbox/ops/IdentityOperations.h"
#include "sandbox/ops/IdentityPolicyOperations.h"
#include "sandbox/ops/SendingOperations.h"
#include "sandbox/ops/TagOperations.h"
#include "sandbox/protocol/QueryJsonBridge.h"
#include "sandbox/state/IdentityName.h"
#include "sandbox/suppression/SuppressionOperations.h"
#include "sandbox/templates/EmailTemplateOperations.h"

namespace Sandbox
{

void SandboxServer::installFamilies()
{
    SandboxContext &context = d->context;
    d->families.push_back(std::make_unique<AccountOperations>(context));
    d->families.push_back(std::make_unique<IdentityOperations>(context));
    d->families.push_back(std::make_unique<IdentityPolicyOperations>(context));
    d->families.push_back(std::make_unique<TagOperations>(context));
    d->families.push_back(std::make_unique<ConfigurationSetOperations>(context));
    d->families.push_back(std::make_unique<EventDestinationOperations>(context));
    d->families.push_back(std::make_unique<ContactListOperations>(context));
    d->families.push_back(std::make_unique<ContactOperations>(context));
    d->families.push_back(std::make_unique<DedicatedIpOperations>(context));
    d->families.push_back(std::make_unique<SendingOperations>(context));
    d->families.push_back(std::make_unique<EmailTemplateOperations>(context, d->templates, d->templateEngine));
    d->hooks.setTemplateRenderer(&d->templateEngine);
    d->importJobs = std::make_unique<ImportJobRunner>(context, d->suppressions, d->objects, [this] {
        return url();
    });
    d->families.push_back(std::make_unique<SuppressionOperations>(context, d->suppressions, *d->importJobs));
    d->hooks.setSuppressionList(&d->suppressions);
    for (const auto &family : d->families)
        family->registerWith(d->sesv2.operations());

    // SES v1 and CloudWatch answer on the same endpoint.
    QueryService &ses = d->query.service(QStringLiteral("ses"),
        QStringLiteral("2010-12-01"),
        QStringLiteral("http://ses.amazonaws.com/doc/2010-12-01/"));
    d->sendStatistics = std::make_unique<SendStatisticsOperations>(context);
    d->sendStatistics->registerWith(ses);

    // STS's GetCallerIdentity, which SesDesk uses to key an account's local history.
    CallerIdentityOperations::registerWith(d->query.service(QStringLiteral("sts"),
                                               QStringLiteral("2011-06-15"),
                                               QStringLiteral("https://sts.amazonaws.com/doc/2011-06-15/")),
        context);

    // CloudWatch: one set of handlers for the awsJson protocol current AWS CLIs send and the
    // Query protocol everything else sends.
    QueryService &monitoring = d->query.service(QStringLiteral("monitoring"),
        QStringLiteral("2010-08-01"),
        QStringLiteral("http://monitoring.amazonaws.com/doc/2010-08-01/"));
    JsonRpcService &cloudWatch
        = d->jsonRpc.service(QStringLiteral("GraniteServiceVersion20100801"), QStringLiteral("monitoring"), true);
    cloudWatch.model = ServiceModel::cloudwatch();
    auto cloudWatchOperations = std::make_unique<CloudWatchOperations>(context);
    cloudWatchOperations->registerWith(cloudWatch.operations);
    d->families.push_back(std::move(cloudWatchOperations));
    QueryJsonBridge::expose(monitoring, cloudWatch);

    // --demo-data: a realistic account, made through the handlers above.
    d->demoDataFiller = [this](SandboxContext &fillContext, QString *error) {
        OperationRegistry &monitoringOperations
            = d->jsonRpc.service(QStringLiteral("GraniteServiceVersion20100801"), QStringLiteral("monitoring"), true)
                  .operations;
        return DemoAccount(fillContext, d->sesv2.operations(), monitoringOperations).fill(error);
    };
}

void SandboxServer::registerTaggableResources()
{
    TaggableResources &taggable = d->taggable;
    auto identityKey = [](const QString &name) {
        const Outcome<IdentityName> parsed = IdentityName::parse(name);
        return parsed ? parsed->key() : QString();
    };
    auto byName = [](const QString &name) {
        return name;
    };
    taggable.add(QStringLiteral("identity"), {QStringLiteral("identities"), identityKey});
    taggable.add(QStringLiteral("configuration-set"), {QStringLiteral("configuration-sets"), byName});
    taggable.add(QStringLiteral("contact-list"), {QStringLiteral("contact-lists"), byName});
    taggable.add(QStringLiteral("dedicated-ip-pool"), {QStringLiteral("dedicated-ip-pools"), byName});
    taggable.add(QStringLiteral("template"), {EmailTemplateRepository::collection(), byName});
}

} // namespace Sandbox
