#include <QJsonArray>
#include <QTest>

#include "models/ses/MimeParser.h"

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::CliRun;
using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

/// sesdesk-sandbox --demo-data seen through the unchanged AWS CLI: every part of the demo
/// account is there and the parts agree (statistics and quota, reputation and alarms).
class tst_SandboxDemoData : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--demo-data"), QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_cli;

    QJsonObject aws(const QStringList &arguments)
    {
        const CliRun run = m_cli->aws(arguments);
        if (run.exitCode != 0)
            qWarning().noquote() << arguments << run.err;
        return run.json().object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_cli = std::make_unique<SandboxCli>(m_sandbox);
    }

    void accountStatisticsAndQuotaAgree()
    {
        const QJsonObject account = aws({QStringLiteral("sesv2"), QStringLiteral("get-account")});
        QCOMPARE(account.value(QLatin1String("ProductionAccessEnabled")).toBool(), true);
        QCOMPARE(account.value(QLatin1String("Details"))
                     .toObject()
                     .value(QLatin1String("ReviewDetails"))
                     .toObject()
                     .value(QLatin1String("Status")),
            QJsonValue(QStringLiteral("GRANTED")));
        const double sent
            = account.value(QLatin1String("SendQuota")).toObject().value(QLatin1String("SentLast24Hours")).toDouble();
        QVERIFY(sent > 1000);

        const QJsonArray points = aws({QStringLiteral("ses"), QStringLiteral("get-send-statistics")})
                                      .value(QLatin1String("SendDataPoints"))
                                      .toArray();
        // Two weeks of 15-minute points, less the nights of marketing-only silence and the outage.
        QVERIFY2(points.size() > 1000 && points.size() <= 14 * 96 + 1, qPrintable(QString::number(points.size())));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        double lastDay = 0;
        double bounces = 0;
        double attempts = 0;
        for (const QJsonValue &v : points) {
            const QJsonObject p = v.toObject();
            const QDateTime t = QDateTime::fromString(p.value(QLatin1String("Timestamp")).toString(), Qt::ISODate);
            QVERIFY(t >= now.addDays(-14).addSecs(-60) && t <= now);
            attempts += p.value(QLatin1String("DeliveryAttempts")).toDouble();
            bounces += p.value(QLatin1String("Bounces")).toDouble();
            if (t >= now.addDays(-1).addSecs(60))
                lastDay += p.value(QLatin1String("DeliveryAttempts")).toDouble()
                    + p.value(QLatin1String("Rejects")).toDouble();
        }
        // The quota counts the same recipients, less the mailbox simulator's few.
        QVERIFY2(sent <= lastDay + 1000 && sent >= lastDay * 0.9,
            qPrintable(QStringLiteral("%1 vs %2").arg(sent).arg(lastDay)));
        QVERIFY(bounces / attempts > 0.005 && bounces / attempts < 0.05);
    }

    void reputationHistoryAndAlarms()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QJsonArray queries;
        for (const char *metric : {"Reputation.BounceRate", "Reputation.ComplaintRate"}) {
            queries.append(QJsonObject{{QStringLiteral("Id"), QString::fromLatin1(metric).mid(11).toLower()},
                {QStringLiteral("MetricStat"),
                    QJsonObject{{QStringLiteral("Metric"),
                                    QJsonObject{{QStringLiteral("Namespace"), QStringLiteral("AWS/SES")},
                                        {QStringLiteral("MetricName"), QLatin1String(metric)}}},
                        {QStringLiteral("Period"), 86400},
                        {QStringLiteral("Stat"), QStringLiteral("Maximum")}}}});
        }
        const QJsonArray results = aws({QStringLiteral("cloudwatch"),
                                           QStringLiteral("get-metric-data"),
                                           QStringLiteral("--metric-data-queries"),
                                           QString::fromUtf8(QJsonDocument(queries).toJson(QJsonDocument::Compact)),
                                           QStringLiteral("--start-time"),
                                           now.addDays(-14).toString(Qt::ISODate),
                                           QStringLiteral("--end-time"),
                                           now.toString(Qt::ISODate)})
                                       .value(QLatin1String("MetricDataResults"))
                                       .toArray();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &r : results) {
            const QJsonArray values = r.toObject().value(QLatin1String("Values")).toArray();
            QVERIFY(values.size() >= 14);
            double worst = 0;
            for (const QJsonValue &v : values)
                worst = std::max(worst, v.toDouble());
            // A bounce spike past 5 % and a complaint spike past 0.1 % in the two weeks.
            QVERIFY2(
                worst >= (r.toObject().value(QLatin1String("Id")).toString() == QLatin1String("bouncerate") ? 0.05
                                                                                                            : 0.001),
                qPrintable(QString::number(worst)));
        }
        const QJsonArray alarms = aws({QStringLiteral("cloudwatch"), QStringLiteral("describe-alarms")})
                                      .value(QLatin1String("MetricAlarms"))
                                      .toArray();
        QCOMPARE(alarms.size(), 4);
        for (const QJsonValue &alarm : alarms)
            QCOMPARE(alarm.toObject().value(QLatin1String("StateValue")).toString(), QStringLiteral("OK"));
    }

    void identitiesListsAndTemplates()
    {
        QHash<QString, QString> states;
        for (const QJsonValue &v : aws({QStringLiteral("sesv2"), QStringLiteral("list-email-identities")})
                                       .value(QLatin1String("EmailIdentities"))
                                       .toArray())
            states.insert(v.toObject().value(QLatin1String("IdentityName")).toString(),
                v.toObject().value(QLatin1String("VerificationStatus")).toString());
        QCOMPARE(states.size(), 7);
        QCOMPARE(QSet<QString>(states.cbegin(), states.cend()),
            (QSet<QString>{QStringLiteral("SUCCESS"), QStringLiteral("PENDING"), QStringLiteral("FAILED")}));

        const QJsonObject page = aws({QStringLiteral("sesv2"),
            QStringLiteral("list-suppressed-destinations"),
            QStringLiteral("--reasons"),
            QStringLiteral("COMPLAINT"),
            QStringLiteral("--page-size"),
            QStringLiteral("100")});
        QCOMPARE(page.value(QLatin1String("SuppressedDestinationSummaries")).toArray().size(), 100);
        QVERIFY(page.contains(QLatin1String("NextToken")));

        QCOMPARE(aws({QStringLiteral("sesv2"),
                         QStringLiteral("get-configuration-set-event-destinations"),
                         QStringLiteral("--configuration-set-name"),
                         QStringLiteral("transactional")})
                     .value(QLatin1String("EventDestinations"))
                     .toArray()
                     .size(),
            2);

        const QJsonObject rendered = aws({QStringLiteral("sesv2"),
            QStringLiteral("test-render-email-template"),
            QStringLiteral("--template-name"),
            QStringLiteral("OrderShipped_KR"),
            QStringLiteral("--template-data"),
            QStringLiteral(
                "{\"name\":\"지우\",\"order\":{\"id\":\"B-1\"},\"items\":[{\"name\":\"책\",\"quantity\":3}]}")});
        const Ses::MimePart message
            = Ses::MimeParser::parse(rendered.value(QLatin1String("RenderedTemplate")).toString().toUtf8());
        QCOMPARE(message.subject(), QStringLiteral("지우님, 주문하신 상품이 발송되었습니다 (주문 B-1)"));
        QVERIFY(
            message.findBody("text/html")->text().contains(QStringLiteral("배송 조회 번호는 곧 알려 드리겠습니다")));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxDemoData)
#include "tst_sandbox_demodata.moc"
