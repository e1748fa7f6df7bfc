#include "PaneFixture.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

namespace TestSupport
{

PaneFixture::PaneFixture()
    : PaneFixture(Options{})
{
}

PaneFixture::PaneFixture(Options options)
{
    m_config.accessKeyId = LoopbackSessionFactory::testAccessKeyId();
    m_config.secretAccessKey = LoopbackSessionFactory::testSecret();
    m_config.production = options.production;
    m_config.demoData = options.demoData;
    m_config.reviewDelaySeconds = 3600;
    m_config.checkResponses = true;
}

PaneFixture::~PaneFixture() = default;

QString PaneFixture::start()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(m_config, clock);
    QString error;
    if (!m_sandbox->start(&error))
        return error;
    factory.addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), m_sandbox->url());
    return {};
}

std::shared_ptr<Connection::Session> PaneFixture::openSession()
{
    std::shared_ptr<Connection::Session> session;
    QObject context;
    factory.open(Connection::ProfileRef::sandbox(), QStringLiteral("us-east-1"), &context, [&session](auto r) {
        if (r.ok())
            session = r.value();
    });
    if (!QTest::qWaitFor(
            [&session] {
                return session != nullptr;
            },
            5000))
        return nullptr;
    return session;
}

Views::PaneContext PaneFixture::context()
{
    Views::PaneContext context;
    context.messageBoxes = &boxes;
    context.clock = &clock;
    context.network = &network;
    return context;
}

QString PaneFixture::call(Connection::Session &session, Aws::AwsRequest request, QJsonObject *answer)
{
    std::optional<QString> outcome;
    QObject context;
    session.ses()->call(std::move(request), &context, [&outcome, answer](Aws::Result<Aws::AwsResponse> r) {
        if (r.ok() && answer)
            *answer = r.value().json();
        outcome = r.ok() ? QString() : (r.isError() ? r.error().toString() : QStringLiteral("cancelled"));
    });
    if (!QTest::qWaitFor(
            [&outcome] {
                return outcome.has_value();
            },
            10000))
        return QStringLiteral("timeout");
    return *outcome;
}

int PaneFixture::control(const QByteArray &method, const QString &path, const QByteArray &body, QJsonObject *answer)
{
    QNetworkRequest request(m_sandbox->url().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor(
            [reply] {
                return reply->isFinished();
            },
            10000)) {
        reply->abort();
        reply->deleteLater();
        return 0;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer)
        *answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return status;
}

QString PaneFixture::grantProductionAccess(Connection::Session &session)
{
    const QString error = call(session,
        Aws::AwsRequest::restJson(QStringLiteral("PutAccountDetails"),
            "POST",
            Ses::SesClient::path({QStringLiteral("account"), QStringLiteral("details")}),
            QJsonObject{{QStringLiteral("MailType"), QStringLiteral("TRANSACTIONAL")},
                {QStringLiteral("WebsiteURL"), QStringLiteral("https://shop.example.com")},
                {QStringLiteral("ContactLanguage"), QStringLiteral("EN")},
                {QStringLiteral("UseCaseDescription"),
                    QStringLiteral("Order confirmations and shipping notices to our customers, who opt in at checkout; "
                                   "bounces and complaints are handled through SNS.")},
                {QStringLiteral("ProductionAccessEnabled"), true}}));
    if (!error.isEmpty())
        return error;
    const int status = control("POST", QStringLiteral("/_sandbox/account/review"), R"({"status": "GRANTED"})");
    return status == 200 ? QString() : QStringLiteral("review not settled: HTTP %1").arg(status);
}

} // namespace TestSupport
