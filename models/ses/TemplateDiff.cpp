#include "models/ses/TemplateDiff.h"

#include "models/ses/TextDiff.h"

namespace Ses
{

namespace
{

const TemplateDiff::Part kParts[] = {TemplateDiff::Part::Subject, TemplateDiff::Part::Html, TemplateDiff::Part::Text};

const QString &partOf(const EmailTemplateContent &content, TemplateDiff::Part part)
{
    switch (part) {
    case TemplateDiff::Part::Subject:
        return content.subject;
    case TemplateDiff::Part::Html:
        return content.html;
    case TemplateDiff::Part::Text:
        break;
    }
    return content.text;
}

} // namespace

QList<TemplateDiff::PartDiff> TemplateDiff::compare(
    const EmailTemplateContent &oldContent, const EmailTemplateContent &newContent)
{
    QList<PartDiff> out;
    for (Part part : kParts) {
        PartDiff d;
        d.part = part;
        d.lines = TextDiff::compare(partOf(oldContent, part), partOf(newContent, part));
        d.changed = TextDiff::hasChanges(d.lines);
        out.append(d);
    }
    return out;
}

QString TemplateDiff::unified(const EmailTemplateContent &oldContent,
    const EmailTemplateContent &newContent,
    const QString &oldLabel,
    const QString &newLabel,
    int context)
{
    QString out;
    for (const PartDiff &d : compare(oldContent, newContent)) {
        if (!d.changed)
            continue;
        out += TextDiff::unified(d.lines,
            oldLabel + QLatin1Char('/') + partKey(d.part),
            newLabel + QLatin1Char('/') + partKey(d.part),
            context);
    }
    return out;
}

QString TemplateDiff::partTitle(Part part)
{
    switch (part) {
    case Part::Subject:
        return tr("Subject");
    case Part::Html:
        return tr("HTML part");
    case Part::Text:
        break;
    }
    return tr("Text part");
}

QString TemplateDiff::partKey(Part part)
{
    switch (part) {
    case Part::Subject:
        return QStringLiteral("Subject");
    case Part::Html:
        return QStringLiteral("Html");
    case Part::Text:
        break;
    }
    return QStringLiteral("Text");
}

} // namespace Ses
