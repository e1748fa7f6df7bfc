#include <QJsonArray>
#include <QTest>

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

/// Dedicated IP pools and standard dedicated IPs with warm-up, through the unchanged AWS CLI.
/// IPs are leased through the Sandbox's control API (in SES, through a support case).
class tst_SandboxDedicatedIps : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_cli;
    QStringList m_ips;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_cli = std::make_unique<SandboxCli>(m_sandbox);
    }

    void pools()
    {
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-dedicated-ip-pool"),
                         QStringLiteral("--pool-name"),
                         QStringLiteral("marketing"),
                         QStringLiteral("--tags"),
                         QStringLiteral("Key=use,Value=promo")},
            &ok);
        QVERIFY(ok);
        m_cli->sesv2({QStringLiteral("create-dedicated-ip-pool"),
                         QStringLiteral("--pool-name"),
                         QStringLiteral("auto"),
                         QStringLiteral("--scaling-mode"),
                         QStringLiteral("MANAGED")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli
                     ->sesv2({QStringLiteral("get-dedicated-ip-pool"),
                         QStringLiteral("--pool-name"),
                         QStringLiteral("marketing")})
                     .value(QLatin1String("DedicatedIpPool"))
                     .toObject(),
            (QJsonObject{{QStringLiteral("PoolName"), QStringLiteral("marketing")},
                {QStringLiteral("ScalingMode"), QStringLiteral("STANDARD")}}));
        QCOMPARE(m_cli->sesv2({QStringLiteral("list-dedicated-ip-pools")})
                     .value(QLatin1String("DedicatedIpPools"))
                     .toArray(),
            (QJsonArray{QStringLiteral("auto"), QStringLiteral("marketing")}));
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("create-dedicated-ip-pool"),
                         QStringLiteral("--pool-name"),
                         QStringLiteral("marketing")})
                     .code,
            QStringLiteral("AlreadyExistsException"));
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("create-dedicated-ip-pool"),
                         QStringLiteral("--pool-name"),
                         QStringLiteral("bad pool")})
                     .code,
            QStringLiteral("BadRequestException"));
        QCOMPARE(
            m_cli
                ->sesv2Error(
                    {QStringLiteral("get-dedicated-ip-pool"), QStringLiteral("--pool-name"), QStringLiteral("nope")})
                .code,
            QStringLiteral("NotFoundException"));
        QCOMPARE(m_cli
                     ->sesv2({QStringLiteral("list-tags-for-resource"),
                         QStringLiteral("--resource-arn"),
                         QStringLiteral("arn:aws:ses:us-east-1:123456789012:dedicated-ip-pool/marketing")})
                     .value(QLatin1String("Tags"))
                     .toArray()
                     .size(),
            1);

        m_cli->sesv2({QStringLiteral("put-dedicated-ip-pool-scaling-attributes"),
                         QStringLiteral("--pool-name"),
                         QStringLiteral("marketing"),
                         QStringLiteral("--scaling-mode"),
                         QStringLiteral("STANDARD")},
            &ok);
        QVERIFY(ok);
        const TestSupport::AwsCliError back
            = m_cli->sesv2Error({QStringLiteral("put-dedicated-ip-pool-scaling-attributes"),
                QStringLiteral("--pool-name"),
                QStringLiteral("auto"),
                QStringLiteral("--scaling-mode"),
                QStringLiteral("STANDARD")});
        QCOMPARE(back.code, QStringLiteral("BadRequestException"));
    }

    void ipsAndWarmup()
    {
        const SandboxCli::Reply leased = m_cli->control(
            "POST", QStringLiteral("/_sandbox/dedicated-ips"), QJsonObject{{QStringLiteral("count"), 3}});
        QCOMPARE(leased.status, 200);
        for (const auto &ip : leased.json().value(QLatin1String("leased")).toArray())
            m_ips.append(ip.toString());
        QCOMPARE(m_ips.size(), 3);

        QJsonArray ips
            = m_cli->sesv2({QStringLiteral("get-dedicated-ips")}).value(QLatin1String("DedicatedIps")).toArray();
        QCOMPARE(ips.size(), 3);
        QJsonObject first = ips.first().toObject();
        QCOMPARE(first.value(QLatin1String("Ip")).toString(), m_ips.first());
        QCOMPARE(first.value(QLatin1String("WarmupStatus")).toString(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(first.value(QLatin1String("WarmupPercentage")).toInt(), 0);
        QVERIFY(!first.contains(QLatin1String("PoolName")));

        bool ok = false;
        m_cli->sesv2({QStringLiteral("put-dedicated-ip-in-pool"),
                         QStringLiteral("--ip"),
                         m_ips.at(0),
                         QStringLiteral("--destination-pool-name"),
                         QStringLiteral("marketing")},
            &ok);
        QVERIFY(ok);
        m_cli->sesv2({QStringLiteral("put-dedicated-ip-warmup-attributes"),
                         QStringLiteral("--ip"),
                         m_ips.at(0),
                         QStringLiteral("--warmup-percentage"),
                         QStringLiteral("100")},
            &ok);
        QVERIFY(ok);
        const QJsonObject ip = m_cli->sesv2({QStringLiteral("get-dedicated-ip"), QStringLiteral("--ip"), m_ips.at(0)})
                                   .value(QLatin1String("DedicatedIp"))
                                   .toObject();
        QCOMPARE(ip.value(QLatin1String("PoolName")).toString(), QStringLiteral("marketing"));
        QCOMPARE(ip.value(QLatin1String("WarmupStatus")).toString(), QStringLiteral("DONE"));
        QCOMPARE(ip.value(QLatin1String("WarmupPercentage")).toInt(), 100);

        ips = m_cli
                  ->sesv2(
                      {QStringLiteral("get-dedicated-ips"), QStringLiteral("--pool-name"), QStringLiteral("marketing")})
                  .value(QLatin1String("DedicatedIps"))
                  .toArray();
        QCOMPARE(ips.size(), 1);
        const QJsonObject page = m_cli->sesv2({QStringLiteral("get-dedicated-ips"),
            QStringLiteral("--page-size"),
            QStringLiteral("2"),
            QStringLiteral("--no-paginate")});
        QCOMPARE(page.value(QLatin1String("DedicatedIps")).toArray().size(), 2);
        QVERIFY(!page.value(QLatin1String("NextToken")).toString().isEmpty());

        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("put-dedicated-ip-warmup-attributes"),
                         QStringLiteral("--ip"),
                         m_ips.at(1),
                         QStringLiteral("--warmup-percentage"),
                         QStringLiteral("101")})
                     .code,
            QStringLiteral("BadRequestException"));
        QCOMPARE(
            m_cli->sesv2Error(
                     {QStringLiteral("get-dedicated-ip"), QStringLiteral("--ip"), QStringLiteral("192.0.2.99")})
                .code,
            QStringLiteral("NotFoundException"));
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("put-dedicated-ip-in-pool"),
                         QStringLiteral("--ip"),
                         m_ips.at(1),
                         QStringLiteral("--destination-pool-name"),
                         QStringLiteral("auto")})
                     .code,
            QStringLiteral("BadRequestException"));
    }

    void configurationSetUsesPool()
    {
        bool ok = false;
        m_cli->sesv2({QStringLiteral("create-configuration-set"),
                         QStringLiteral("--configuration-set-name"),
                         QStringLiteral("promo"),
                         QStringLiteral("--delivery-options"),
                         QStringLiteral("SendingPoolName=marketing")},
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli
                     ->sesv2({QStringLiteral("get-configuration-set"),
                         QStringLiteral("--configuration-set-name"),
                         QStringLiteral("promo")})
                     .value(QLatin1String("DeliveryOptions"))
                     .toObject()
                     .value(QLatin1String("SendingPoolName"))
                     .toString(),
            QStringLiteral("marketing"));
    }

    void deletingAPoolFreesItsIps()
    {
        bool ok = false;
        m_cli->sesv2(
            {QStringLiteral("delete-dedicated-ip-pool"), QStringLiteral("--pool-name"), QStringLiteral("marketing")},
            &ok);
        QVERIFY(ok);
        QVERIFY(!m_cli->sesv2({QStringLiteral("get-dedicated-ip"), QStringLiteral("--ip"), m_ips.at(0)})
                     .value(QLatin1String("DedicatedIp"))
                     .toObject()
                     .contains(QLatin1String("PoolName")));
        QCOMPARE(m_cli
                     ->sesv2Error({QStringLiteral("delete-dedicated-ip-pool"),
                         QStringLiteral("--pool-name"),
                         QStringLiteral("marketing")})
                     .code,
            QStringLiteral("NotFoundException"));
    }

    void withoutAutoWarmupNewIpsStartDone()
    {
        bool ok = false;
        m_cli->sesv2(
            {QStringLiteral("put-account-dedicated-ip-warmup-attributes"), QStringLiteral("--no-auto-warmup-enabled")},
            &ok);
        QVERIFY(ok);
        const SandboxCli::Reply leased = m_cli->control(
            "POST", QStringLiteral("/_sandbox/dedicated-ips"), QJsonObject{{QStringLiteral("count"), 1}});
        QCOMPARE(leased.status, 200);
        const QString ip = leased.json().value(QLatin1String("leased")).toArray().first().toString();
        QCOMPARE(m_cli->sesv2({QStringLiteral("get-dedicated-ip"), QStringLiteral("--ip"), ip})
                     .value(QLatin1String("DedicatedIp"))
                     .toObject()
                     .value(QLatin1String("WarmupStatus"))
                     .toString(),
            QStringLiteral("DONE"));
    }
};

QTEST_MAIN(tst_SandboxDedicatedIps)
#include "tst_sandbox_dedicatedips.moc"
