#pragma once

#include <memory>

#include <QNetworkAccessManager>
#include <QString>

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedFileDialogs.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/FakeClock.h"

namespace Connection
{
class Session;
}
namespace Views
{
class IdentitiesPane;
}

namespace TestSupport
{

/// An in-process Sandbox (with a fake clock, so verification happens when the test says) and
/// the pieces an Identities pane needs to run against it.
class IdentitiesFixture
{
public:
    explicit IdentitiesFixture(int verifyDelaySeconds = 60);
    ~IdentitiesFixture();

    /// Starts the Sandbox; empty on success, else why not.
    QString start();
    /// A session over the Sandbox (signed with the test keys), or null after 5 s.
    std::shared_ptr<Connection::Session> openSession(const QString &profile = QStringLiteral("sandbox"));
    /// A shown pane on a session, loaded; null if loading did not end.
    std::unique_ptr<Views::IdentitiesPane> makePane(std::shared_ptr<Connection::Session> session);
    /// Creates an identity directly through the API (not the GUI); empty on success.
    QString createIdentity(Connection::Session &session, const QString &name);

    Sandbox::SandboxServer &sandbox()
    {
        return *m_sandbox;
    }
    FakeClock clock{QDateTime::currentDateTimeUtc()};
    QNetworkAccessManager network;
    LoopbackSessionFactory factory{&network};
    ScriptedMessageBoxes boxes;
    ScriptedFileDialogs files;

private:
    Sandbox::SandboxConfig m_config;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
};

} // namespace TestSupport
