#include "models/aws/SigV4Signer.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QMutexLocker>

// Only OpenSSL 3 interfaces: the build must not see a deprecated declaration.
#define OPENSSL_API_COMPAT 30000
#define OPENSSL_NO_DEPRECATED
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace Aws
{

namespace
{

// Debug output (canonical request and string to sign, never the key or signature) is off unless
// asked for with QT_LOGGING_RULES="sesdesk.aws.signer.debug=true".
Q_LOGGING_CATEGORY(lcSigner, "sesdesk.aws.signer", QtInfoMsg)

const QByteArray Algorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
const QByteArray Terminator = QByteArrayLiteral("aws4_request");
const QByteArray Redacted = QByteArrayLiteral("<redacted>");
const QByteArray SecurityTokenName = QByteArrayLiteral("X-Amz-Security-Token");

// A cache bound: one key per secret and day is all a session needs; a long-running process that
// crosses many days or rotates credentials simply starts over.
constexpr qsizetype MaxCachedKeys = 64;

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

/// Overwrites a buffer that held key material before it is freed.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

bool equalsIgnoringCase(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// Removes "." and ".." segments and empty segments ("//"), keeping a trailing slash, as
/// botocore and aws-c-auth do for every service but S3.
QByteArray normalizedPath(const QByteArray &path)
{
    QList<QByteArray> segments;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    QByteArray result = '/' + segments.join('/');
    if (path.endsWith('/') && !segments.isEmpty())
        result += '/';
    return result;
}

/// Headers that proxies and HTTP stacks add or rewrite in transit; signing them would break the
/// signature for no security gain (botocore's list).
bool isUnsignable(const QByteArray &lowerName)
{
    return lowerName == "authorization" || lowerName == "user-agent" || lowerName == "expect"
        || lowerName == "transfer-encoding" || lowerName == "x-amzn-trace-id";
}

/// The sorted, distinct lower-case names of the headers to sign.
QList<QByteArray> signableHeaderNames(const HeaderList &headers, bool omitSessionToken)
{
    QList<QByteArray> names;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.trimmed().toLower();
        if (isUnsignable(lower) || (omitSessionToken && lower == "x-amz-security-token"))
            continue;
        names.append(lower);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

/// Every value of one header, trimmed with inner runs of white space (and folded lines)
/// collapsed to one space, joined with ',' in the order they appear.
QByteArray canonicalHeaderValue(const HeaderList &headers, const QByteArray &lowerName)
{
    QByteArray joined;
    bool first = true;
    for (const auto &[name, value] : headers) {
        if (!equalsIgnoringCase(name.trimmed(), lowerName))
            continue;
        if (!first)
            joined += ',';
        joined += value.simplified();
        first = false;
    }
    return joined;
}

QByteArray credentialScope(const QByteArray &date, const QString &region, const QString &service)
{
    return date + '/' + region.toUtf8() + '/' + service.toUtf8() + '/' + Terminator;
}

QByteArray withoutQueryParameter(const QByteArray &rawQuery, const QByteArray &name)
{
    QList<QByteArray> kept;
    for (const QByteArray &part : rawQuery.split('&')) {
        const qsizetype equals = part.indexOf('=');
        const QByteArray partName = equals < 0 ? part : part.left(equals);
        if (QByteArray::fromPercentEncoding(partName) != name)
            kept.append(part);
    }
    return kept.join('&');
}

QByteArray appendQuery(const QByteArray &query, const QByteArray &more)
{
    if (query.isEmpty() || more.isEmpty())
        return query + more;
    return query + '&' + more;
}

/// The canonical request with the session token (raw and URI-encoded) replaced, so that the
/// parts a caller may print never carry it.
QByteArray redacted(QByteArray canonicalRequest, const QByteArray &sessionToken)
{
    if (sessionToken.isEmpty())
        return canonicalRequest;
    canonicalRequest.replace(SigV4Signer::uriEncode(sessionToken, true), Redacted);
    canonicalRequest.replace(sessionToken, Redacted);
    return canonicalRequest;
}

/// Removes every header of that name (case-insensitive).
void removeHeader(HeaderList &headers, const QByteArray &name)
{
    headers.removeIf([&name](const auto &header) {
        return equalsIgnoringCase(header.first, name);
    });
}

} // namespace

QByteArray SigningRequest::header(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (equalsIgnoringCase(headerName, name))
            return value;
    }
    return {};
}

void SigningRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    // Replace in place so a re-signed request keeps its header order (and the signed request
    // files of the AWS suite are reproduced byte for byte).
    const auto it = std::find_if(headers.begin(), headers.end(), [&name](const auto &header) {
        return equalsIgnoringCase(header.first, name);
    });
    if (it == headers.end()) {
        headers.append({name, value});
        return;
    }
    const qsizetype index = std::distance(headers.begin(), it);
    headers[index] = {name, value};
    for (qsizetype i = headers.size() - 1; i > index; --i) {
        if (equalsIgnoringCase(headers.at(i).first, name))
            headers.removeAt(i);
    }
}

/// A canonical request and the header list it signs.
struct SigV4Signer::Canonical {
    QByteArray request;
    QByteArray signedHeaders;
};

SigV4Signer::SigV4Signer(QString region, QString service, SigningOptions options)
    : m_region(std::move(region))
    , m_service(std::move(service))
    , m_options(options)
{
}

SignatureParts SigV4Signer::sign(SigningRequest &request, const Credentials &credentials, const QDateTime &time) const
{
    const QByteArray dateTime = amzDate(time);
    const QByteArray sessionToken = credentials.sessionToken.toUtf8();
    if (sessionToken.isEmpty())
        removeHeader(request.headers, SecurityTokenName);
    else
        request.setHeader(SecurityTokenName, sessionToken);
    request.setHeader("X-Amz-Date", dateTime);
    const QByteArray payloadHash = sha256Hex(request.body);
    if (m_options.addContentSha256Header)
        request.setHeader("x-amz-content-sha256", payloadHash);

    const QList<QByteArray> names = signableHeaderNames(request.headers, m_options.omitSessionTokenFromSignature);
    const Canonical canonical = canonicalise(request, names, {}, payloadHash);
    SignatureParts parts = finish(canonical, credentials.secretAccessKey, dateTime, sessionToken);
    parts.authorization = Algorithm + " Credential=" + credentials.accessKeyId.toUtf8() + '/' + parts.credentialScope
        + ", SignedHeaders=" + parts.signedHeaders + ", Signature=" + parts.signature;
    request.setHeader("Authorization", parts.authorization);
    return parts;
}

SignatureParts SigV4Signer::presign(
    SigningRequest &request, const Credentials &credentials, const QDateTime &time, int expiresSeconds) const
{
    const QByteArray dateTime = amzDate(time);
    const QByteArray scope = credentialScope(dateTime.left(8), m_region, m_service);
    const QList<QByteArray> names = signableHeaderNames(request.headers, false);
    const QByteArray signedHeaders = names.join(';');

    const QByteArray presignQuery = "X-Amz-Algorithm=" + Algorithm
        + "&X-Amz-Credential=" + uriEncode(credentials.accessKeyId.toUtf8() + '/' + scope, true)
        + "&X-Amz-Date=" + dateTime + "&X-Amz-SignedHeaders=" + uriEncode(signedHeaders, true)
        + "&X-Amz-Expires=" + QByteArray::number(expiresSeconds);
    const QByteArray sessionToken = credentials.sessionToken.toUtf8();
    const QByteArray tokenQuery
        = sessionToken.isEmpty() ? QByteArray() : SecurityTokenName + '=' + uriEncode(sessionToken, true);
    const QByteArray signedQuery
        = m_options.omitSessionTokenFromSignature ? presignQuery : appendQuery(presignQuery, tokenQuery);

    const Canonical canonical = canonicalise(request, names, signedQuery, sha256Hex(request.body));
    SignatureParts parts = finish(canonical, credentials.secretAccessKey, dateTime, sessionToken);
    request.query = appendQuery(request.query, appendQuery(presignQuery, tokenQuery));
    request.query = appendQuery(request.query, "X-Amz-Signature=" + parts.signature);
    return parts;
}

SignatureParts SigV4Signer::signatureFor(const SigningRequest &request,
    const QList<QByteArray> &signedHeaderNames,
    const QString &secretAccessKey,
    const QDateTime &time) const
{
    QList<QByteArray> names;
    for (const QByteArray &name : signedHeaderNames)
        names.append(name.trimmed().toLower());
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());

    // A presigned request carries its signature in the query, which is not part of what it signs.
    SigningRequest toVerify = request;
    toVerify.query = withoutQueryParameter(request.query, "X-Amz-Signature");
    QByteArray sessionToken = request.header(SecurityTokenName);
    if (sessionToken.isEmpty()) {
        for (const QByteArray &part : request.query.split('&')) {
            if (part.startsWith(SecurityTokenName + '='))
                sessionToken = QByteArray::fromPercentEncoding(part.mid(SecurityTokenName.size() + 1));
        }
    }
    const Canonical canonical = canonicalise(toVerify, names, {}, sha256Hex(request.body));
    return finish(canonical, secretAccessKey, amzDate(time), sessionToken);
}

SigV4Signer::Canonical SigV4Signer::canonicalise(const SigningRequest &request,
    const QList<QByteArray> &signedHeaderNames,
    const QByteArray &extraQuery,
    const QByteArray &payloadHash) const
{
    Canonical canonical;
    canonical.signedHeaders = signedHeaderNames.join(';');
    QByteArray headers;
    for (const QByteArray &name : signedHeaderNames)
        headers += name + ':' + canonicalHeaderValue(request.headers, name) + '\n';
    canonical.request = request.method.toUpper() + '\n' + canonicalUri(request.path) + '\n'
        + canonicalQuery(appendQuery(request.query, extraQuery)) + '\n' + headers + '\n' + canonical.signedHeaders
        + '\n' + payloadHash;
    return canonical;
}

SignatureParts SigV4Signer::finish(const Canonical &canonical,
    const QString &secretAccessKey,
    const QByteArray &amzDateTime,
    const QByteArray &secretToRedact) const
{
    SignatureParts parts;
    const QByteArray date = amzDateTime.left(8);
    parts.credentialScope = credentialScope(date, m_region, m_service);
    parts.signedHeaders = canonical.signedHeaders;
    parts.stringToSign
        = Algorithm + '\n' + amzDateTime + '\n' + parts.credentialScope + '\n' + sha256Hex(canonical.request);
    parts.canonicalRequest = redacted(canonical.request, secretToRedact);
    QByteArray key = signingKey(secretAccessKey, date);
    parts.signature = hmacSha256(key, parts.stringToSign).toHex();
    wipe(key);
    qCDebug(lcSigner).noquote() << QString::fromUtf8(
        "canonical request:\n" + parts.canonicalRequest + "\nstring to sign:\n" + parts.stringToSign);
    return parts;
}

QByteArray SigV4Signer::signingKey(const QString &secretAccessKey, const QByteArray &date) const
{
    QByteArray secret = secretAccessKey.toUtf8();
    QByteArray keyMaterial = "AWS4" + secret;
    wipe(secret);
    // The cache is keyed by a hash of the secret, never by the secret itself.
    const QByteArray cacheKey
        = sha256Hex(keyMaterial) + '/' + date + '/' + m_region.toUtf8() + '/' + m_service.toUtf8();
    {
        const QMutexLocker lock(&m_cacheMutex);
        const auto cached = m_keyCache.constFind(cacheKey);
        if (cached != m_keyCache.constEnd()) {
            wipe(keyMaterial);
            return *cached;
        }
    }
    QByteArray dateKey = hmacSha256(keyMaterial, date);
    QByteArray regionKey = hmacSha256(dateKey, m_region.toUtf8());
    QByteArray serviceKey = hmacSha256(regionKey, m_service.toUtf8());
    const QByteArray key = hmacSha256(serviceKey, Terminator);
    for (QByteArray *material : {&keyMaterial, &dateKey, &regionKey, &serviceKey})
        wipe(*material);

    const QMutexLocker lock(&m_cacheMutex);
    if (m_keyCache.size() >= MaxCachedKeys)
        m_keyCache.clear();
    m_keyCache.insert(cacheKey, key);
    return key;
}

void SigV4Signer::clearKeyCache() const
{
    const QMutexLocker lock(&m_cacheMutex);
    m_keyCache.clear();
}

int SigV4Signer::cachedKeyCount() const
{
    const QMutexLocker lock(&m_cacheMutex);
    return int(m_keyCache.size());
}

ParsedAuthorization SigV4Signer::parseAuthorization(const QByteArray &headerValue)
{
    // The problems are protocol messages a server returns, worded as AWS words them (English on
    // the wire, like every AWS error message), so they are not translated.
    ParsedAuthorization parsed;
    const auto fail = [&parsed](const QString &problem) -> ParsedAuthorization {
        parsed.valid = false;
        parsed.problem = problem;
        return parsed;
    };

    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return fail(QStringLiteral("The Authorization header is empty."));
    const qsizetype space = value.indexOf(' ');
    const QByteArray algorithm = space < 0 ? value : value.left(space);
    if (algorithm != Algorithm) {
        // Echo the algorithm only when it looks like one: the header may hold a signature.
        const bool printable = algorithm.size() <= 32 && std::all_of(algorithm.begin(), algorithm.end(), [](char c) {
            return isUnreserved(c);
        });
        return fail(printable ? QStringLiteral("Unsupported AWS 'algorithm': '%1'.").arg(QString::fromLatin1(algorithm))
                              : QStringLiteral("Unsupported AWS 'algorithm': expected 'AWS4-HMAC-SHA256'."));
    }

    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray signature;
    bool seenCredential = false;
    bool seenSignedHeaders = false;
    bool seenSignature = false;
    for (const QByteArray &rawComponent : value.mid(algorithm.size()).split(',')) {
        const QByteArray component = rawComponent.trimmed();
        if (component.isEmpty())
            continue;
        const qsizetype equals = component.indexOf('=');
        const QByteArray name = component.left(equals);
        const QByteArray componentValue = equals < 0 ? QByteArray() : component.mid(equals + 1).trimmed();
        struct Slot {
            const char *name;
            QByteArray *value;
            bool *seen;
        };
        const Slot components[] = {{"Credential", &credential, &seenCredential},
            {"SignedHeaders", &signedHeaders, &seenSignedHeaders},
            {"Signature", &signature, &seenSignature}};
        const auto slot = std::find_if(std::begin(components), std::end(components), [&name](const Slot &s) {
            return name == s.name;
        });
        if (equals < 0)
            return fail(QStringLiteral("Authorization header has a malformed component; "
                                       "expected 'Credential=', 'SignedHeaders=' and 'Signature='."));
        if (slot == std::end(components)) {
            // Echo the name only when it looks like one: a garbled header may hold a signature.
            const bool printableName = name.size() <= 32 && std::all_of(name.begin(), name.end(), [](char c) {
                return isUnreserved(c);
            });
            return fail(printableName ? QStringLiteral("Authorization header has an unknown component '%1'; "
                                                       "expected 'Credential=', 'SignedHeaders=' and 'Signature='.")
                                            .arg(QString::fromLatin1(name))
                                      : QStringLiteral("Authorization header has an unknown component; "
                                                       "expected 'Credential=', 'SignedHeaders=' and 'Signature='."));
        }
        if (*slot->seen)
            return fail(QStringLiteral("Authorization header has more than one '%1' component.")
                            .arg(QLatin1String(slot->name)));
        *slot->seen = true;
        *slot->value = componentValue;
    }

    QString missing;
    if (!seenCredential)
        missing += QStringLiteral("Authorization header requires 'Credential' parameter. ");
    if (!seenSignedHeaders)
        missing += QStringLiteral("Authorization header requires 'SignedHeaders' parameter. ");
    if (!seenSignature)
        missing += QStringLiteral("Authorization header requires 'Signature' parameter. ");
    if (!missing.isEmpty())
        return fail(missing.trimmed());

    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope.at(0).isEmpty())
        return fail(QStringLiteral("The Credential is malformed; expecting "
                                   "\"<access key id>/YYYYMMDD/REGION/SERVICE/aws4_request\"."));
    const QByteArray &date = scope.at(1);
    const bool dateIsDigits = date.size() == 8 && std::all_of(date.begin(), date.end(), [](char c) {
        return c >= '0' && c <= '9';
    });
    if (!dateIsDigits)
        return fail(QStringLiteral("The Credential date must be in YYYYMMDD format."));
    if (scope.at(2).isEmpty())
        return fail(QStringLiteral("Credential should be scoped to a valid region."));
    if (scope.at(3).isEmpty())
        return fail(QStringLiteral("Credential should be scoped to a valid service."));
    if (scope.at(4) != Terminator)
        return fail(QStringLiteral("Credential should be scoped with a valid terminator: 'aws4_request', not '%1'.")
                        .arg(QString::fromUtf8(scope.at(4).left(32))));

    const QList<QByteArray> headerNames = signedHeaders.split(';');
    for (const QByteArray &name : headerNames) {
        if (name.isEmpty() || name != name.toLower() || name.contains(' '))
            return fail(QStringLiteral("SignedHeaders must be lower-case header names separated by ';'."));
    }
    if (!headerNames.contains("host"))
        return fail(QStringLiteral("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization."));

    const bool signatureIsHex = signature.size() == 64 && std::all_of(signature.begin(), signature.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
    if (!signatureIsHex)
        return fail(QStringLiteral("The Signature must be 64 lower-case hexadecimal digits."));

    parsed.accessKeyId = scope.at(0);
    parsed.date = date;
    parsed.region = scope.at(2);
    parsed.service = scope.at(3);
    parsed.signedHeaders = headerNames;
    parsed.signature = signature;
    parsed.valid = true;
    return parsed;
}

QByteArray SigV4Signer::canonicalUri(const QByteArray &encodedPath) const
{
    QByteArray path = encodedPath.isEmpty() ? QByteArrayLiteral("/") : encodedPath;
    if (m_options.normalizePath)
        path = normalizedPath(path);
    if (m_options.doubleEncodePath)
        return uriEncode(path, false);
    // S3 rule: the path is encoded exactly once, whether or not the caller already encoded it.
    return uriEncode(QByteArray::fromPercentEncoding(path), false);
}

QByteArray SigV4Signer::canonicalQuery(const QByteArray &rawQuery)
{
    QList<QPair<QByteArray, QByteArray>> parameters;
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray name = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        // Decoding first means an already-encoded parameter is not encoded twice.
        parameters.append({uriEncode(QByteArray::fromPercentEncoding(name), true),
            uriEncode(QByteArray::fromPercentEncoding(value), true)});
    }
    std::sort(parameters.begin(), parameters.end());
    QByteArray canonical;
    for (const auto &[name, value] : parameters) {
        if (!canonical.isEmpty())
            canonical += '&';
        canonical += name + '=' + value;
    }
    return canonical;
}

QByteArray SigV4Signer::uriEncode(const QByteArray &bytes, bool encodeSlash)
{
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    QByteArray encoded;
    encoded.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (c == '/' && !encodeSlash)) {
            encoded += c;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        encoded += '%';
        encoded += hexDigits[byte >> 4];
        encoded += hexDigits[byte & 0x0f];
    }
    return encoded;
}

QByteArray SigV4Signer::sha256Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        qFatal("SHA-256 is unavailable in OpenSSL");
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QByteArray SigV4Signer::hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(),
            key.constData(),
            int(key.size()),
            reinterpret_cast<const unsigned char *>(data.constData()),
            size_t(data.size()),
            mac,
            &length))
        qFatal("HMAC-SHA256 is unavailable in OpenSSL");
    QByteArray result(reinterpret_cast<const char *>(mac), int(length));
    OPENSSL_cleanse(mac, sizeof mac);
    return result;
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

} // namespace Aws
