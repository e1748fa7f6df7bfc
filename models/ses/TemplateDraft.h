#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "models/ses/TemplateTypes.h"

namespace Ses
{

/// Unsaved editor state kept on disk so a crash loses nothing: the template being edited, its
/// content, the sample data, and which SES template it started from.
struct TemplateDraft {
    QString key; ///< Stable per editor session: the original name, or "new:<uuid>" for a new template.
    QString originalName; ///< The SES template it edits; empty for a template not yet created.
    QString templateName; ///< The name in the editor (may differ from originalName while renaming).
    EmailTemplateContent content;
    QString sampleData; ///< The sample data JSON text, as typed (possibly invalid).
    QDateTime savedAt; ///< UTC

    bool isNew() const
    {
        return originalName.isEmpty();
    }
    /// A key for a new template's draft.
    static QString newKey();
    /// The key for editing an existing template.
    static QString keyFor(const QString &templateName);

    QJsonObject toJson() const;
    static TemplateDraft fromJson(const QJsonObject &json);
};

} // namespace Ses
