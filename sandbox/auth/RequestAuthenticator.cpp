#include "sandbox/auth/RequestAuthenticator.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include "models/aws/Clock.h"
#include "models/aws/SigV4Signer.h"

#include "sandbox/http/HttpExchange.h"

namespace Sandbox
{

namespace
{

AuthFailure fail(AuthFailure::Kind kind, const QString &message)
{
    return AuthFailure{kind, message};
}

QDateTime parseAmzDate(const QByteArray &value)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(value), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 7231 IMF-fixdate: "Sun, 30 Aug 2015 12:36:00 GMT".
    QDateTime t = QLocale::c().toDateTime(
        QString::fromLatin1(value).trimmed(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString amz(const QDateTime &t)
{
    return QString::fromLatin1(Aws::SigV4Signer::amzDate(t));
}

} // namespace

RequestAuthenticator::RequestAuthenticator(QString region, const Aws::Clock &clock, int skewSeconds)
    : m_region(std::move(region))
    , m_clock(clock)
    , m_skewSeconds(skewSeconds)
{
}

RequestAuthenticator::~RequestAuthenticator() = default;

void RequestAuthenticator::addCredentials(const QString &accessKeyId, const QString &secretAccessKey)
{
    m_secrets.insert(accessKeyId, secretAccessKey);
}

const Aws::SigV4Signer &RequestAuthenticator::signerFor(const QString &service) const
{
    auto it = m_signers.find(service);
    if (it == m_signers.end())
        it = m_signers.emplace(service, std::make_unique<Aws::SigV4Signer>(m_region, service)).first;
    return *it->second;
}

RequestAuthenticator::Result RequestAuthenticator::verify(const HttpRequest &request, const QStringList &services) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return fail(AuthFailure::Kind::MissingToken, QStringLiteral("Missing Authentication Token"));

    const Aws::ParsedAuthorization parsed = Aws::SigV4Signer::parseAuthorization(authorization);
    if (!parsed.valid) {
        return fail(AuthFailure::Kind::IncompleteSignature,
            parsed.problem.isEmpty()
                ? QStringLiteral("Authorization header is not a valid AWS Signature Version 4 header.")
                : parsed.problem);
    }

    const QString accessKeyId = QString::fromUtf8(parsed.accessKeyId);
    const auto secret = m_secrets.constFind(accessKeyId);
    if (secret == m_secrets.constEnd())
        return fail(AuthFailure::Kind::UnknownAccessKey,
            QStringLiteral("The security token included in the request is invalid."));

    QDateTime requestTime;
    QByteArray dateText = request.header("X-Amz-Date");
    if (!dateText.isEmpty()) {
        requestTime = parseAmzDate(dateText);
    } else if (!(dateText = request.header("Date")).isEmpty()) {
        requestTime = parseHttpDate(dateText);
    } else {
        return fail(AuthFailure::Kind::IncompleteSignature,
            QStringLiteral("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."));
    }
    if (!requestTime.isValid()) {
        return fail(AuthFailure::Kind::IncompleteSignature,
            QStringLiteral("Date must be in ISO-8601 'basic format'. Got '%1'. See "
                           "http://en.wikipedia.org/wiki/ISO_8601")
                .arg(QString::fromLatin1(dateText)));
    }

    const QString scopeRegion = QString::fromUtf8(parsed.region);
    const QString scopeService = QString::fromUtf8(parsed.service);
    if (scopeRegion != m_region) {
        return fail(AuthFailure::Kind::InvalidScope,
            QStringLiteral("Credential should be scoped to a valid region, not '%1'. ").arg(scopeRegion));
    }
    if (!services.contains(scopeService)) {
        return fail(AuthFailure::Kind::InvalidScope,
            QStringLiteral("Credential should be scoped to correct service: '%1'. ").arg(services.value(0)));
    }
    const QByteArray requestDay = requestTime.toString(QStringLiteral("yyyyMMdd")).toLatin1();
    if (parsed.date != requestDay) {
        return fail(AuthFailure::Kind::InvalidScope,
            QStringLiteral("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from "
                           "HTTP: '%1' != '%2', from '%3'.")
                .arg(QString::fromLatin1(parsed.date), QString::fromLatin1(requestDay), amz(requestTime)));
    }
    if (!parsed.signedHeaders.contains(QByteArrayLiteral("host"))) {
        return fail(AuthFailure::Kind::IncompleteSignature,
            QStringLiteral("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."));
    }

    const QDateTime now = m_clock.nowUtc();
    const qint64 skew = requestTime.secsTo(now);
    const QString window = QStringLiteral("%1 min.").arg(m_skewSeconds / 60);
    if (skew > m_skewSeconds) {
        return fail(AuthFailure::Kind::Expired,
            QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - %4)")
                .arg(amz(requestTime), amz(now.addSecs(-m_skewSeconds)), amz(now), window));
    }
    if (-skew > m_skewSeconds) {
        return fail(AuthFailure::Kind::NotYetCurrent,
            QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + %4)")
                .arg(amz(requestTime), amz(now.addSecs(m_skewSeconds)), amz(now), window));
    }

    Aws::SigningRequest signing;
    signing.method = request.method;
    signing.path = request.path;
    signing.query = request.query;
    signing.headers = request.headers;
    signing.body = request.body;
    const Aws::SignatureParts expected
        = signerFor(scopeService).signatureFor(signing, parsed.signedHeaders, *secret, requestTime);
    if (!constantTimeEquals(expected.signature, parsed.signature.toLower())) {
        return fail(AuthFailure::Kind::SignatureMismatch,
            QStringLiteral("The request signature we calculated does not match the signature you provided. "
                           "Check your AWS Secret Access Key and signing method. Consult the service "
                           "documentation for details."));
    }
    return AuthenticatedCaller{accessKeyId, scopeService};
}

} // namespace Sandbox
