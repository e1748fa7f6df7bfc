#pragma once

#include "sandbox/mail/SendingService.h"
#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

struct SandboxContext;
struct OutboundMessage;

/// SendEmail (Simple, Raw and Template content) and SendBulkEmail: reads the content into an
/// OutboundMessage and hands it to the SendingService. Templated content goes through the
/// TemplateRenderer hook, and answers clearly when no template family is installed.
class SendingOperations final : public OperationFamily
{
public:
    explicit SendingOperations(SandboxContext &context);
    void registerWith(OperationRegistry &registry) override;

    static constexpr int kMaxBulkEntries = 50;

private:
    JsonOutcome sendEmail(const OperationCall &call);
    JsonOutcome sendBulkEmail(const OperationCall &call);

    /// From, reply-to, feedback address, configuration set, tags and list management of a call.
    Check readCommon(const QJsonObject &input, OutboundMessage &message) const;
    Check readSimple(const QJsonObject &simple, OutboundMessage &message) const;
    Check readRaw(const QJsonObject &raw, const QJsonObject &input, OutboundMessage &message) const;
    Check readTemplate(const QJsonObject &templateMember,
        const QString &templateData,
        const QJsonArray &headers,
        const QDateTime &now,
        OutboundMessage &message) const;
    static Check readDestination(const QJsonObject &destination, OutboundMessage &message);
    static Check checkTags(const QJsonArray &tags);

    SandboxContext &m_context;
    SendingService m_service;
};

} // namespace Sandbox
