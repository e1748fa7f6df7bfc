#pragma once

#include <QStringList>

#include "views/widgets/FileChooser.h"

namespace TestSupport
{

/// Answers file dialogs from a script (the next path, or "" for cancel) and records the titles.
class ScriptedFileChooser final : public Views::FileChooser
{
public:
    void enqueue(const QString &path)
    {
        m_answers.append(path);
    }
    int asked() const
    {
        return m_asked;
    }
    QString openFileName(QWidget *, const QString &, const QString &) override
    {
        ++m_asked;
        return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &suggestedName, const QString &) override
    {
        ++m_asked;
        m_suggested = suggestedName;
        return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
    }
    const QString &lastSuggestedName() const
    {
        return m_suggested;
    }

private:
    QStringList m_answers;
    QString m_suggested;
    int m_asked = 0;
};

} // namespace TestSupport
