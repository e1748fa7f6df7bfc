#pragma once

#include <QString>

namespace Ses
{

/// Which account and region local data belongs to (template history, drafts, test sends).
/// account is whatever identifies the account to the application: the AWS account id when
/// known, else the profile or endpoint; it is only used to keep data apart.
struct AccountScope {
    QString account;
    QString region;

    bool isValid() const
    {
        return !account.isEmpty() && !region.isEmpty();
    }
    /// "<account>/<region>" with both parts made safe as folder names (see fileName()).
    QString relativePath() const;

    /// Any text as one file or folder name, reversibly: letters, digits, "-", "_" and "~" are
    /// kept, everything else (including "." and "%") is percent-encoded, and "" becomes "%00", so
    /// a name is never empty, ".", ".." or hidden.
    static QString fileName(const QString &text);
    static QString fromFileName(const QString &name);

    friend bool operator==(const AccountScope &, const AccountScope &) = default;
};

} // namespace Ses
