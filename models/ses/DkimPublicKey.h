#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Ses
{

/// Reads a BYODKIM private key as the guide describes it (RSA, PKCS #1 or PKCS #8, 1024–2048
/// bits, PEM or its base64 body without the BEGIN/END lines, L9150-9175) and derives what the DNS
/// record needs: the base64 SubjectPublicKeyInfo that follows "p=" (what `openssl rsa -pubout`
/// prints between its BEGIN/END lines). SES never returns a BYODKIM public key, so the wizard
/// derives it here. Invalid input gives a specific error.
class DkimPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(Ses::DkimPublicKey)

public:
    enum class Error {
        None,
        Empty, ///< Nothing was given.
        Unreadable, ///< Neither PEM nor base64 of a DER private key.
        Encrypted, ///< A passphrase-protected key: SES needs it unencrypted.
        PublicKeyGiven, ///< A public key or certificate, not the private key.
        Damaged, ///< Parses, but its numbers do not form an RSA key (altered or cut text).
        NotRsa, ///< Another algorithm (EC, Ed25519, RSA-PSS...).
        TooShort, ///< Fewer than 1024 bits.
        TooLong, ///< More than 2048 bits.
    };

    static constexpr int MinimumBits = 1024;
    static constexpr int MaximumBits = 2048;

    DkimPublicKey() = default;
    /// Parses a private key given as PEM ("BEGIN PRIVATE KEY" / "BEGIN RSA PRIVATE KEY") or as
    /// the base64 text of its DER form (whitespace ignored).
    static DkimPublicKey fromPrivateKey(const QByteArray &privateKey);

    bool isValid() const
    {
        return m_error == Error::None;
    }
    Error error() const
    {
        return m_error;
    }
    /// What is wrong and what SES accepts instead (translated).
    QString errorString() const;

    int bits() const
    {
        return m_bits;
    }
    /// Base64 of the DER SubjectPublicKeyInfo, no line breaks.
    QString publicKeyBase64() const
    {
        return m_publicKey;
    }
    /// The TXT record's value: "p=" + publicKeyBase64().
    QString dnsValue() const
    {
        return QStringLiteral("p=") + m_publicKey;
    }
    /// The private key as DkimSigningAttributes.DomainSigningPrivateKey wants it: base64 of the
    /// DER key in the format given (PEM lines and line breaks removed, guide L7910-7947).
    QString privateKeyBase64() const
    {
        return m_privateKey;
    }

private:
    Error m_error = Error::Empty;
    int m_bits = 0;
    QString m_publicKey;
    QString m_privateKey;
};

} // namespace Ses
