#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QWidget>

namespace TestSupport
{

/// The visible controls under top that lack an object name (tests find them by it) or an
/// accessible name (screen readers say it), as "QLineEdit \"x\" without accessible name" lines.
inline QStringList unnamedControls(QWidget *top)
{
    QStringList problems;
    const auto controls = top->findChildren<QWidget *>();
    for (QWidget *w : controls) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QAbstractSpinBox *>(w);
        if (!interactive || !w->isVisibleTo(top))
            continue;
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        if (cls == QLatin1String("QComboBoxListView") || cls == QLatin1String("QHeaderView")
            || cls == QLatin1String("QCalendarView") || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // The line edit inside a spin box or date edit is named by its owner.
        if (qobject_cast<QLineEdit *>(w) && qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        const QString spoken
            = !w->accessibleName().isEmpty() ? w->accessibleName() : (button ? button->text() : QString());
        if (w->objectName().isEmpty())
            problems << QStringLiteral("%1 without objectName (%2) in %3").arg(cls, spoken, top->objectName());
        else if (spoken.isEmpty())
            problems << QStringLiteral("%1 \"%2\" without accessible name").arg(cls, w->objectName());
    }
    return problems;
}

} // namespace TestSupport
