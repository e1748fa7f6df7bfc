#pragma once

#include <QAbstractHttpServer>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace TestSupport
{

/// A loopback SES v2 endpoint holding a list of identities, routing by path (unlike
/// ScriptedHttpServer, answers do not depend on the order requests arrive): ListEmailIdentities
/// in pages with NextToken, GetEmailIdentity, DeleteEmailIdentity. Signatures are not checked.
class FakeIdentityServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Identity {
        QString name;
        QString type = QStringLiteral("DOMAIN");
        QString verificationStatus = QStringLiteral("SUCCESS");
        QString dkimStatus = QStringLiteral("SUCCESS");
        QString configurationSet;
    };

    explicit FakeIdentityServer(QObject *parent = nullptr);

    bool start();
    QUrl url() const
    {
        return m_url;
    }
    void addIdentity(const QString &name,
        const QString &type = QStringLiteral("DOMAIN"),
        const QString &verificationStatus = QStringLiteral("SUCCESS"),
        const QString &dkimStatus = QStringLiteral("SUCCESS"),
        const QString &configurationSet = {})
    {
        m_identities.append({name, type, verificationStatus, dkimStatus, configurationSet});
    }
    void setVerificationStatus(const QString &name, const QString &status);
    /// Page size when the request gives none.
    void setDefaultPageSize(int size)
    {
        m_pageSize = size;
    }
    /// "GET /v2/email/identities", "GET /v2/email/identities/a.example.com"...
    const QStringList &requests() const
    {
        return m_requests;
    }
    int count(const QString &prefix) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    QList<Identity> m_identities;
    QStringList m_requests;
    QUrl m_url;
    int m_pageSize = 1000;
};

} // namespace TestSupport
