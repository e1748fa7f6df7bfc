#include "sandbox/state/DkimKeys.h"

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace Sandbox
{

QStringList DkimKeys::easyDkimTokens(QRandomGenerator &random)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QStringList tokens;
    for (int t = 0; t < 3; ++t) {
        QString token;
        token.reserve(32);
        for (int i = 0; i < 32; ++i)
            token.append(QLatin1Char(alphabet[random.bounded(32)]));
        tokens.append(token);
    }
    return tokens;
}

QString DkimKeys::signingHostedZone(const QString &region)
{
    if (region == QLatin1String("af-south-1") || region == QLatin1String("ap-northeast-3")
        || region == QLatin1String("eu-south-1"))
        return QStringLiteral("dkim.%1.amazonses.com").arg(region);
    return QStringLiteral("dkim.amazonses.com");
}

Outcome<int> DkimKeys::validatePrivateKey(const QString &base64Der)
{
    const auto invalid = ServiceError::badRequest(QStringLiteral(
        "Invalid DKIM private key: provide an RSA private key of 1024 to 2048 bits in PKCS #1 or PKCS #8 "
        "format, base64-encoded, without the BEGIN/END lines or line breaks."));
    const auto decoded = QByteArray::fromBase64Encoding(base64Der.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return invalid;
    const QByteArray &der = decoded.decoded;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    // d2i_AutoPrivateKey reads both PKCS #8 PrivateKeyInfo and the traditional PKCS #1 RSAPrivateKey.
    EVP_PKEY *key = d2i_AutoPrivateKey(nullptr, &p, static_cast<long>(der.size()));
    if (!key)
        return invalid;
    const bool isRsa = EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA;
    const int bits = EVP_PKEY_get_bits(key);
    EVP_PKEY_free(key);
    if (!isRsa || bits < 1024 || bits > 2048)
        return invalid;
    return bits;
}

} // namespace Sandbox
