#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "models/ses/AccountScope.h"
#include "models/ses/SesClient.h"
#include "models/ses/TemplateVersion.h"
#include "models/ses/TemplateVersionStore.h"

namespace Ses
{

/// What a save produced besides SES's acceptance: the local snapshot, or why none was kept
/// (the save itself still succeeded).
struct TemplateSaveResult {
    std::optional<TemplateVersion> snapshot;
    QString historyError;
};

/// Saves a template to SES (CreateEmailTemplate or UpdateEmailTemplate) and, once SES accepted
/// it, keeps the snapshot in the local version history, so every save (editor, import, restore,
/// CLI) is in the history and nothing SES refused is.
class TemplateSaver
{
    Q_DECLARE_TR_FUNCTIONS(Ses::TemplateSaver)

public:
    /// history may be nullopt: nothing is kept.
    TemplateSaver(SesClient *ses, std::optional<TemplateVersionStore> history, AccountScope scope);

    Aws::AwsJob *create(const EmailTemplate &emailTemplate,
        TemplateVersion::Origin origin,
        QObject *context,
        Callback<TemplateSaveResult> done,
        const QString &note = {}) const;
    Aws::AwsJob *update(const QString &name,
        const EmailTemplateContent &content,
        TemplateVersion::Origin origin,
        QObject *context,
        Callback<TemplateSaveResult> done,
        const QString &note = {}) const;
    /// Saves an older version again: UpdateEmailTemplate, or CreateEmailTemplate when the
    /// template no longer exists in SES, under name (a renamed template's history keeps the old
    /// name in its snapshots). The snapshot notes which version it restored.
    Aws::AwsJob *restore(const QString &name,
        const TemplateVersion &version,
        bool templateExists,
        QObject *context,
        Callback<TemplateSaveResult> done) const;

    /// Records what SES held when a template was first opened, when there is no history yet,
    /// so the first save has something to be compared with.
    std::optional<TemplateVersion> recordBaseline(const EmailTemplate &emailTemplate) const;

private:
    Callback<Aws::Empty> keeping(const QString &name,
        const EmailTemplateContent &content,
        TemplateVersion::Origin origin,
        const QString &note,
        Callback<TemplateSaveResult> done) const;

    SesClient *m_ses;
    std::optional<TemplateVersionStore> m_history;
    AccountScope m_scope;
};

} // namespace Ses
