#include <QJsonArray>

#include "models/aws/AwsJob.h"
#include "models/ses/SesClient.h"

namespace Ses
{

namespace
{

Aws::Result<EmailTemplatePage> parseTemplatePage(const Aws::AwsResponse &response)
{
    EmailTemplatePage page;
    page.raw = response.json();
    const QJsonArray items = page.raw.value(QLatin1String("TemplatesMetadata")).toArray();
    page.templates.reserve(items.size());
    for (const QJsonValue &v : items)
        page.templates.append(EmailTemplateMetadata::fromJson(v.toObject()));
    page.nextToken = page.raw.value(QLatin1String("NextToken")).toString();
    return page;
}

} // namespace

Aws::AwsJob *SesClient::listEmailTemplates(
    const QString &nextToken, int pageSize, QObject *context, Callback<EmailTemplatePage> done)
{
    auto request
        = Aws::AwsRequest::restJson(QStringLiteral("ListEmailTemplates"), "GET", path({QStringLiteral("templates")}));
    if (!nextToken.isEmpty())
        request.query.append({QStringLiteral("NextToken"), nextToken});
    if (pageSize > 0)
        request.query.append({QStringLiteral("PageSize"), QString::number(pageSize)});
    return call<EmailTemplatePage>(std::move(request), context, &parseTemplatePage, std::move(done));
}

PagedCall *SesClient::listAllEmailTemplates(QObject *context, Callback<EmailTemplateList> done, int pageSize)
{
    struct State {
        EmailTemplateList list;
        QJsonArray rawItems;
    };
    auto state = std::make_shared<State>();
    return PagedCall::start<EmailTemplatePage, EmailTemplateList>(context,
        {[this, pageSize](const QString &token, QObject *ctx, Callback<EmailTemplatePage> onPage) {
             return listEmailTemplates(token, pageSize, ctx, std::move(onPage));
         },
            [state](const EmailTemplatePage &page) {
                state->list.templates.append(page.templates);
                for (const QJsonValue &v : page.raw.value(QLatin1String("TemplatesMetadata")).toArray())
                    state->rawItems.append(v);
                return std::pair(static_cast<int>(state->list.templates.size()), page.nextToken);
            },
            [state] {
                state->list.raw = QJsonObject{{QStringLiteral("TemplatesMetadata"), state->rawItems}};
                return state->list;
            }},
        std::move(done));
}

Aws::AwsJob *SesClient::getEmailTemplate(const QString &name, QObject *context, Callback<EmailTemplate> done)
{
    return call<EmailTemplate>(
        Aws::AwsRequest::restJson(QStringLiteral("GetEmailTemplate"), "GET", path({QStringLiteral("templates"), name})),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<EmailTemplate> {
            return EmailTemplate::fromJson(r.json());
        },
        std::move(done));
}

Aws::AwsJob *SesClient::createEmailTemplate(
    const EmailTemplate &emailTemplate, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(
            QStringLiteral("CreateEmailTemplate"), "POST", path({QStringLiteral("templates")}), emailTemplate.toJson()),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::updateEmailTemplate(
    const QString &name, const EmailTemplateContent &content, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(Aws::AwsRequest::restJson(QStringLiteral("UpdateEmailTemplate"),
                                "PUT",
                                path({QStringLiteral("templates"), name}),
                                QJsonObject{{QStringLiteral("TemplateContent"), content.toJson()}}),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::deleteEmailTemplate(const QString &name, QObject *context, Callback<Aws::Empty> done)
{
    return call<Aws::Empty>(
        Aws::AwsRequest::restJson(
            QStringLiteral("DeleteEmailTemplate"), "DELETE", path({QStringLiteral("templates"), name})),
        context,
        &SesClient::parseEmpty,
        std::move(done));
}

Aws::AwsJob *SesClient::testRenderEmailTemplate(
    const QString &name, const QString &templateData, QObject *context, Callback<TestRenderEmailTemplateResult> done)
{
    return call<TestRenderEmailTemplateResult>(
        Aws::AwsRequest::restJson(QStringLiteral("TestRenderEmailTemplate"),
            "POST",
            path({QStringLiteral("templates"), name, QStringLiteral("render")}),
            QJsonObject{{QStringLiteral("TemplateData"), templateData}}),
        context,
        [](const Aws::AwsResponse &r) -> Aws::Result<TestRenderEmailTemplateResult> {
            TestRenderEmailTemplateResult rendered;
            rendered.raw = r.json();
            rendered.renderedTemplate = rendered.raw.value(QLatin1String("RenderedTemplate")).toString();
            return rendered;
        },
        std::move(done));
}

} // namespace Ses
