#include "sandbox/ops/CallerIdentityOperations.h"

#include <QXmlStreamWriter>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/protocol/QueryEndpoint.h"

namespace Sandbox
{

void CallerIdentityOperations::registerWith(QueryService &sts, SandboxContext &context)
{
    sts.actions.insert(QStringLiteral("GetCallerIdentity"), [&context](const QueryCall &call, QXmlStreamWriter &xml) {
        xml.writeTextElement(QStringLiteral("Arn"),
            QStringLiteral("arn:aws:iam::%1:user/sesdesk-sandbox").arg(context.config.accountId));
        // IAM user ids start with AIDA; the Sandbox derives one from the access key id.
        xml.writeTextElement(QStringLiteral("UserId"), QStringLiteral("AIDA") + call.accessKeyId.toUpper());
        xml.writeTextElement(QStringLiteral("Account"), context.config.accountId);
        return passed();
    });
}

} // namespace Sandbox
