#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace Sandbox
{

struct IdentityName;

/// How an identity document is born and moves through its states in the Sandbox: a domain
/// verifies when SES would find its DKIM records, an address when its owner would click the
/// link; the Sandbox simulates both after a delay (or at once, on request). Pure functions on
/// the stored document, so the rules are tested without a server.
class IdentityLifecycle
{
public:
    struct EasyDkim {
        QStringList tokens;
        QString hostedZone;
        QString keyLength = QStringLiteral("RSA_2048_BIT");
    };
    struct Byodkim {
        QString selector;
        int keyBits = 2048;
    };

    static QJsonObject newIdentity(const IdentityName &name, const QDateTime &now, int verifyDelaySeconds);
    /// Easy DKIM on a domain identity: three tokens, PENDING until the delay passes.
    static void applyEasyDkim(
        QJsonObject &identity, const EasyDkim &dkim, const QDateTime &now, int verifyDelaySeconds);
    /// BYODKIM on a domain identity: the selector's TXT record is "found" after the delay.
    static void applyByodkim(QJsonObject &identity, const Byodkim &dkim, const QDateTime &now, int verifyDelaySeconds);
    static void applyMailFrom(QJsonObject &identity,
        const QString &mailFromDomain,
        const QString &behavior,
        const QDateTime &now,
        int verifyDelaySeconds);

    /// Moves due PENDING states to SUCCESS. Returns true when something changed.
    static bool settle(QJsonObject &identity, const QDateTime &now);
    /// Sets the verification status now (SUCCESS also completes DKIM and MAIL FROM checks).
    static void forceStatus(QJsonObject &identity, const QString &status, const QDateTime &now);

    /// The document without the Sandbox's internal members ("_..." keys).
    static QJsonObject withoutInternals(const QJsonObject &identity);
};

} // namespace Sandbox
