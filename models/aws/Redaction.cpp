#include "models/aws/Redaction.h"

#include <QRegularExpression>
#include <QString>

namespace Aws
{

QByteArray Redaction::header(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization") {
        // Keep the credential scope and signed headers (useful when debugging), drop the signature.
        const int sig = value.indexOf("Signature=");
        return sig < 0 ? QByteArray(placeholder) : value.left(sig + 10) + placeholder;
    }
    if (lower == "x-amz-security-token" || lower.contains("secret") || lower.contains("password"))
        return placeholder;
    return value;
}

QByteArray Redaction::body(const QByteArray &body)
{
    static const char *const names[] = {
        "SecretAccessKey", "SessionToken", "DomainSigningPrivateKey", "Password", "SecurityToken", "X-Amz-Signature"};
    QString text = QString::fromUtf8(body);
    for (const char *n : names) {
        const QString name = QString::fromLatin1(n);
        // JSON: "Name": "value"
        text.replace(QRegularExpression(QStringLiteral("(\"%1\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)\"").arg(name)),
            QStringLiteral("\\1<redacted>\""));
        // XML: <Name>value</Name>
        text.replace(
            QRegularExpression(QStringLiteral("(<%1>)[^<]*(</%1>)").arg(name)), QStringLiteral("\\1<redacted>\\2"));
        // Form/query: Name=value
        text.replace(
            QRegularExpression(QStringLiteral("(^|[&?])(%1=)[^&]*").arg(name)), QStringLiteral("\\1\\2<redacted>"));
    }
    return text.toUtf8();
}

} // namespace Aws
