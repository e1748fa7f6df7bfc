#include "IdentitiesFixture.h"

#include <QSignalSpy>
#include <QTest>

#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/panes/IdentitiesPane.h"

namespace TestSupport
{

IdentitiesFixture::IdentitiesFixture(int verifyDelaySeconds)
{
    m_config.accessKeyId = LoopbackSessionFactory::testAccessKeyId();
    m_config.secretAccessKey = LoopbackSessionFactory::testSecret();
    m_config.verifyDelaySeconds = verifyDelaySeconds;
    m_config.checkResponses = true;
}

IdentitiesFixture::~IdentitiesFixture() = default;

QString IdentitiesFixture::start()
{
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(m_config, clock);
    QString error;
    if (!m_sandbox->start(&error))
        return error;
    factory.addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), m_sandbox->url());
    return {};
}

std::shared_ptr<Connection::Session> IdentitiesFixture::openSession(const QString &)
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

std::unique_ptr<Views::IdentitiesPane> IdentitiesFixture::makePane(std::shared_ptr<Connection::Session> session)
{
    auto pane = std::make_unique<Views::IdentitiesPane>(Views::PaneContext{&boxes, nullptr, nullptr});
    pane->setFileDialogs(&files);
    pane->resize(1000, 600);
    pane->show();
    pane->setSession(std::move(session));
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    if (!loaded.wait(5000))
        return nullptr;
    return pane;
}

QString IdentitiesFixture::createIdentity(Connection::Session &session, const QString &name)
{
    std::optional<Aws::Result<Ses::CreateEmailIdentityResult>> result;
    QObject context;
    Ses::CreateEmailIdentityRequest request;
    request.emailIdentity = name;
    session.ses()->createEmailIdentity(request, &context, [&result](auto r) {
        result = r;
    });
    if (!QTest::qWaitFor(
            [&result] {
                return result.has_value();
            },
            5000))
        return QStringLiteral("timeout");
    return result->ok() ? QString() : result->error().toString();
}

} // namespace TestSupport
