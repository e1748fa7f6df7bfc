#include "sandbox/templates/EmailTemplateOperations.h"

#include <QJsonArray>

#include "models/ses/EmailTemplateRenderer.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/mail/CapturedMailStore.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/NameRules.h"
#include "sandbox/state/PageToken.h"
#include "sandbox/state/Timestamps.h"
#include "sandbox/templates/EmailTemplateEngine.h"
#include "sandbox/templates/EmailTemplateRepository.h"
#include "sandbox/templates/EmailTemplateRules.h"

namespace Sandbox
{

namespace
{

const QString kName = QStringLiteral("TemplateName");
const QString kContent = QStringLiteral("TemplateContent");

/// Only the members EmailTemplateContent has, each only when given.
QJsonObject cleanContent(const QJsonObject &content)
{
    QJsonObject out;
    for (const char *member : {"Subject", "Text", "Html"}) {
        if (content.contains(QLatin1String(member)))
            out.insert(QLatin1String(member), content.value(QLatin1String(member)));
    }
    return out;
}

} // namespace

EmailTemplateOperations::EmailTemplateOperations(
    SandboxContext &context, EmailTemplateRepository &templates, EmailTemplateEngine &engine)
    : m_context(context)
    , m_templates(templates)
    , m_engine(engine)
{
}

void EmailTemplateOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("CreateEmailTemplate"), this, &EmailTemplateOperations::create);
    registry.add(QStringLiteral("GetEmailTemplate"), this, &EmailTemplateOperations::get);
    registry.add(QStringLiteral("UpdateEmailTemplate"), this, &EmailTemplateOperations::update);
    registry.add(QStringLiteral("DeleteEmailTemplate"), this, &EmailTemplateOperations::remove);
    registry.add(QStringLiteral("ListEmailTemplates"), this, &EmailTemplateOperations::list);
    registry.add(QStringLiteral("TestRenderEmailTemplate"), this, &EmailTemplateOperations::testRender);
}

JsonOutcome EmailTemplateOperations::create(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "TemplateName");
    if (const Check check = EmailTemplateRules::name(name); !check)
        return check.error();
    const QJsonObject content = cleanContent(call.input.value(kContent).toObject());
    if (const Check check = EmailTemplateRules::content(name, content); !check)
        return check.error();
    const QJsonArray tags = call.input.value(QLatin1String("Tags")).toArray();
    if (const Check check = NameRules::tags(tags); !check)
        return check.error();
    if (m_templates.exists(name))
        return ServiceError::alreadyExists(QStringLiteral("Template %1 already exists.").arg(name));
    if (m_templates.count() >= EmailTemplateRepository::kMaxTemplates) {
        return ServiceError::limitExceeded(
            QStringLiteral("You have reached the maximum number of email templates (%1) in this region.")
                .arg(EmailTemplateRepository::kMaxTemplates));
    }
    m_templates.save(QJsonObject{{kName, name},
        {kContent, content},
        {QStringLiteral("Tags"), tags},
        {QStringLiteral("CreatedTimestamp"), Timestamps::toJson(call.now)}});
    return QJsonObject();
}

JsonOutcome EmailTemplateOperations::get(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "TemplateName");
    const std::optional<QJsonObject> stored = m_templates.find(name);
    if (!stored)
        return EmailTemplateEngine::notFound(name);
    return QJsonObject{{kName, name},
        {kContent, stored->value(kContent)},
        {QStringLiteral("Tags"), stored->value(QLatin1String("Tags")).toArray()}};
}

JsonOutcome EmailTemplateOperations::update(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "TemplateName");
    std::optional<QJsonObject> stored = m_templates.find(name);
    if (!stored)
        return EmailTemplateEngine::notFound(name);
    // A full replacement, as SES does: parts left out are gone.
    const QJsonObject content = cleanContent(call.input.value(kContent).toObject());
    if (const Check check = EmailTemplateRules::content(name, content); !check)
        return check.error();
    stored->insert(kContent, content);
    m_templates.save(*stored);
    return QJsonObject();
}

JsonOutcome EmailTemplateOperations::remove(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "TemplateName");
    if (!m_templates.remove(name))
        return EmailTemplateEngine::notFound(name);
    return QJsonObject();
}

JsonOutcome EmailTemplateOperations::list(const OperationCall &call)
{
    const Outcome<QString> after = PageToken::decode(Inputs::string(call.input, "NextToken"));
    if (!after)
        return after.error();
    // SES: 10 by default, at most 100.
    const Outcome<int> size = PageToken::pageSize(call.input, 10, 100);
    if (!size)
        return size.error();
    const QList<QJsonObject> page = m_templates.page(after.value(), size.value() + 1);
    QJsonArray metadata;
    for (qsizetype i = 0; i < page.size() && i < size.value(); ++i) {
        metadata.append(QJsonObject{{kName, page.at(i).value(kName)},
            {QStringLiteral("CreatedTimestamp"), page.at(i).value(QLatin1String("CreatedTimestamp"))}});
    }
    QJsonObject out{{QStringLiteral("TemplatesMetadata"), metadata}};
    if (page.size() > size.value())
        out.insert(QStringLiteral("NextToken"), PageToken::encode(page.at(size.value() - 1).value(kName).toString()));
    return out;
}

JsonOutcome EmailTemplateOperations::testRender(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "TemplateName");
    const std::optional<QJsonObject> stored = m_templates.find(name);
    if (!stored)
        return EmailTemplateEngine::notFound(name);
    const Outcome<QJsonObject> data = EmailTemplateEngine::parseData(Inputs::string(call.input, "TemplateData"));
    if (!data)
        return data.error();

    Ses::MimeMessageBuilder builder;
    builder.setDate(call.now);
    builder.setMessageId(
        CapturedMailStore::newMessageId(call.now, m_context.random) + QStringLiteral("@email.amazonses.com"));
    builder.setBoundarySeed(m_context.random.generate());
    const Ses::RenderedEmailTemplate rendered = Ses::EmailTemplateRenderer::render(
        EmailTemplateRules::parts(name, stored->value(kContent).toObject()), data.value(), builder);
    if (!rendered.ok()) {
        for (const Ses::TemplateRenderResult *part : {&rendered.subject, &rendered.html, &rendered.text}) {
            if (!part->errors.isEmpty())
                return ServiceError::badRequest(
                    QStringLiteral("Template %1 could not be rendered: %2").arg(name, part->errors.first().message));
        }
    }
    // SES refuses to render a message with a value missing from the data (MissingRenderingAttribute).
    const QStringList missing = rendered.missingPaths();
    if (!missing.isEmpty())
        return ServiceError::badRequest(Ses::TemplateRenderer::sesMissingAttributeMessage(missing.first()));
    return QJsonObject{{QStringLiteral("RenderedTemplate"), QString::fromUtf8(rendered.mime)}};
}

} // namespace Sandbox
