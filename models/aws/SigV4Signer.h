#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include "models/aws/Credentials.h"

namespace Aws
{

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// An HTTP request as it goes on the wire, the unit the signer reads and amends.
struct SigningRequest {
    QByteArray method; ///< "GET", "POST"...
    QByteArray path; ///< Percent-encoded path as sent, starting with '/'.
    QByteArray query; ///< Raw query string as sent, without '?'; may be empty.
    HeaderList headers; ///< Must contain Host. Names keep their case; duplicates allowed.
    QByteArray body;

    QByteArray header(const QByteArray &name) const; ///< First value, case-insensitive; empty if absent.
    void setHeader(const QByteArray &name, const QByteArray &value); ///< Replaces every header of that name.
};

/// How a request is canonicalised. Defaults are the rules every AWS service but S3 uses.
struct SigningOptions {
    bool normalizePath = true; ///< Remove "." and ".." segments and collapse "//".
    bool doubleEncodePath = true; ///< URI-encode the already-encoded path again (non-S3 rule).
    bool addContentSha256Header = false; ///< Add and sign x-amz-content-sha256 (S3, some proxies).
    bool omitSessionTokenFromSignature = false; ///< Add X-Amz-Security-Token after signing (IoT style).
};

/// The intermediate values of one signature, for tests and --debug (which redacts the signature).
/// Never holds a secret: the session token, where the canonical request carries it, is replaced by
/// "<redacted>" (the string to sign still hashes the real canonical request).
struct SignatureParts {
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; ///< "host;x-amz-date"
    QByteArray credentialScope; ///< "20150830/us-east-1/service/aws4_request"
    QByteArray signature; ///< 64 lower-case hex digits
    QByteArray authorization; ///< The Authorization header value (header signing only).
};

/// The parsed Authorization header of a SigV4-signed request (what a server reads).
struct ParsedAuthorization {
    QByteArray accessKeyId;
    QByteArray date; ///< yyyyMMdd
    QByteArray region;
    QByteArray service;
    QList<QByteArray> signedHeaders;
    QByteArray signature;
    bool valid = false;
    QString problem; ///< Why it is not valid, when it is not.
};

/// AWS Signature Version 4 (HMAC-SHA256 via OpenSSL) for one region and service: canonical
/// request, string to sign, signing key (cached per secret, date, region and service, keyed by a
/// hash of the secret), Authorization header or presigned query. Thread-safe.
///
/// Every header of the request is signed except Authorization and the ones proxies and HTTP
/// stacks add or rewrite (User-Agent, Expect, Transfer-Encoding, X-Amzn-Trace-Id), as botocore does.
class SigV4Signer
{
public:
    SigV4Signer(QString region, QString service, SigningOptions options = {});

    const QString &region() const
    {
        return m_region;
    }
    const QString &service() const
    {
        return m_service;
    }

    /// Signs in place: adds X-Amz-Date (and X-Amz-Security-Token, x-amz-content-sha256 when
    /// applicable) and Authorization to the headers.
    SignatureParts sign(SigningRequest &request, const Credentials &credentials, const QDateTime &time) const;

    /// Presigns in place: appends X-Amz-Algorithm, -Credential, -Date, -SignedHeaders, -Expires
    /// (and -Security-Token) to the query, then X-Amz-Signature last (aws-c-auth's order; the
    /// canonical query sorts them anyway). The payload hash is the SHA-256 of the body.
    SignatureParts presign(
        SigningRequest &request, const Credentials &credentials, const QDateTime &time, int expiresSeconds) const;

    /// Computes the signature of a request that already carries its X-Amz-* headers, signing
    /// exactly the given header names (lower case), with the SHA-256 of the body as payload hash.
    /// This is what a server does to verify: compare the result with the parsed signature. A
    /// listed header the request lacks is canonicalised with an empty value (so it cannot match).
    /// A presigned request is verified the same way: its X-Amz-Signature parameter is left out and
    /// the names come from X-Amz-SignedHeaders.
    SignatureParts signatureFor(const SigningRequest &request,
        const QList<QByteArray> &signedHeaderNames,
        const QString &secretAccessKey,
        const QDateTime &time) const;

    /// Parses "AWS4-HMAC-SHA256 Credential=AKID/yyyyMMdd/region/service/aws4_request,
    /// SignedHeaders=a;b, Signature=hex". On failure `valid` is false and `problem` says what is
    /// wrong, in AWS's words where AWS has them (never echoing the header, which holds the signature).
    static ParsedAuthorization parseAuthorization(const QByteArray &headerValue);

    /// Forgets every derived signing key (benchmarks and tests measure the uncached path).
    void clearKeyCache() const;
    /// How many signing keys are cached (tests check that a second signature hits the cache).
    int cachedKeyCount() const;

    // Building blocks, public for tests and for the server side.
    /// The path as it goes into the canonical request: normalised and encoded once more (or,
    /// without doubleEncodePath, decoded and encoded exactly once), per the signer's options.
    QByteArray canonicalUri(const QByteArray &encodedPath) const;
    /// Names and values percent-decoded and re-encoded, sorted by name then value; a name
    /// without '=' gets an empty value.
    static QByteArray canonicalQuery(const QByteArray &rawQuery);
    /// Percent-encodes every byte outside A-Z a-z 0-9 - . _ ~ (and '/' unless encodeSlash),
    /// with upper-case hex.
    static QByteArray uriEncode(const QByteArray &bytes, bool encodeSlash);
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
    static QByteArray amzDate(const QDateTime &time); ///< yyyyMMddTHHmmssZ

private:
    struct Canonical;
    Canonical canonicalise(const SigningRequest &request,
        const QList<QByteArray> &signedHeaderNames,
        const QByteArray &extraQuery,
        const QByteArray &payloadHash) const;
    SignatureParts finish(const Canonical &canonical,
        const QString &secretAccessKey,
        const QByteArray &amzDateTime,
        const QByteArray &secretToRedact) const;
    QByteArray signingKey(const QString &secretAccessKey, const QByteArray &date) const;

    QString m_region;
    QString m_service;
    SigningOptions m_options;
    mutable QMutex m_cacheMutex;
    mutable QHash<QByteArray, QByteArray> m_keyCache; // sha256(secret)/date/region/service -> key
};

} // namespace Aws
