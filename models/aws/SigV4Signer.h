#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include "models/aws/Credentials.h"

namespace Aws {

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
/// request, string to sign, signing key (cached per date, region and service), Authorization
/// header or presigned query. Thread-safe.
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

    /// Presigns in place: appends X-Amz-Algorithm, -Credential, -Date, -Expires, -SignedHeaders
    /// (and -Security-Token) to the query, then X-Amz-Signature last.
    SignatureParts presign(SigningRequest &request,
                           const Credentials &credentials,
                           const QDateTime &time,
                           int expiresSeconds) const;

    /// Computes the signature of a request that already carries its X-Amz-* headers, signing
    /// exactly the given header names (lower case). This is what a server does to verify.
    SignatureParts signatureFor(const SigningRequest &request,
                                const QList<QByteArray> &signedHeaderNames,
                                const QString &secretAccessKey,
                                const QDateTime &time) const;

    static ParsedAuthorization parseAuthorization(const QByteArray &headerValue);

    // Building blocks, public for tests and for the server side.
    QByteArray canonicalUri(const QByteArray &encodedPath) const;
    static QByteArray canonicalQuery(const QByteArray &rawQuery);
    static QByteArray uriEncode(const QByteArray &bytes, bool encodeSlash);
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
    static QByteArray amzDate(const QDateTime &time); ///< yyyyMMddTHHmmssZ

private:
    QByteArray signingKey(const QString &secretAccessKey, const QByteArray &date) const;

    QString m_region;
    QString m_service;
    SigningOptions m_options;
    mutable QMutex m_cacheMutex;
    mutable QHash<QByteArray, QByteArray> m_keyCache; // sha256(secret)+date -> key
};

} // namespace Aws
