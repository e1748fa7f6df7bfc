#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "models/ses/AccountScope.h"
#include "models/ses/LocalResult.h"
#include "models/ses/TemplateVersion.h"

namespace Aws
{
class Clock;
}

namespace Ses
{

/// The local version history of templates: every save keeps a snapshot, per account, region
/// and template, under <dataDirectory>/template-history/<account>/<region>/<template>/ as one
/// JSON file per version (v000001.json...), each written atomically. SES keeps no history of
/// its own; this is the only one. A snapshot identical to the latest is not stored again, so
/// saving without changes adds no version. History outlives the template: a deleted template
/// can be restored from it.
///
/// Every method does a little file I/O and is safe to call from a worker thread; two processes
/// saving the same template at once are serialised by a lock file.
class TemplateVersionStore
{
    Q_DECLARE_TR_FUNCTIONS(Ses::TemplateVersionStore)

public:
    TemplateVersionStore(QString dataDirectory, const Aws::Clock *clock);

    const QString &dataDirectory() const
    {
        return m_dataDirectory;
    }

    /// Keeps content as the next version of the template (or returns the latest version when it
    /// holds the same content).
    LocalResult<TemplateVersion> record(const AccountScope &scope,
        const QString &templateName,
        const EmailTemplateContent &content,
        TemplateVersion::Origin origin,
        const QString &note = {}) const;

    /// Every version, oldest first. No history is an empty list, not an error; unreadable
    /// snapshot files are skipped.
    LocalResult<QList<TemplateVersion>> versions(const AccountScope &scope, const QString &templateName) const;
    LocalResult<TemplateVersion> version(const AccountScope &scope, const QString &templateName, int version) const;
    std::optional<TemplateVersion> latest(const AccountScope &scope, const QString &templateName) const;

    /// Names of the templates that have history in this scope (including deleted ones), sorted.
    QStringList templateNames(const AccountScope &scope) const;

    /// Moves a template's history to its new name after a rename; the new name must have none.
    LocalResult<Done> rename(const AccountScope &scope, const QString &from, const QString &to) const;
    /// Forgets a template's history.
    LocalResult<Done> remove(const AccountScope &scope, const QString &templateName) const;

    QString folder(const AccountScope &scope, const QString &templateName) const;

private:
    QString scopeFolder(const AccountScope &scope) const;
    static QString fileFor(const QString &folder, int version);
    static QList<int> versionNumbers(const QString &folder);

    QString m_dataDirectory;
    const Aws::Clock *m_clock;
};

} // namespace Ses
