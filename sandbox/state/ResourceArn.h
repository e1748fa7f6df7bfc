#pragma once

#include <optional>

#include <QString>

namespace Sandbox
{

/// An SES resource ARN: arn:aws:ses:<region>:<account>:<type>/<name>, e.g.
/// arn:aws:ses:us-east-1:123456789012:identity/example.com.
struct ResourceArn {
    QString partition = QStringLiteral("aws");
    QString region;
    QString accountId;
    QString resourceType; ///< "identity", "configuration-set", "contact-list", "dedicated-ip-pool", "template"...
    QString resourceName;

    QString toString() const;
    static std::optional<ResourceArn> parse(const QString &text);
    static QString make(const QString &region, const QString &accountId, const QString &type, const QString &name);
};

} // namespace Sandbox
