#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/ses/DiffLine.h"
#include "models/ses/TemplateTypes.h"

namespace Ses
{

/// Compares two versions of a template part by part (subject, HTML, text), line by line, for
/// the version history's diff view.
class TemplateDiff
{
    Q_DECLARE_TR_FUNCTIONS(Ses::TemplateDiff)

public:
    enum class Part { Subject, Html, Text };

    struct PartDiff {
        Part part = Part::Subject;
        DiffLines lines;
        bool changed = false;
    };

    static QList<PartDiff> compare(const EmailTemplateContent &oldContent, const EmailTemplateContent &newContent);

    /// All parts as one unified diff, each part's header naming it ("a/Subject", "b/Subject");
    /// empty when nothing differs.
    static QString unified(const EmailTemplateContent &oldContent,
        const EmailTemplateContent &newContent,
        const QString &oldLabel,
        const QString &newLabel,
        int context = 3);

    static QString partTitle(Part part);
    /// "Subject", "Html", "Text": the member name in TemplateContent.
    static QString partKey(Part part);
};

} // namespace Ses
