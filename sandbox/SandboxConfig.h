#pragma once

#include <QHostAddress>
#include <QString>

namespace Sandbox
{

/// Everything a Sandbox server is started with (the command line of sesdesk-sandbox, or what
/// the GUI and sesdesk-cli --sandbox choose for an embedded one).
struct SandboxConfig {
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; ///< 0: any free port.
    QString dataDir; ///< Empty: state lives in memory only.
    QString region = QStringLiteral("us-east-1");
    QString accountId = QStringLiteral("123456789012");
    QString accessKeyId = defaultAccessKeyId();
    QString secretAccessKey = defaultSecretAccessKey();
    bool demoData = false;
    bool production = false; ///< Start with production access instead of in the SES sandbox.
    int reviewDelaySeconds = 10; ///< Production-access review time after PutAccountDetails.
    int verifyDelaySeconds = 5; ///< Time until a new identity (domain or address) verifies.
    double managementCallsPerSecond = 0; ///< SES's 1 call/s limit for non-send calls; 0 disables.
    bool checkResponses = false; ///< Validate every answer against the API model (tests).

    /// The well-known local credentials the Sandbox accepts unless told otherwise. They only
    /// ever open a local Sandbox, so printing them is safe.
    static QString defaultAccessKeyId()
    {
        return QStringLiteral("SANDBOXACCESSKEY");
    }
    static QString defaultSecretAccessKey()
    {
        return QStringLiteral("sesdesk/sandbox/local/secret/key");
    }
    bool usesDefaultCredentials() const
    {
        return accessKeyId == defaultAccessKeyId() && secretAccessKey == defaultSecretAccessKey();
    }
};

} // namespace Sandbox
