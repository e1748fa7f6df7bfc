#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

class EmailTemplateEngine;
class EmailTemplateRepository;
struct SandboxContext;

/// Email templates: Create/Get/Update/Delete/ListEmailTemplates and TestRenderEmailTemplate,
/// whose RenderedTemplate is the full MIME message SES returns (models/ses's
/// EmailTemplateRenderer and MimeMessageBuilder: Date, Message-ID, Subject, MIME-Version, then
/// text/plain before text/html in multipart/alternative).
class EmailTemplateOperations final : public OperationFamily
{
public:
    EmailTemplateOperations(SandboxContext &context, EmailTemplateRepository &templates, EmailTemplateEngine &engine);
    void registerWith(OperationRegistry &registry) override;

private:
    JsonOutcome create(const OperationCall &call);
    JsonOutcome get(const OperationCall &call);
    JsonOutcome update(const OperationCall &call);
    JsonOutcome remove(const OperationCall &call);
    JsonOutcome list(const OperationCall &call);
    JsonOutcome testRender(const OperationCall &call);

    SandboxContext &m_context;
    EmailTemplateRepository &m_templates;
    EmailTemplateEngine &m_engine;
};

} // namespace Sandbox
