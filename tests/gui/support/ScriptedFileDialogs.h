#pragma once

#include <QStringList>

#include "views/widgets/FileDialogs.h"

namespace TestSupport
{

/// Answers file choosers with scripted paths instead of opening a dialog, and records what was
/// asked. An empty or exhausted script answers "cancelled".
class ScriptedFileDialogs final : public Views::FileDialogs
{
public:
    void enqueue(const QString &path)
    {
        m_answers.append(path);
    }
    const QStringList &captions() const
    {
        return m_captions;
    }
    /// The file names suggested to save under.
    const QStringList &suggestions() const
    {
        return m_suggestions;
    }

    QString saveFileName(QWidget *, const QString &caption, const QString &suggestedName, const QString &) override
    {
        m_captions.append(caption);
        m_suggestions.append(suggestedName);
        return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
    }
    QString openFileName(QWidget *, const QString &caption, const QString &) override
    {
        m_captions.append(caption);
        return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
    }

private:
    QStringList m_answers;
    QStringList m_captions;
    QStringList m_suggestions;
};

} // namespace TestSupport
