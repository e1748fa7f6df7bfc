#include "models/aws/SecretRedactor.h"

#include <QRegularExpression>

namespace Aws
{

void SecretRedactor::addSecret(const QString &secret)
{
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString SecretRedactor::redact(QString text) const
{
    // Longest first, so a secret containing another is removed whole.
    QStringList secrets = m_secrets;
    std::sort(secrets.begin(), secrets.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size();
    });
    for (const QString &secret : std::as_const(secrets))
        text.replace(secret, placeholder);

    // "SecretAccessKey": "...", aws_secret_access_key = ..., SESSION_TOKEN=..., password: ...
    static const QRegularExpression quotedPair(
        QStringLiteral("(\"[^\"]*(?:secret|token|password|credential)[^\"]*\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\""),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(quotedPair, QStringLiteral("\\1\"<redacted>\""));
    static const QRegularExpression plainPair(
        QStringLiteral("(\\b[\\w.-]*(?:secret|token|password)[\\w.-]*\\s*[=:]\\s*)(?!<redacted>)[^\\s,;\"']+"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(plainPair, QStringLiteral("\\1<redacted>"));
    // A 40-character secret key or a session token: a long run of base64 characters.
    static const QRegularExpression longBase64(QStringLiteral("[A-Za-z0-9/+=]{32,}"));
    text.replace(longBase64, placeholder);
    return text;
}

} // namespace Aws
