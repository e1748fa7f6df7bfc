#pragma once

#include <QList>
#include <QString>

#include "views/widgets/MessageBoxes.h"

namespace TestSupport
{

/// Answers message boxes from a script instead of showing them, and records what was asked.
/// An unscripted question fails the running test and answers Cancel/No.
class ScriptedMessageBoxes final : public Views::MessageBoxes
{
public:
    struct Shown {
        QString kind; ///< "question", "information", "warning", "critical"
        QString title;
        QString text;
    };

    void enqueue(QMessageBox::StandardButton answer)
    {
        m_answers.append(answer);
    }
    const QList<Shown> &shown() const
    {
        return m_shown;
    }
    void clear()
    {
        m_shown.clear();
        m_answers.clear();
    }

    QMessageBox::StandardButton question(QWidget *parent,
        const QString &title,
        const QString &text,
        QMessageBox::StandardButtons buttons,
        QMessageBox::StandardButton defaultButton) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    void critical(QWidget *parent, const QString &title, const QString &text) override;

private:
    QList<QMessageBox::StandardButton> m_answers;
    QList<Shown> m_shown;
};

} // namespace TestSupport
