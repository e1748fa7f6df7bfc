#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/ses/AccountScope.h"
#include "models/ses/LocalResult.h"
#include "models/ses/TemplateDraft.h"

namespace Aws
{
class Clock;
}

namespace Ses
{

/// Crash recovery for the template editor: drafts autosaved under
/// <dataDirectory>/template-drafts/<account>/<region>/<key>.json, written atomically. The editor
/// saves a draft shortly after each change and removes it once the template is saved or the
/// changes are discarded; whatever is still here on the next start was lost by a crash and is
/// offered back.
class TemplateDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(Ses::TemplateDraftStore)

public:
    TemplateDraftStore(QString dataDirectory, const Aws::Clock *clock);

    /// Saves the draft (stamping savedAt) under its key, replacing the previous one.
    LocalResult<TemplateDraft> save(const AccountScope &scope, TemplateDraft draft) const;
    /// Every draft of the scope, oldest first; unreadable files are skipped.
    QList<TemplateDraft> drafts(const AccountScope &scope) const;
    LocalResult<Done> remove(const AccountScope &scope, const QString &key) const;
    /// The scopes that have drafts (for telling the user about drafts of other profiles).
    QList<AccountScope> scopesWithDrafts() const;

private:
    QString folder(const AccountScope &scope) const;
    QString fileFor(const AccountScope &scope, const QString &key) const;

    QString m_dataDirectory;
    const Aws::Clock *m_clock;
};

} // namespace Ses
