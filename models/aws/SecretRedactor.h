#pragma once

#include <QString>
#include <QStringList>

namespace Aws
{

/// Removes secrets from text we did not write ourselves but may show, such as the stderr of a
/// credential_process: every known secret value, "secret/token/password = value" pairs in
/// JSON, INI or shell style, and any long run of base64 characters, which is what AWS secret
/// keys and session tokens look like. Access key ids stay (they are not secret and help).
class SecretRedactor
{
public:
    static constexpr QLatin1StringView placeholder{"<redacted>"};

    /// Redacts this exact value wherever it appears (ignored when shorter than 4 characters).
    void addSecret(const QString &secret);
    QString redact(QString text) const;

private:
    QStringList m_secrets;
};

} // namespace Aws
