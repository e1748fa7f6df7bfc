#include "models/ses/SandboxMessageFetcher.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include "models/aws/AwsClient.h"
#include "models/aws/AwsRequest.h"
#include "models/aws/Clock.h"

namespace Ses
{

namespace
{

const int kTimeoutMs = 10000;

} // namespace

SandboxMessageFetcher::SandboxMessageFetcher(
    QNetworkAccessManager *network, QUrl sandboxUrl, const Aws::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_sandboxUrl(std::move(sandboxUrl))
    , m_clock(clock)
{
}

QUrl SandboxMessageFetcher::messageUrl(const QString &messageId) const
{
    QUrl url = m_sandboxUrl;
    url.setPath(
        QStringLiteral("/_sandbox/messages/") + QString::fromLatin1(Aws::AwsRequest::encodePathSegment(messageId)),
        QUrl::TolerantMode);
    url.setQuery(QString());
    return url;
}

QNetworkReply *SandboxMessageFetcher::fetch(const QString &messageId, QObject *context, Callback<MessageOutcome> done)
{
    if (!Aws::AwsClient::isLoopbackHost(m_sandboxUrl.host())) {
        QTimer::singleShot(0, context, [done] {
            done(Aws::AwsError::local(Aws::AwsError::Kind::Usage,
                QStringLiteral("NotASandbox"),
                QStringLiteral("Message outcomes are only read from a local SesDesk Sandbox.")));
        });
        return nullptr;
    }
    QNetworkRequest request(messageUrl(messageId));
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    QPointer<QObject> guard(context);
    const Aws::Clock *clock = m_clock;
    connect(reply, &QNetworkReply::finished, context, [reply, guard, done, clock] {
        reply->deleteLater();
        if (!guard)
            return;
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            done(Aws::Result<MessageOutcome>::cancelled());
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (status == 404) {
            MessageOutcome outcome;
            outcome.status = MessageOutcome::Status::NotCaptured;
            outcome.checkedAt = clock->nowUtc();
            done(outcome);
            return;
        }
        if (status == 0) {
            done(Aws::AwsError::local(
                Aws::AwsError::Kind::Network, QStringLiteral("NetworkError"), reply->errorString()));
            return;
        }
        if (status < 200 || status >= 300 || json.isEmpty()) {
            Aws::AwsError error;
            error.kind = Aws::AwsError::Kind::Service;
            error.httpStatus = status;
            error.code = json.value(QLatin1String("code")).toString(QStringLiteral("SandboxError"));
            error.message = json.value(QLatin1String("message")).toString(reply->errorString());
            error.requestId = QString::fromLatin1(reply->rawHeader("x-amzn-RequestId"));
            done(error);
            return;
        }
        MessageOutcome outcome = MessageOutcome::fromSandboxMessage(json);
        outcome.checkedAt = clock->nowUtc();
        done(outcome);
    });
    return reply;
}

} // namespace Ses
