#pragma once

#include <QHash>
#include <QUrl>

#include "models/aws/Clock.h"
#include "models/aws/Credentials.h"
#include "models/connection/SessionFactory.h"

class QNetworkAccessManager;

namespace TestSupport
{

/// A SessionFactory for tests: each profile key maps to a loopback server (a
/// ScriptedHttpServer or a Sandbox); sessions use the real signed AwsClient with fixed test
/// keys. Answers asynchronously, as the real factory does. Unknown profiles fail.
class LoopbackSessionFactory final : public Connection::SessionFactory
{
public:
    /// The secret the sessions sign with: tests check it never appears anywhere.
    static QString testSecret()
    {
        return QStringLiteral("TESTSECRETdoNotLEAKabcdefghij0123456789");
    }
    static QString testAccessKeyId()
    {
        return QStringLiteral("AKIDTESTGUI0000001");
    }

    explicit LoopbackSessionFactory(QNetworkAccessManager *network);

    void addProfile(const Connection::ProfileRef &profile, const QString &displayName, const QUrl &endpoint);
    /// Makes opening profile fail with error code and message.
    void failProfile(const Connection::ProfileRef &profile, const QString &code, const QString &message);
    int openCount() const
    {
        return m_opened;
    }

    void open(const Connection::ProfileRef &profile, const QString &region, QObject *context, Callback done) override;

private:
    struct Target {
        QString displayName;
        QUrl endpoint;
        QString errorCode;
        QString errorMessage;
    };
    QNetworkAccessManager *m_network;
    Aws::SystemClock m_clock;
    QHash<QString, Target> m_targets;
    int m_opened = 0;
};

} // namespace TestSupport
