// Prints how fast the SES template engine works on a realistic order-confirmation email:
// a ~20 KB HTML template (inline CSS, header, footer, an {{#each}} over 100 order lines with
// conditionals and nested paths), rendered with JSON data, then built into a MIME message as
// TestRenderEmailTemplate returns it.
//
//   bench_templaterender [seconds per measurement, default 2]

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include "models/ses/MimeMessageBuilder.h"
#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateRenderer.h"

using namespace Ses;

namespace
{

QString buildTemplate()
{
    QString t;
    t += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{{shop.name}} order</title>"
                        "<style>\n");
    // Inline CSS, as marketing templates carry plenty of it.
    for (int i = 0; i < 60; ++i) {
        t += QStringLiteral(".c%1 { font-family: Helvetica, Arial, sans-serif; color: #333333; padding: %1px; "
                            "margin: 0 auto; line-height: 1.4; }\n")
                 .arg(i);
    }
    t += QStringLiteral(
        "</style></head><body>{{ses:openTracker}}\n"
        "<table class=\"c1\" width=\"600\"><tr><td class=\"c2\"><h1>안녕하세요 {{customer.name}}님,</h1>"
        "<p>Thank you for your order <b>#{{order.id}}</b> placed on {{order.date}}.</p></td></tr>\n"
        "{{#if order.gift}}<tr><td class=\"c3\">Gift message: {{order.giftMessage}}</td></tr>{{/if}}\n"
        "<tr><td><table class=\"c4\">\n"
        "{{#each order.lines}}\n"
        "  <tr class=\"{{#if @first}}first{{else if @last}}last{{else}}row{{/if}}\">\n"
        "    <td class=\"c5\">{{@index}}</td><td class=\"c6\">{{sku}}</td>\n"
        "    <td class=\"c7\">{{name}}{{#if options}} ({{#each options}}{{this}}{{#unless @last}}, "
        "{{/unless}}{{/each}}){{/if}}</td>\n"
        "    <td class=\"c8\">{{quantity}} × {{price}} {{../currency}}</td>\n"
        "  </tr>\n"
        "{{/each}}\n"
        "</table></td></tr>\n");
    t += QStringLiteral("<tr><td class=\"c9\">Total: {{order.total}} {{currency}}</td></tr>\n");
    while (t.size() < 19 * 1024) {
        t += QStringLiteral("<tr><td class=\"c10\"><p>Our store {{shop.name}} ships from {{shop.city}}. Returns are "
                            "accepted within 30 days; see {{shop.url}} for details. 배송 문의는 고객센터로 연락해 "
                            "주세요.</p></td></tr>\n");
    }
    t += QStringLiteral("<tr><td class=\"c11\"><a href=\"{{amazonSESUnsubscribeUrl}}\">Unsubscribe</a></td></tr>"
                        "</table></body></html>\n");
    return t;
}

QJsonObject buildData()
{
    QJsonArray lines;
    for (int i = 0; i < 100; ++i) {
        QJsonObject line{{QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(10000 + i)},
            {QStringLiteral("name"), QStringLiteral("상품 %1 — Cotton T-shirt").arg(i)},
            {QStringLiteral("quantity"), 1 + i % 3},
            {QStringLiteral("price"), 12.5 + i}};
        if (i % 4 == 0)
            line.insert(QStringLiteral("options"), QJsonArray{QStringLiteral("Red"), QStringLiteral("L")});
        lines.append(line);
    }
    return QJsonObject{
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), QStringLiteral("김민준")}}},
        {QStringLiteral("shop"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Example Shop")},
                {QStringLiteral("city"), QStringLiteral("Seoul")},
                {QStringLiteral("url"), QStringLiteral("https://shop.example.com/returns")}}},
        {QStringLiteral("currency"), QStringLiteral("KRW")},
        {QStringLiteral("order"),
            QJsonObject{{QStringLiteral("id"), QStringLiteral("2024-000123")},
                {QStringLiteral("date"), QStringLiteral("2024-03-05")},
                {QStringLiteral("gift"), true},
                {QStringLiteral("giftMessage"), QStringLiteral("생일 축하해!")},
                {QStringLiteral("total"), 6500},
                {QStringLiteral("lines"), lines}}},
    };
}

template <typename F> double perSecond(double seconds, F &&work)
{
    QElapsedTimer timer;
    timer.start();
    qint64 count = 0;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        work();
        ++count;
    }
    return count / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = app.arguments().size() > 1 ? app.arguments().at(1).toDouble() : 2.0;

    const QString source = buildTemplate();
    const QJsonObject data = buildData();
    const TemplateDocument document = TemplateDocument::parse(source);
    if (!document.isValid()) {
        std::fprintf(stderr, "template does not parse: %s\n", qPrintable(document.diagnostics().first().message));
        return 1;
    }
    const TemplateRenderer renderer;
    const TemplateRenderResult sample = renderer.render(document, data);
    if (!sample.ok() || !sample.missing.isEmpty()) {
        std::fprintf(stderr, "sample render failed or has missing values\n");
        return 1;
    }

    std::printf("template: %lld characters (%lld UTF-8 bytes), each over 100 items; output %lld characters\n",
        qlonglong(source.size()),
        qlonglong(source.toUtf8().size()),
        qlonglong(sample.text.size()));

    const double parses = perSecond(seconds, [&] {
        const TemplateDocument parsed = TemplateDocument::parse(source);
        if (!parsed.isValid())
            std::abort();
    });
    std::printf("parse:        %10.0f templates/second\n", parses);

    qsizetype sink = 0;
    const double renders = perSecond(seconds, [&] {
        sink += renderer.render(document, data).text.size();
    });
    std::printf("render:       %10.0f renders/second\n", renders);

    TemplateRenderer::Options escaped;
    escaped.escaping = TemplateRenderer::Escaping::Html;
    const TemplateRenderer escaping(escaped);
    const double escapedRenders = perSecond(seconds, [&] {
        sink += escaping.render(document, data).text.size();
    });
    std::printf("render (HTML-escaped): %10.0f renders/second\n", escapedRenders);

    const QDateTime date = QDateTime::currentDateTimeUtc();
    const double mimes = perSecond(seconds, [&] {
        MimeMessageBuilder builder;
        builder.setDate(date)
            .setSubject(QStringLiteral("주문 확인 #2024-000123"))
            .setTextBody(QStringLiteral("Order 2024-000123"))
            .setHtmlBody(sample.text)
            .setBoundarySeed(1);
        sink += builder.build().size();
    });
    std::printf("render + MIME: %9.0f RenderedTemplate/second (MIME build of the rendered HTML alone: %.0f/s)\n",
        1.0 / (1.0 / renders + 1.0 / mimes),
        mimes);
    return sink > 0 ? 0 : 1;
}
