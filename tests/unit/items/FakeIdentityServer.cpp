#include "FakeIdentityServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace TestSupport
{

FakeIdentityServer::FakeIdentityServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
}

bool FakeIdentityServer::start()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    if (port == 0)
        return false;
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return true;
}

void FakeIdentityServer::setVerificationStatus(const QString &name, const QString &status)
{
    for (Identity &i : m_identities) {
        if (i.name == name)
            i.verificationStatus = status;
    }
}

int FakeIdentityServer::count(const QString &prefix) const
{
    int n = 0;
    for (const QString &r : m_requests)
        n += r.startsWith(prefix) ? 1 : 0;
    return n;
}

bool FakeIdentityServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path(QUrl::FullyDecoded);
    const QByteArray method = request.method() == QHttpServerRequest::Method::Get ? "GET"
        : request.method() == QHttpServerRequest::Method::Delete                  ? "DELETE"
                                                                                  : "OTHER";
    m_requests.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);
    QHttpServerResponder responder = makeResponder(request, socket);
    const QString prefix = QStringLiteral("/v2/email/identities");
    const auto notFound = [&responder](const QString &name) {
        responder.write(QJsonDocument(QJsonObject{{QStringLiteral("message"),
                            QStringLiteral("Email identity %1 does not exist.").arg(name)}}),
            {{"x-amzn-ErrorType", "NotFoundException"}, {"x-amzn-RequestId", "fake-request-id"}},
            QHttpServerResponder::StatusCode::NotFound);
    };
    if (path == prefix && method == "GET") {
        const QUrlQuery query(request.url());
        const int start = query.queryItemValue(QStringLiteral("NextToken")).toInt();
        const int size = query.hasQueryItem(QStringLiteral("PageSize"))
            ? query.queryItemValue(QStringLiteral("PageSize")).toInt()
            : m_pageSize;
        QJsonArray items;
        for (int i = start; i < qMin(start + size, int(m_identities.size())); ++i) {
            const Identity &id = m_identities.at(i);
            items.append(QJsonObject{{QStringLiteral("IdentityType"), id.type},
                {QStringLiteral("IdentityName"), id.name},
                {QStringLiteral("SendingEnabled"), id.verificationStatus == QLatin1String("SUCCESS")},
                {QStringLiteral("VerificationStatus"), id.verificationStatus}});
        }
        QJsonObject body{{QStringLiteral("EmailIdentities"), items}};
        if (start + size < m_identities.size())
            body.insert(QStringLiteral("NextToken"), QString::number(start + size));
        responder.write(QJsonDocument(body));
        return true;
    }
    if (path.startsWith(prefix + QLatin1Char('/'))) {
        const QString name = path.mid(prefix.size() + 1);
        for (int i = 0; i < m_identities.size(); ++i) {
            const Identity &id = m_identities.at(i);
            if (id.name != name)
                continue;
            if (method == "DELETE") {
                m_identities.removeAt(i);
                responder.write(QJsonDocument(QJsonObject()));
                return true;
            }
            QJsonObject body{{QStringLiteral("IdentityType"), id.type},
                {QStringLiteral("FeedbackForwardingStatus"), true},
                {QStringLiteral("VerifiedForSendingStatus"), id.verificationStatus == QLatin1String("SUCCESS")},
                {QStringLiteral("VerificationStatus"), id.verificationStatus},
                {QStringLiteral("DkimAttributes"),
                    QJsonObject{{QStringLiteral("SigningEnabled"), true},
                        {QStringLiteral("Status"), id.dkimStatus},
                        {QStringLiteral("SigningAttributesOrigin"), QStringLiteral("AWS_SES")},
                        {QStringLiteral("SigningHostedZone"), QStringLiteral("dkim.amazonses.com")},
                        {QStringLiteral("Tokens"),
                            QJsonArray{
                                QStringLiteral("aaaa1111"), QStringLiteral("bbbb2222"), QStringLiteral("cccc3333")}}}},
                {QStringLiteral("MailFromAttributes"),
                    QJsonObject{{QStringLiteral("BehaviorOnMxFailure"), QStringLiteral("USE_DEFAULT_VALUE")}}},
                {QStringLiteral("Tags"), QJsonArray()}};
            if (!id.configurationSet.isEmpty())
                body.insert(QStringLiteral("ConfigurationSetName"), id.configurationSet);
            responder.write(QJsonDocument(body));
            return true;
        }
        notFound(name);
        return true;
    }
    return false;
}

void FakeIdentityServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Unknown operation")}}),
        {{"x-amzn-ErrorType", "UnknownOperationException"}},
        QHttpServerResponder::StatusCode::NotFound);
}

} // namespace TestSupport
