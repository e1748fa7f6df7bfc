#include "models/aws/AwsClient.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include "models/aws/AwsError.h"
#include "models/aws/AwsJob.h"
#include "models/aws/AwsResponse.h"
#include "models/aws/Clock.h"
#include "models/aws/CredentialsProvider.h"
#include "models/aws/OneShotUploadDevice.h"
#include "models/aws/RateLimiter.h"
#include "models/aws/Redaction.h"
#include "models/aws/SigV4Signer.h"
#include "models/aws/XmlNode.h"

Q_LOGGING_CATEGORY(lcAwsClient, "sesdesk.aws.client")

namespace Aws
{

namespace
{

QString hostPrefixFor(const QString &serviceKey)
{
    if (serviceKey == QLatin1String("sesv2") || serviceKey == QLatin1String("ses"))
        return QStringLiteral("email");
    if (serviceKey == QLatin1String("cloudwatch"))
        return QStringLiteral("monitoring");
    return serviceKey;
}

QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString stripCodeDecorations(QString code)
{
    // x-amzn-ErrorType: "NotFoundException:http://internal.amazon.com/coral/..."; awsJson
    // __type: "com.amazonaws.ses#NotFoundException". Keep the bare code.
    const int colon = code.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        code.truncate(colon);
    const int hash = code.lastIndexOf(QLatin1Char('#'));
    if (hash >= 0)
        code = code.mid(hash + 1);
    return code.trimmed();
}

QString codeForStatus(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BadRequestException");
    case 403:
        return QStringLiteral("AccessDeniedException");
    case 404:
        return QStringLiteral("NotFoundException");
    case 429:
        return QStringLiteral("TooManyRequestsException");
    case 503:
        return QStringLiteral("ServiceUnavailable");
    default:
        return status >= 500 ? QStringLiteral("InternalFailure") : QStringLiteral("HttpError%1").arg(status);
    }
}

AwsError::Kind kindForNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return AwsError::Kind::Tls;
    case QNetworkReply::TimeoutError:
        return AwsError::Kind::Timeout;
    default:
        return AwsError::Kind::Network;
    }
}

/// Errors raised before a single byte of the request could have reached the server: safe to
/// retry even for sending calls.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::ProxyConnectionRefusedError
        || error == QNetworkReply::ProxyNotFoundError || error == QNetworkReply::NetworkSessionFailedError
        || error == QNetworkReply::TemporaryNetworkFailureError;
}

} // namespace

AwsClient::AwsClient(QNetworkAccessManager *network,
    std::shared_ptr<CredentialsProvider> credentials,
    const Clock *clock,
    ClientConfig config,
    QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(std::move(credentials))
    , m_clock(clock)
    , m_config(std::move(config))
    , m_limiter(std::make_unique<RateLimiter>(m_config.managementRatePerSecond, m_config.managementBurst))
    , m_retryTokens(m_config.retry.quotaCapacity)
{
    qRegisterMetaType<Aws::CallRecord>();
}

AwsClient::~AwsClient() = default;

void AwsClient::setDebugSink(std::function<void(const QString &)> sink)
{
    m_debugSink = std::move(sink);
}

void AwsClient::debugLine(const QString &line) const
{
    if (m_debugSink)
        m_debugSink(line);
}

bool AwsClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl AwsClient::defaultEndpoint(const QString &serviceKey, const QString &region)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    QString suffix = QStringLiteral("amazonaws.com");
    if (region.startsWith(QLatin1String("cn-")))
        suffix = QStringLiteral("amazonaws.com.cn");
    url.setHost(QStringLiteral("%1.%2.%3").arg(hostPrefixFor(serviceKey), region, suffix));
    return url;
}

QUrl AwsClient::endpointFor(const QString &serviceKey) const
{
    const auto it = m_config.serviceEndpoints.constFind(serviceKey);
    if (it != m_config.serviceEndpoints.constEnd() && it->isValid())
        return *it;
    if (m_config.endpointOverride.isValid())
        return m_config.endpointOverride;
    return defaultEndpoint(serviceKey, m_config.region);
}

AwsJob *AwsClient::send(AwsRequest request)
{
    if (request.timeout.count() <= 0)
        request.timeout = m_config.defaultTimeout;
    auto *job = new AwsJob(std::move(request), this);
    job->m_id = m_nextId++;
    job->m_startedMs = QDateTime::currentMSecsSinceEpoch();
    job->m_state = AwsJob::State::Running;
    job->m_timer = new QTimer(job);
    job->m_timer->setSingleShot(true);
    ++m_inFlight;
    Q_EMIT activityChanged(m_inFlight);
    Q_EMIT callStarted(job->m_id, job->m_request.operation);
    // Never finish synchronously: callers connect to finished() after send() returns.
    QTimer::singleShot(0, job, [this, job] {
        startAttempt(job);
    });
    return job;
}

void AwsClient::startAttempt(AwsJob *job)
{
    if (job->isFinished())
        return;
    ++job->m_attempts;
    auto proceed = [this, job] {
        m_credentials->fetch(job, [this, job](Result<Credentials> credentials) {
            if (job->isFinished())
                return;
            if (!credentials.ok()) {
                job->m_error = credentials.isError()
                    ? credentials.error()
                    : AwsError::local(
                        AwsError::Kind::Credentials, QStringLiteral("NoCredentials"), tr("No credentials."));
                finishJob(job);
                return;
            }
            sendSigned(job, credentials.value());
        });
    };
    std::chrono::milliseconds wait{0};
    if (job->m_request.kind == CallKind::Management && m_limiter->isEnabled())
        wait = m_limiter->reserve();
    if (wait.count() > 0) {
        job->m_timer->disconnect();
        connect(job->m_timer, &QTimer::timeout, job, proceed);
        job->m_timer->start(wait);
    } else {
        proceed();
    }
}

void AwsClient::sendSigned(AwsJob *job, const Credentials &credentials)
{
    const AwsRequest &request = job->m_request;
    const QUrl base = endpointFor(request.serviceKey);
    if (!base.isValid() || base.host().isEmpty()) {
        job->m_error = AwsError::local(AwsError::Kind::Configuration,
            QStringLiteral("InvalidEndpoint"),
            tr("The endpoint for %1 is not a valid URL.").arg(request.serviceKey));
        finishJob(job);
        return;
    }
    const QString scheme = base.scheme().toLower();
    if (scheme != QLatin1String("https") && !(scheme == QLatin1String("http") && isLoopbackHost(base.host()))) {
        job->m_error = AwsError::local(AwsError::Kind::Configuration,
            QStringLiteral("InsecureEndpoint"),
            tr("Refusing to send AWS credentials over %1 to %2: only https:// is allowed, or http:// to a loopback "
               "address.")
                .arg(scheme, base.host()));
        finishJob(job);
        return;
    }

    // Build the exact bytes that go on the wire, then sign what QUrl will actually send.
    QByteArray basePath = base.path(QUrl::FullyEncoded).toLatin1();
    while (basePath.endsWith('/'))
        basePath.chop(1);
    QByteArray encoded = base.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                             | QUrl::RemoveUserInfo | QUrl::StripTrailingSlash)
        + basePath + request.path;
    if (!request.query.isEmpty())
        encoded += '?' + AwsRequest::encodeForm(request.query);
    const QUrl url = QUrl::fromEncoded(encoded, QUrl::StrictMode);

    SigningRequest signing;
    signing.method = request.method;
    signing.path = url.path(QUrl::FullyEncoded).toLatin1();
    if (signing.path.isEmpty())
        signing.path = "/";
    signing.query = url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port() > 0 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());
    signing.headers.append({"Host", host});
    if (!request.contentType.isEmpty())
        signing.headers.append({"Content-Type", request.contentType});
    for (const auto &header : request.headers)
        signing.headers.append(header);
    signing.body = request.body;

    const QDateTime now = m_clock->nowUtc().addMSecs(m_skew.count());
    SigV4Signer signer(m_config.region, request.signingName);
    signer.sign(signing, credentials, now);

    QNetworkRequest netRequest(url);
    for (const auto &[name, value] : std::as_const(signing.headers))
        netRequest.setRawHeader(name, value);
    netRequest.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("sesdesk/%1 (%2)").arg(QStringLiteral(SESDESK_VERSION), request.operation));
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    if (m_debugSink) {
        debugLine(QStringLiteral("> ") + QString::fromLatin1(request.method) + QLatin1Char(' ')
            + QString::fromLatin1(url.toEncoded()) + QStringLiteral(" (") + request.operation
            + QStringLiteral(", attempt ") + QString::number(job->m_attempts) + QLatin1Char(')'));
        for (const auto &[name, value] : std::as_const(signing.headers))
            debugLine(QStringLiteral("> %1: %2")
                          .arg(QString::fromLatin1(name), QString::fromUtf8(Redaction::header(name, value))));
        if (!request.body.isEmpty())
            debugLine(QStringLiteral("> ") + QString::fromUtf8(Redaction::body(request.body)));
    }

    QNetworkReply *reply = nullptr;
    if (request.kind == CallKind::Sending) {
        netRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        netRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotUploadDevice(request.body);
        reply = m_network->sendCustomRequest(netRequest, request.method, body);
        body->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(netRequest, request.method, request.body);
    }
    job->m_reply = reply;
    reply->setParent(job);
    connect(reply, &QNetworkReply::finished, job, [this, job, reply] {
        onReplyFinished(job, reply);
    });
    connect(reply, &QNetworkReply::uploadProgress, job, [job](qint64 sent, qint64) {
        if (sent > 0)
            job->m_mayHaveReachedServer = true;
    });
    job->m_timer->disconnect();
    connect(job->m_timer, &QTimer::timeout, job, [this, job] {
        onTimeout(job);
    });
    job->m_timer->start(request.timeout);
}

void AwsClient::onTimeout(AwsJob *job)
{
    QNetworkReply *reply = job->m_reply;
    if (!reply)
        return;
    job->m_reply = nullptr;
    reply->disconnect(job);
    reply->abort();
    reply->deleteLater();
    // A request that timed out may well have been received and acted upon.
    job->m_mayHaveReachedServer = true;
    handleFailure(job,
        AwsError::local(AwsError::Kind::Timeout,
            QStringLiteral("RequestTimeout"),
            tr("No answer from %1 within %2 seconds.")
                .arg(endpointFor(job->m_request.serviceKey).host())
                .arg(job->m_request.timeout.count() / 1000.0)));
}

void AwsClient::onReplyFinished(AwsJob *job, QNetworkReply *reply)
{
    job->m_timer->stop();
    job->m_reply = nullptr;
    reply->deleteLater();
    if (job->isFinished())
        return;

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid()) {
        const QNetworkReply::NetworkError netError = reply->error();
        if (!failedBeforeSending(netError))
            job->m_mayHaveReachedServer = true;
        AwsError error = AwsError::local(kindForNetworkError(netError),
            QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(netError)),
            reply->errorString());
        debugLine(QStringLiteral("< network error: %1").arg(error.toString()));
        handleFailure(job, error);
        return;
    }

    AwsResponse response;
    response.httpStatus = statusAttr.toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    response.body = reply->readAll();
    response.requestId = QString::fromLatin1(response.header("x-amzn-RequestId"));
    if (response.requestId.isEmpty())
        response.requestId = QString::fromLatin1(response.header("x-amz-request-id"));

    if (m_debugSink) {
        debugLine(QStringLiteral("< HTTP %1 (%2)").arg(QString::number(response.httpStatus), job->m_request.operation));
        for (const auto &[name, value] : std::as_const(response.headers))
            debugLine(QStringLiteral("< %1: %2")
                          .arg(QString::fromLatin1(name), QString::fromUtf8(Redaction::header(name, value))));
        if (!response.body.isEmpty())
            debugLine(QStringLiteral("< ") + QString::fromUtf8(Redaction::body(response.body)));
    }

    // The server answered: whatever it said, the request reached it.
    job->m_mayHaveReachedServer = true;
    if (response.httpStatus >= 200 && response.httpStatus < 300) {
        if (response.requestId.isEmpty() && job->m_request.protocol == Protocol::Query) {
            const auto xml = XmlNode::parse(response.body);
            if (xml.ok())
                response.requestId
                    = xml.value().path({QStringLiteral("ResponseMetadata"), QStringLiteral("RequestId")}).text;
        }
        job->m_response = std::move(response);
        job->m_error = AwsError();
        finishJob(job);
        return;
    }

    AwsError error = parseErrorResponse(response.httpStatus, response.headers, response.body);
    if (RetryPolicy::isClockSkewError(error) && !job->m_skewRetried) {
        const QDateTime serverTime
            = QDateTime::fromString(QString::fromLatin1(response.header("Date")), Qt::RFC2822Date);
        if (serverTime.isValid()) {
            m_skew = std::chrono::milliseconds(m_clock->nowUtc().msecsTo(serverTime));
            job->m_skewRetried = true;
            qCInfo(lcAwsClient) << "clock skew corrected by" << m_skew.count() << "ms after" << error.code;
            debugLine(QStringLiteral("* clock skew of %1 s corrected from the server's Date header; retrying")
                          .arg(m_skew.count() / 1000.0));
            QTimer::singleShot(0, job, [this, job] {
                startAttempt(job);
            });
            return;
        }
    }
    if ((error.code == QLatin1String("ExpiredToken") || error.code == QLatin1String("ExpiredTokenException"))
        && !job->property("sesdesk_refreshed").toBool()) {
        // Temporary credentials ran out mid-flight: fetch fresh ones once.
        job->setProperty("sesdesk_refreshed", true);
        m_credentials->invalidate();
        QTimer::singleShot(0, job, [this, job] {
            startAttempt(job);
        });
        return;
    }
    // A throttled or rejected send was refused, not half-done: the error itself proves it.
    if (error.httpStatus >= 400 && error.httpStatus < 500)
        job->m_mayHaveReachedServer = false;
    handleFailure(job, error);
}

bool AwsClient::takeRetryQuota(const AwsError &error)
{
    const int cost = error.kind == AwsError::Kind::Timeout ? m_config.retry.timeoutRetryCost : m_config.retry.retryCost;
    if (m_retryTokens < cost)
        return false;
    m_retryTokens -= cost;
    return true;
}

void AwsClient::handleFailure(AwsJob *job, const AwsError &error)
{
    job->m_error = error;
    job->m_error.retryable = RetryPolicy::isRetryable(error);
    const bool sendingAmbiguous = job->m_request.kind == CallKind::Sending && job->m_mayHaveReachedServer;
    if (job->m_error.retryable && !sendingAmbiguous && job->m_attempts < m_config.retry.maxAttempts
        && takeRetryQuota(error)) {
        const auto delay = m_config.retry.backoff(job->m_attempts);
        qCDebug(lcAwsClient) << job->m_request.operation << "attempt" << job->m_attempts << "failed with" << error.code
                             << "- retrying in" << delay.count() << "ms";
        debugLine(QStringLiteral("* %1; retrying in %2 ms").arg(error.toString(), QString::number(delay.count())));
        job->m_mayHaveReachedServer = false;
        job->m_timer->disconnect();
        connect(job->m_timer, &QTimer::timeout, job, [this, job] {
            startAttempt(job);
        });
        job->m_timer->start(delay);
        return;
    }
    finishJob(job);
}

void AwsClient::cancelJob(AwsJob *job)
{
    job->m_timer->stop();
    if (QNetworkReply *reply = job->m_reply) {
        job->m_reply = nullptr;
        reply->disconnect(job);
        reply->abort();
        reply->deleteLater();
    }
    job->m_state = AwsJob::State::Cancelled;
    finishJob(job);
}

void AwsClient::finishJob(AwsJob *job)
{
    if (job->m_state == AwsJob::State::Running)
        job->m_state = job->m_error.code.isEmpty() && job->m_error.message.isEmpty() ? AwsJob::State::Succeeded
                                                                                     : AwsJob::State::Failed;
    job->m_timer->stop();
    if (job->m_state == AwsJob::State::Succeeded)
        m_retryTokens = std::min(m_config.retry.quotaCapacity, m_retryTokens + 1);

    CallRecord record;
    record.id = job->m_id;
    record.startedUtc = QDateTime::fromMSecsSinceEpoch(job->m_startedMs, Qt::UTC);
    record.serviceKey = job->m_request.serviceKey;
    record.operation = job->m_request.operation;
    record.durationMs = QDateTime::currentMSecsSinceEpoch() - job->m_startedMs;
    record.attempts = job->m_attempts;
    record.cancelled = job->m_state == AwsJob::State::Cancelled;
    record.ok = job->m_state == AwsJob::State::Succeeded;
    if (record.ok) {
        record.httpStatus = job->m_response.httpStatus;
        record.requestId = job->m_response.requestId;
    } else if (!record.cancelled) {
        record.httpStatus = job->m_error.httpStatus;
        record.requestId = job->m_error.requestId;
        record.errorCode = job->m_error.code;
        record.errorMessage = job->m_error.message;
    }
    --m_inFlight;
    Q_EMIT activityChanged(m_inFlight);
    Q_EMIT callFinished(record);
    // Always asynchronous, so cancel() never re-enters its caller through finished().
    QTimer::singleShot(0, job, [job] {
        Q_EMIT job->finished();
        job->deleteLater();
    });
}

AwsError AwsClient::parseErrorResponse(
    int httpStatus, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    AwsError error;
    error.kind = AwsError::Kind::Service;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromLatin1(headerValue(headers, "x-amzn-RequestId"));
    if (error.requestId.isEmpty())
        error.requestId = QString::fromLatin1(headerValue(headers, "x-amz-request-id"));

    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('<')) {
        const auto xml = XmlNode::parse(trimmed);
        if (xml.ok()) {
            const XmlNode &root = xml.value();
            const XmlNode &err = root.name == QLatin1String("Error") ? root : root.child(QStringLiteral("Error"));
            error.code = err.child(QStringLiteral("Code")).text.trimmed();
            error.message = err.child(QStringLiteral("Message")).text.trimmed();
            QString rid = root.child(QStringLiteral("RequestId")).text.trimmed();
            if (rid.isEmpty())
                rid = err.child(QStringLiteral("RequestId")).text.trimmed();
            if (!rid.isEmpty())
                error.requestId = rid;
        }
    } else if (trimmed.startsWith('{')) {
        const QJsonObject json = AwsResponse{httpStatus, {}, trimmed, {}}.json();
        for (const char *key : {"message", "Message", "errorMessage"}) {
            if (json.contains(QLatin1String(key))) {
                error.message = json.value(QLatin1String(key)).toString();
                break;
            }
        }
        QString type = json.value(QLatin1String("__type")).toString();
        if (type.isEmpty())
            type = json.value(QLatin1String("code")).toString();
        if (type.isEmpty())
            type = json.value(QLatin1String("Code")).toString();
        error.code = stripCodeDecorations(type);
    }
    // awsQueryCompatible services name the classic Query code here ("Throttling;Sender").
    const QByteArray queryError = headerValue(headers, "x-amzn-query-error");
    if (!queryError.isEmpty())
        error.code = QString::fromLatin1(queryError.split(';').constFirst());
    const QByteArray errorType = headerValue(headers, "x-amzn-ErrorType");
    if (!errorType.isEmpty() && queryError.isEmpty())
        error.code = stripCodeDecorations(QString::fromLatin1(errorType));
    if (error.code.isEmpty())
        error.code = codeForStatus(httpStatus);
    if (error.message.isEmpty() && !trimmed.isEmpty() && !trimmed.startsWith('<') && !trimmed.startsWith('{'))
        error.message = QString::fromUtf8(trimmed.left(300));
    error.retryable = RetryPolicy::isRetryable(error);
    return error;
}

} // namespace Aws
