#include "tests/gui/support/ScriptedMessageBoxes.h"

#include <QTest>

namespace TestSupport
{

QMessageBox::StandardButton ScriptedMessageBoxes::question(QWidget *,
    const QString &title,
    const QString &text,
    QMessageBox::StandardButtons buttons,
    QMessageBox::StandardButton)
{
    m_shown.append({QStringLiteral("question"), title, text});
    if (m_answers.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("Unexpected question: ") + text), __FILE__, __LINE__);
        return buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::No;
    }
    return m_answers.takeFirst();
}

void ScriptedMessageBoxes::information(QWidget *, const QString &title, const QString &text)
{
    m_shown.append({QStringLiteral("information"), title, text});
}

void ScriptedMessageBoxes::warning(QWidget *, const QString &title, const QString &text)
{
    m_shown.append({QStringLiteral("warning"), title, text});
}

void ScriptedMessageBoxes::critical(QWidget *, const QString &title, const QString &text)
{
    m_shown.append({QStringLiteral("critical"), title, text});
}

} // namespace TestSupport
