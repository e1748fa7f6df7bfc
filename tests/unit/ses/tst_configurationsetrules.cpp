// The rules checked before a configuration set or event destination reaches SES: names, domains,
// event types per destination kind, CloudWatch dimensions, and ARNs of the set's region, each
// problem naming its field.
#include <QTest>

#include "models/ses/ConfigurationSetRules.h"

using Rules = Ses::ConfigurationSetRules;
using Kind = Ses::EventDestination::Kind;

class tst_ConfigurationSetRules : public QObject
{
    Q_OBJECT

    static Ses::EventDestination valid(Kind kind)
    {
        Ses::EventDestination d;
        d.name = QStringLiteral("dest-1");
        d.kind = kind;
        d.matchingEventTypes = {Ses::EventTypes::Send, Ses::EventTypes::Bounce};
        d.cloudWatchDimensions = {{QStringLiteral("campaign"), QStringLiteral("MESSAGE_TAG"), QStringLiteral("none")}};
        d.firehoseDeliveryStreamArn = QStringLiteral("arn:aws:firehose:eu-west-1:123456789012:deliverystream/ses");
        d.firehoseIamRoleArn = QStringLiteral("arn:aws:iam::123456789012:role/ses-firehose");
        d.eventBusArn = QStringLiteral("arn:aws:events:eu-west-1:123456789012:event-bus/default");
        d.snsTopicArn = QStringLiteral("arn:aws:sns:eu-west-1:123456789012:ses-events");
        return d;
    }

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem"); // a fragment of it; empty: valid
        QTest::newRow("simple") << QStringLiteral("transactional") << QString();
        QTest::newRow("all kinds") << QStringLiteral("A-z_0-9") << QString();
        QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << QString();
        QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << QStringLiteral("65 characters long");
        QTest::newRow("empty") << QString() << QStringLiteral("is missing");
        QTest::newRow("space") << QStringLiteral("my set") << QStringLiteral("a space");
        QTest::newRow("dot") << QStringLiteral("my.set") << QStringLiteral("\".\"");
        QTest::newRow("non-ASCII") << QStringLiteral("café") << QStringLiteral("\"é\"");
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        const QString got = Rules::nameProblem(name, QStringLiteral("Configuration set name"));
        if (problem.isEmpty()) {
            QVERIFY2(got.isEmpty(), qPrintable(got));
        } else {
            QVERIFY2(got.contains(problem), qPrintable(got));
            QVERIFY2(got.startsWith(QStringLiteral("Configuration set name")), qPrintable(got));
        }
    }

    void domains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<bool>("valid");
        QTest::newRow("subdomain") << QStringLiteral("track.example.com") << true;
        QTest::newRow("IDN") << QStringLiteral("klick.bücher.example") << true;
        QTest::newRow("single label") << QStringLiteral("localhost") << false;
        QTest::newRow("underscore") << QStringLiteral("tr_ack.example.com") << false;
        QTest::newRow("leading hyphen") << QStringLiteral("-x.example.com") << false;
        QTest::newRow("URL") << QStringLiteral("https://track.example.com") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void domains()
    {
        QFETCH(QString, domain);
        QFETCH(bool, valid);
        QCOMPARE(Rules::domainProblem(domain).isEmpty(), valid);
    }

    void destinations_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("field"); // -1: valid
        QTest::addColumn<QString>("problem");
        const int none = -1;
        for (Kind kind : {Kind::CloudWatch, Kind::KinesisFirehose, Kind::EventBridge, Kind::Sns, Kind::Pinpoint})
            QTest::addRow("valid %d", int(kind)) << int(kind) << QString() << none << QString();
        QTest::newRow("bad name") << int(Kind::Sns) << QStringLiteral("name=a b") << int(Rules::Field::Name)
                                  << QStringLiteral("Event destination name");
        QTest::newRow("no event types") << int(Kind::Sns) << QStringLiteral("types=") << int(Rules::Field::EventTypes)
                                        << QStringLiteral("at least one event type");
        QTest::newRow("Pinpoint delays") << int(Kind::Pinpoint) << QStringLiteral("types=DELIVERY_DELAY")
                                         << int(Rules::Field::EventTypes) << QStringLiteral("Pinpoint");
        QTest::newRow("SNS delays") << int(Kind::Sns) << QStringLiteral("types=DELIVERY_DELAY,SUBSCRIPTION") << none
                                    << QString();
        QTest::newRow("SNS other region")
            << int(Kind::Sns) << QStringLiteral("sns=arn:aws:sns:us-east-1:123456789012:t")
            << int(Rules::Field::SnsTopic) << QStringLiteral("us-east-1");
        QTest::newRow("SNS FIFO") << int(Kind::Sns) << QStringLiteral("sns=arn:aws:sns:eu-west-1:123456789012:t.fifo")
                                  << int(Rules::Field::SnsTopic) << QStringLiteral("FIFO");
        QTest::newRow("SNS not an ARN") << int(Kind::Sns) << QStringLiteral("sns=ses-events")
                                        << int(Rules::Field::SnsTopic) << QStringLiteral("not an ARN");
        QTest::newRow("SNS wrong service")
            << int(Kind::Sns) << QStringLiteral("sns=arn:aws:sqs:eu-west-1:123456789012:q")
            << int(Rules::Field::SnsTopic) << QStringLiteral("sqs");
        QTest::newRow("Firehose role not a role")
            << int(Kind::KinesisFirehose) << QStringLiteral("role=arn:aws:iam::123456789012:user/bob")
            << int(Rules::Field::FirehoseIamRole) << QStringLiteral("role/");
        QTest::newRow("Firehose stream missing")
            << int(Kind::KinesisFirehose) << QStringLiteral("stream=") << int(Rules::Field::FirehoseDeliveryStream)
            << QStringLiteral("is missing");
        QTest::newRow("EventBridge not a bus")
            << int(Kind::EventBridge) << QStringLiteral("bus=arn:aws:events:eu-west-1:123456789012:rule/x")
            << int(Rules::Field::EventBus) << QStringLiteral("event-bus/");
        QTest::newRow("CloudWatch no dimension")
            << int(Kind::CloudWatch) << QStringLiteral("dims=") << int(Rules::Field::CloudWatchDimensions)
            << QStringLiteral("at least one dimension");
        QTest::newRow("CloudWatch bad name")
            << int(Kind::CloudWatch) << QStringLiteral("dim=camp aign|MESSAGE_TAG|x")
            << int(Rules::Field::CloudWatchDimensions) << QStringLiteral("Dimension 1");
        QTest::newRow("CloudWatch ses tag")
            << int(Kind::CloudWatch) << QStringLiteral("dim=ses:from-domain|MESSAGE_TAG|unknown") << none << QString();
        QTest::newRow("CloudWatch bad value")
            << int(Kind::CloudWatch) << QStringLiteral("dim=campaign|MESSAGE_TAG|a b")
            << int(Rules::Field::CloudWatchDimensions) << QStringLiteral("default value");
        QTest::newRow("CloudWatch From header") << int(Kind::CloudWatch) << QStringLiteral("dim=from|EMAIL_HEADER|x")
                                                << int(Rules::Field::CloudWatchDimensions) << QStringLiteral("From");
        QTest::newRow("CloudWatch From tag")
            << int(Kind::CloudWatch) << QStringLiteral("dim=from|MESSAGE_TAG|x") << none << QString();
        QTest::newRow("Pinpoint without project")
            << int(Kind::Pinpoint) << QStringLiteral("pinpoint=") << none << QString();
    }
    void destinations()
    {
        QFETCH(int, kind);
        QFETCH(QString, change);
        QFETCH(int, field);
        QFETCH(QString, problem);
        Ses::EventDestination d = valid(static_cast<Kind>(kind));
        const QString key = change.section(QLatin1Char('='), 0, 0);
        const QString value = change.section(QLatin1Char('='), 1);
        if (key == QLatin1String("name"))
            d.name = value;
        else if (key == QLatin1String("types"))
            d.matchingEventTypes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (key == QLatin1String("sns"))
            d.snsTopicArn = value;
        else if (key == QLatin1String("role"))
            d.firehoseIamRoleArn = value;
        else if (key == QLatin1String("stream"))
            d.firehoseDeliveryStreamArn = value;
        else if (key == QLatin1String("bus"))
            d.eventBusArn = value;
        else if (key == QLatin1String("pinpoint"))
            d.pinpointApplicationArn = value;
        else if (key == QLatin1String("dims"))
            d.cloudWatchDimensions.clear();
        else if (key == QLatin1String("dim")) {
            const QStringList p = value.split(QLatin1Char('|'));
            d.cloudWatchDimensions = {{p.at(0), p.at(1), p.at(2)}};
        }
        const QList<Rules::Problem> problems = Rules::eventDestinationProblems(d, QStringLiteral("eu-west-1"));
        if (field < 0) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().message));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().field), field);
        QVERIFY2(problems.first().message.contains(problem), qPrintable(problems.first().message));
    }
};

QTEST_MAIN(tst_ConfigurationSetRules)
#include "tst_configurationsetrules.moc"
