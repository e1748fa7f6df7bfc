#include <QJsonArray>
#include <QTest>

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

namespace
{
QStringList set(const QString &command, const QString &name)
{
    return {command, QStringLiteral("--configuration-set-name"), name};
}
const QString kSnsTopic = QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-events");
} // namespace

/// Configuration sets and their event destinations through the unchanged AWS CLI: every
/// Put*Options call, the ten-destination limit, name rules and SES's errors.
class tst_SandboxConfigSets : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_cli = std::make_unique<SandboxCli>(m_sandbox);
    }

    void createWithOptions()
    {
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-configuration-set"),
                         QStringLiteral("--configuration-set-name"),
                         QStringLiteral("transactional"),
                         QStringLiteral("--delivery-options"),
                         QStringLiteral("TlsPolicy=REQUIRE,MaxDeliverySeconds=600"),
                         QStringLiteral("--reputation-options"),
                         QStringLiteral("ReputationMetricsEnabled=true"),
                         QStringLiteral("--suppression-options"),
                         QStringLiteral("SuppressedReasons=COMPLAINT"),
                         QStringLiteral("--tags"),
                         QStringLiteral("Key=team,Value=mail")},
            &ok);
        QVERIFY(ok);
        const QJsonObject got
            = m_cli->sesv2(set(QStringLiteral("get-configuration-set"), QStringLiteral("transactional")), &ok);
        QVERIFY(ok);
        QCOMPARE(got.value(QLatin1String("ConfigurationSetName")).toString(), QStringLiteral("transactional"));
        QCOMPARE(got.value(QLatin1String("DeliveryOptions")).toObject().value(QLatin1String("TlsPolicy")).toString(),
            QStringLiteral("REQUIRE"));
        QCOMPARE(
            got.value(QLatin1String("DeliveryOptions")).toObject().value(QLatin1String("MaxDeliverySeconds")).toInt(),
            600);
        QCOMPARE(got.value(QLatin1String("ReputationOptions"))
                     .toObject()
                     .value(QLatin1String("ReputationMetricsEnabled"))
                     .toBool(),
            true);
        QCOMPARE(got.value(QLatin1String("SendingOptions")).toObject().value(QLatin1String("SendingEnabled")).toBool(),
            true);
        QCOMPARE(got.value(QLatin1String("SuppressionOptions"))
                     .toObject()
                     .value(QLatin1String("SuppressedReasons"))
                     .toArray(),
            QJsonArray{QStringLiteral("COMPLAINT")});
        QCOMPARE(got.value(QLatin1String("Tags")).toArray().size(), 1);
        QVERIFY(!got.contains(QLatin1String("_EventDestinations")));
    }

    void putOptions()
    {
        const QString name = QStringLiteral("transactional");
        bool ok = false;
        for (const QStringList &args : {set(QStringLiteral("put-configuration-set-sending-options"), name)
                     << QStringLiteral("--no-sending-enabled"),
                 set(QStringLiteral("put-configuration-set-reputation-options"), name)
                     << QStringLiteral("--no-reputation-metrics-enabled"),
                 set(QStringLiteral("put-configuration-set-tracking-options"), name)
                     << QStringLiteral("--custom-redirect-domain") << QStringLiteral("click.example.com")
                     << QStringLiteral("--https-policy") << QStringLiteral("REQUIRE"),
                 set(QStringLiteral("put-configuration-set-delivery-options"), name)
                     << QStringLiteral("--tls-policy") << QStringLiteral("OPTIONAL"),
                 set(QStringLiteral("put-configuration-set-suppression-options"), name) << QStringLiteral(
                     "--suppressed-reasons") << QStringLiteral("BOUNCE") << QStringLiteral("COMPLAINT"),
                 set(QStringLiteral("put-configuration-set-vdm-options"), name) << QStringLiteral(
                     "--vdm-options") << QStringLiteral("DashboardOptions={EngagementMetrics=DISABLED}"),
                 set(QStringLiteral("put-configuration-set-archiving-options"), name)
                     << QStringLiteral("--archive-arn")
                     << QStringLiteral(
                            "arn:aws:ses:us-east-1:123456789012:mailmanager-archive/a-abcdefghijklmnopqrstuvwx")}) {
            m_cli->sesv2(args, &ok);
            QVERIFY2(ok, qPrintable(args.first()));
        }
        const QJsonObject got = m_cli->sesv2(set(QStringLiteral("get-configuration-set"), name));
        QCOMPARE(
            got.value(QLatin1String("SendingOptions")).toObject().value(QLatin1String("SendingEnabled")).toBool(true),
            false);
        QCOMPARE(got.value(QLatin1String("ReputationOptions"))
                     .toObject()
                     .value(QLatin1String("ReputationMetricsEnabled"))
                     .toBool(true),
            false);
        QCOMPARE(got.value(QLatin1String("TrackingOptions"))
                     .toObject()
                     .value(QLatin1String("CustomRedirectDomain"))
                     .toString(),
            QStringLiteral("click.example.com"));
        QCOMPARE(got.value(QLatin1String("TrackingOptions")).toObject().value(QLatin1String("HttpsPolicy")).toString(),
            QStringLiteral("REQUIRE"));
        QCOMPARE(got.value(QLatin1String("DeliveryOptions")).toObject().value(QLatin1String("TlsPolicy")).toString(),
            QStringLiteral("OPTIONAL"));
        QVERIFY(!got.value(QLatin1String("DeliveryOptions")).toObject().contains(QLatin1String("MaxDeliverySeconds")));
        QCOMPARE(got.value(QLatin1String("SuppressionOptions"))
                     .toObject()
                     .value(QLatin1String("SuppressedReasons"))
                     .toArray()
                     .size(),
            2);
        QCOMPARE(got.value(QLatin1String("VdmOptions"))
                     .toObject()
                     .value(QLatin1String("DashboardOptions"))
                     .toObject()
                     .value(QLatin1String("EngagementMetrics"))
                     .toString(),
            QStringLiteral("DISABLED"));
        QVERIFY(got.value(QLatin1String("ArchivingOptions"))
                    .toObject()
                    .value(QLatin1String("ArchiveArn"))
                    .toString()
                    .contains(QLatin1String("mailmanager-archive")));

        // Without the domain, tracking options are removed.
        m_cli->sesv2(set(QStringLiteral("put-configuration-set-tracking-options"), name), &ok);
        QVERIFY(ok);
        QVERIFY(!m_cli->sesv2(set(QStringLiteral("get-configuration-set"), name))
                     .contains(QLatin1String("TrackingOptions")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate") << set(QStringLiteral("create-configuration-set"), QStringLiteral("transactional"))
                                   << QStringLiteral("AlreadyExistsException")
                                   << QStringLiteral("Configuration set <transactional> already exists.");
        QTest::newRow("name with a space")
            << set(QStringLiteral("create-configuration-set"), QStringLiteral("my set"))
            << QStringLiteral("BadRequestException") << QStringLiteral("Invalid configuration set name <my set>.");
        QTest::newRow("name too long") << set(QStringLiteral("create-configuration-set"), QString(65, QLatin1Char('x')))
                                       << QStringLiteral("BadRequestException")
                                       << QStringLiteral("Invalid configuration set name");
        QTest::newRow("unknown set") << set(QStringLiteral("get-configuration-set"), QStringLiteral("nope"))
                                     << QStringLiteral("NotFoundException")
                                     << QStringLiteral("Configuration set <nope> does not exist.");
        QTest::newRow("unknown pool")
            << (set(QStringLiteral("put-configuration-set-delivery-options"), QStringLiteral("transactional"))
                   << QStringLiteral("--sending-pool-name") << QStringLiteral("nope"))
            << QStringLiteral("NotFoundException") << QStringLiteral("Dedicated IP pool <nope> does not exist.");
        QTest::newRow("delivery time")
            << (set(QStringLiteral("put-configuration-set-delivery-options"), QStringLiteral("transactional"))
                   << QStringLiteral("--max-delivery-seconds") << QStringLiteral("60000"))
            << QStringLiteral("BadRequestException")
            << QStringLiteral("1 validation error detected: Value '60000' at 'maxDeliverySeconds' failed to satisfy "
                              "constraint: Member must have value less than or equal to 50400");
        QTest::newRow("destination in an unknown set")
            << (set(QStringLiteral("create-configuration-set-event-destination"), QStringLiteral("nope"))
                   << QStringLiteral("--event-destination-name") << QStringLiteral("d")
                   << QStringLiteral("--event-destination")
                   << QStringLiteral("MatchingEventTypes=SEND,SnsDestination={TopicArn=%1}").arg(kSnsTopic))
            << QStringLiteral("NotFoundException") << QStringLiteral("Configuration set <nope> does not exist.");
        QTest::newRow("two destinations")
            << (set(QStringLiteral("create-configuration-set-event-destination"), QStringLiteral("transactional"))
                   << QStringLiteral("--event-destination-name") << QStringLiteral("d")
                   << QStringLiteral("--event-destination")
                   << QStringLiteral("MatchingEventTypes=SEND,SnsDestination={TopicArn=%1},EventBridgeDestination={"
                                     "EventBusArn=arn:aws:events:us-east-1:123456789012:event-bus/default}")
                          .arg(kSnsTopic))
            << QStringLiteral("BadRequestException")
            << QStringLiteral("An event destination needs exactly one destination");
        QTest::newRow("topic in another region")
            << (set(QStringLiteral("create-configuration-set-event-destination"), QStringLiteral("transactional"))
                   << QStringLiteral("--event-destination-name") << QStringLiteral("d")
                   << QStringLiteral("--event-destination")
                   << QStringLiteral(
                          "MatchingEventTypes=SEND,SnsDestination={TopicArn=arn:aws:sns:eu-west-1:123456789012:t}"))
            << QStringLiteral("BadRequestException") << QStringLiteral("The SNS topic");
        QTest::newRow("bad destination name")
            << (set(QStringLiteral("create-configuration-set-event-destination"), QStringLiteral("transactional"))
                   << QStringLiteral("--event-destination-name") << QStringLiteral("bad name!")
                   << QStringLiteral("--event-destination")
                   << QStringLiteral("MatchingEventTypes=SEND,SnsDestination={TopicArn=%1}").arg(kSnsTopic))
            << QStringLiteral("BadRequestException") << QStringLiteral("Invalid event destination name");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const TestSupport::AwsCliError error = m_cli->sesv2Error(arguments);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    }

    void eventDestinations()
    {
        const QString name = QStringLiteral("transactional");
        bool ok = false;
        m_cli->sesv2(set(QStringLiteral("create-configuration-set-event-destination"), name)
                << QStringLiteral("--event-destination-name") << QStringLiteral("to-cloudwatch")
                << QStringLiteral("--event-destination")
                << QStringLiteral("Enabled=true,MatchingEventTypes=SEND,BOUNCE,COMPLAINT,CloudWatchDestination={"
                                  "DimensionConfigurations=[{DimensionName=campaign,DimensionValueSource=MESSAGE_TAG,"
                                  "DefaultDimensionValue=none}]}"),
            &ok);
        QVERIFY(ok);
        QJsonArray destinations = m_cli->sesv2(set(QStringLiteral("get-configuration-set-event-destinations"), name))
                                      .value(QLatin1String("EventDestinations"))
                                      .toArray();
        QCOMPARE(destinations.size(), 1);
        QJsonObject d = destinations.first().toObject();
        QCOMPARE(d.value(QLatin1String("Name")).toString(), QStringLiteral("to-cloudwatch"));
        QCOMPARE(d.value(QLatin1String("Enabled")).toBool(), true);
        QCOMPARE(d.value(QLatin1String("MatchingEventTypes")).toArray().size(), 3);
        QVERIFY(d.contains(QLatin1String("CloudWatchDestination")));

        m_cli->sesv2({QStringLiteral("update-configuration-set-event-destination"),
                         QStringLiteral("--configuration-set-name"),
                         name,
                         QStringLiteral("--event-destination-name"),
                         QStringLiteral("to-cloudwatch"),
                         QStringLiteral("--event-destination"),
                         QStringLiteral("Enabled=false,MatchingEventTypes=DELIVERY,SnsDestination={TopicArn=%1}")
                             .arg(kSnsTopic)},
            &ok);
        QVERIFY(ok);
        d = m_cli->sesv2(set(QStringLiteral("get-configuration-set-event-destinations"), name))
                .value(QLatin1String("EventDestinations"))
                .toArray()
                .first()
                .toObject();
        QCOMPARE(d.value(QLatin1String("Enabled")).toBool(true), false);
        QVERIFY(d.contains(QLatin1String("SnsDestination")));
        QVERIFY(!d.contains(QLatin1String("CloudWatchDestination")));

        QCOMPARE(m_cli
                     ->sesv2Error(set(QStringLiteral("create-configuration-set-event-destination"), name)
                         << QStringLiteral("--event-destination-name") << QStringLiteral("to-cloudwatch")
                         << QStringLiteral("--event-destination")
                         << QStringLiteral("MatchingEventTypes=SEND,SnsDestination={TopicArn=%1}").arg(kSnsTopic))
                     .code,
            QStringLiteral("AlreadyExistsException"));

        // At most ten per set.
        for (int i = 1; i < 10; ++i) {
            m_cli->sesv2(set(QStringLiteral("create-configuration-set-event-destination"), name)
                    << QStringLiteral("--event-destination-name") << QStringLiteral("d%1").arg(i)
                    << QStringLiteral("--event-destination")
                    << QStringLiteral("MatchingEventTypes=SEND,SnsDestination={TopicArn=%1}").arg(kSnsTopic),
                &ok);
            QVERIFY(ok);
        }
        const TestSupport::AwsCliError full
            = m_cli->sesv2Error(set(QStringLiteral("create-configuration-set-event-destination"), name)
                << QStringLiteral("--event-destination-name") << QStringLiteral("d10")
                << QStringLiteral("--event-destination")
                << QStringLiteral("MatchingEventTypes=SEND,SnsDestination={TopicArn=%1}").arg(kSnsTopic));
        QCOMPARE(full.code, QStringLiteral("LimitExceededException"));

        m_cli->sesv2({QStringLiteral("delete-configuration-set-event-destination"),
                         QStringLiteral("--configuration-set-name"),
                         name,
                         QStringLiteral("--event-destination-name"),
                         QStringLiteral("d3")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli->sesv2(set(QStringLiteral("get-configuration-set-event-destinations"), name))
                     .value(QLatin1String("EventDestinations"))
                     .toArray()
                     .size(),
            9);
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("delete-configuration-set-event-destination"),
                         QStringLiteral("--configuration-set-name"),
                         name,
                         QStringLiteral("--event-destination-name"),
                         QStringLiteral("d3")})
                     .code,
            QStringLiteral("NotFoundException"));
    }

    void listPagingTagsAndIdentityDefault()
    {
        bool ok = false;
        for (const char *n : {"b-set", "c-set", "a-set"}) {
            m_cli->sesv2(set(QStringLiteral("create-configuration-set"), QString::fromLatin1(n)), &ok);
            QVERIFY(ok);
        }
        const QJsonObject page = m_cli->sesv2({QStringLiteral("list-configuration-sets"),
            QStringLiteral("--no-paginate"),
            QStringLiteral("--page-size"),
            QStringLiteral("2")});
        QCOMPARE(page.value(QLatin1String("ConfigurationSets")).toArray(),
            (QJsonArray{QStringLiteral("a-set"), QStringLiteral("b-set")}));
        const QJsonObject rest = m_cli->sesv2({QStringLiteral("list-configuration-sets"),
            QStringLiteral("--no-paginate"),
            QStringLiteral("--next-token"),
            page.value(QLatin1String("NextToken")).toString()});
        QCOMPARE(rest.value(QLatin1String("ConfigurationSets")).toArray(),
            (QJsonArray{QStringLiteral("c-set"), QStringLiteral("transactional")}));
        QVERIFY(!rest.contains(QLatin1String("NextToken")));

        const QString arn = QStringLiteral("arn:aws:ses:us-east-1:123456789012:configuration-set/a-set");
        m_cli->sesv2({QStringLiteral("tag-resource"),
                         QStringLiteral("--resource-arn"),
                         arn,
                         QStringLiteral("--tags"),
                         QStringLiteral("Key=k,Value=v")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli->sesv2({QStringLiteral("list-tags-for-resource"), QStringLiteral("--resource-arn"), arn})
                     .value(QLatin1String("Tags"))
                     .toArray()
                     .size(),
            1);

        m_cli->sesv2({QStringLiteral("create-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com"),
                         QStringLiteral("--configuration-set-name"),
                         QStringLiteral("a-set")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli
                     ->sesv2({QStringLiteral("get-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com")})
                     .value(QLatin1String("ConfigurationSetName"))
                     .toString(),
            QStringLiteral("a-set"));
        m_cli->sesv2({QStringLiteral("put-email-identity-configuration-set-attributes"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com")},
            &ok);
        QVERIFY(ok);
        QVERIFY(!m_cli
                     ->sesv2({QStringLiteral("get-email-identity"),
                         QStringLiteral("--email-identity"),
                         QStringLiteral("example.com")})
                     .contains(QLatin1String("ConfigurationSetName")));
    }

    void deleteSet()
    {
        bool ok = false;
        m_cli->sesv2(set(QStringLiteral("delete-configuration-set"), QStringLiteral("transactional")), &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli
                     ->sesv2Error(set(
                         QStringLiteral("get-configuration-set-event-destinations"), QStringLiteral("transactional")))
                     .code,
            QStringLiteral("NotFoundException"));
        QCOMPARE(
            m_cli->sesv2Error(set(QStringLiteral("delete-configuration-set"), QStringLiteral("transactional"))).code,
            QStringLiteral("NotFoundException"));
    }
};

QTEST_MAIN(tst_SandboxConfigSets)
#include "tst_sandbox_configsets.moc"
