#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include "models/ses/TemplateTypes.h"

namespace Ses
{

/// One locally kept snapshot of a template, taken when it was saved to SES.
struct TemplateVersion {
    /// Why the snapshot was taken.
    enum class Origin {
        Saved, ///< Created or updated from the editor or the CLI.
        Restored, ///< An older version was saved again.
        Imported, ///< Created from an imported JSON file.
        Fetched, ///< What SES held when the editor first opened it (the baseline).
    };

    int version = 0; ///< 1, 2, 3... per template.
    QDateTime savedAt; ///< UTC
    Origin origin = Origin::Saved;
    QString note;
    QString templateName;
    EmailTemplateContent content;

    /// UTF-8 bytes of subject, text and HTML: what SES's 500 KB limit counts.
    qint64 size() const;

    QJsonObject toJson() const;
    static TemplateVersion fromJson(const QJsonObject &json);
    static QString originKey(Origin origin);
    static Origin originFromKey(const QString &key);
};

} // namespace Ses
