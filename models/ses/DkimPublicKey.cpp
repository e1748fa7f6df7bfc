#include "models/ses/DkimPublicKey.h"

#include <memory>

#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace Ses
{

namespace
{

struct PkeyDeleter {
    void operator()(EVP_PKEY *key) const
    {
        EVP_PKEY_free(key);
    }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

struct BioDeleter {
    void operator()(BIO *bio) const
    {
        BIO_free(bio);
    }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

// A passphrase callback that declines, so an encrypted PEM fails instead of prompting on a tty.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

PkeyPtr readDerPrivateKey(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    PkeyPtr key(d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(der.size())));
    // Trailing garbage after a valid key means the text was not one key.
    if (key && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        key.reset();
    return key;
}

bool isDerPublicKey(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    PkeyPtr key(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
    return key != nullptr;
}

QByteArray pemBody(const QByteArray &pem)
{
    QByteArray body;
    bool inside = false;
    for (const QByteArray &rawLine : pem.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.startsWith("-----BEGIN ")) {
            inside = true;
            continue;
        }
        if (line.startsWith("-----END "))
            break;
        if (inside && !line.contains(':')) // skip RFC 1421 headers such as Proc-Type
            body += line;
    }
    return body;
}

} // namespace

DkimPublicKey DkimPublicKey::fromPrivateKey(const QByteArray &privateKey)
{
    DkimPublicKey result;
    const QByteArray text = privateKey.trimmed();
    if (text.isEmpty()) {
        result.m_error = Error::Empty;
        return result;
    }

    PkeyPtr key;
    QByteArray derBase64;
    if (text.contains("-----BEGIN ")) {
        if (text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED")) {
            result.m_error = Error::Encrypted;
            return result;
        }
        if (text.contains("PUBLIC KEY-----") || text.contains("-----BEGIN CERTIFICATE-----")) {
            result.m_error = Error::PublicKeyGiven;
            return result;
        }
        BioPtr bio(BIO_new_mem_buf(text.constData(), static_cast<int>(text.size())));
        key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
        derBase64 = pemBody(text);
    } else {
        QByteArray compact = text;
        compact.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
        static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
        if (base64.match(QString::fromLatin1(compact)).hasMatch()) {
            const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                key = readDerPrivateKey(*decoded);
                if (!key && isDerPublicKey(*decoded)) {
                    ERR_clear_error();
                    result.m_error = Error::PublicKeyGiven;
                    return result;
                }
            }
        }
        derBase64 = compact;
    }
    ERR_clear_error();
    if (!key) {
        result.m_error = Error::Unreadable;
        return result;
    }

    if (EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA) {
        result.m_error = Error::NotRsa;
        return result;
    }
    result.m_bits = EVP_PKEY_get_bits(key.get());
    if (result.m_bits < MinimumBits) {
        result.m_error = Error::TooShort;
        return result;
    }
    if (result.m_bits > MaximumBits) {
        result.m_error = Error::TooLong;
        return result;
    }

    // A key altered in the middle of its base64 still parses; RSA_check_key (via EVP_PKEY_check)
    // finds that its primes, modulus and exponents no longer fit together.
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr), &EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_check(ctx.get()) != 1) {
        ERR_clear_error();
        result.m_error = Error::Damaged;
        return result;
    }

    unsigned char *spki = nullptr;
    const int length = i2d_PUBKEY(key.get(), &spki);
    if (length <= 0) {
        ERR_clear_error();
        result.m_error = Error::Unreadable;
        return result;
    }
    result.m_publicKey = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(spki), length).toBase64());
    OPENSSL_free(spki);
    result.m_privateKey = QString::fromLatin1(derBase64);
    result.m_error = Error::None;
    return result;
}

QString DkimPublicKey::errorString() const
{
    switch (m_error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("No private key was given.");
    case Error::Unreadable:
        return tr("This is not a readable private key. Paste the PEM key (from -----BEGIN PRIVATE KEY----- or "
                  "-----BEGIN RSA PRIVATE KEY----- to the END line), or its base64 text without those lines.");
    case Error::Encrypted:
        return tr("The private key is protected by a passphrase. SES needs the unencrypted key: decrypt it first "
                  "(openssl rsa -in private.key -out plain.key).");
    case Error::PublicKeyGiven:
        return tr("This is a public key or certificate. BYODKIM needs the private key; SesDesk derives the public "
                  "key from it.");
    case Error::Damaged:
        return tr("The private key is damaged: its parts do not belong together. Copy it again, completely and "
                  "unchanged.");
    case Error::NotRsa:
        return tr("The key is not an RSA key. SES accepts only RSA keys for DKIM.");
    case Error::TooShort:
        return tr("The RSA key has %1 bits; SES accepts keys of %2 to %3 bits.")
            .arg(m_bits)
            .arg(MinimumBits)
            .arg(MaximumBits);
    case Error::TooLong:
        return tr("The RSA key has %1 bits; SES accepts keys of %2 to %3 bits.")
            .arg(m_bits)
            .arg(MinimumBits)
            .arg(MaximumBits);
    }
    return {};
}

} // namespace Ses
