#pragma once

#include <memory>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QString>

#include "models/aws/AwsRequest.h"

#include "views/panes/Pane.h"

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

namespace TestSupport
{

/// An in-process Sandbox (fake clock) and what a pane needs to run against it: a session signed
/// with the test keys, scripted message boxes and file choosers, and the Sandbox's control API.
/// Used by the Configuration sets, Suppression list and Dedicated IPs pane tests and the
/// screenshot tool.
class PaneFixture
{
public:
    struct Options {
        bool production = false; ///< start with production access (--production)
        bool demoData = false; ///< fill the demo account (--demo-data)
    };
    PaneFixture();
    explicit PaneFixture(Options options);
    ~PaneFixture();

    /// Starts the Sandbox; empty on success, else why not.
    QString start();
    /// A session over the Sandbox, or null after 5 s.
    std::shared_ptr<Connection::Session> openSession();

    /// A shown pane of type P on session, loaded; null if loading did not end in 10 s.
    template <typename P> std::unique_ptr<P> makePane(std::shared_ptr<Connection::Session> session)
    {
        auto pane = std::make_unique<P>(context());
        pane->resize(1200, 760);
        pane->show();
        pane->setSession(std::move(session));
        QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
        pane->reload();
        if (!loaded.wait(10000))
            return nullptr;
        return pane;
    }
    Views::PaneContext context();

    /// Sends an SES request on session and waits; empty on success, else the error.
    QString call(Connection::Session &session, Aws::AwsRequest request, QJsonObject *answer = nullptr);
    /// A /_sandbox/ control call (method GET, PUT, POST, DELETE) with a JSON or raw body; the
    /// HTTP status (0: no answer), the JSON answer in answer.
    int control(
        const QByteArray &method, const QString &path, const QByteArray &body = {}, QJsonObject *answer = nullptr);
    /// Grants production access as AWS would: PutAccountDetails, then the review settled now.
    QString grantProductionAccess(Connection::Session &session);

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
