#pragma once

#include <QList>
#include <QString>

class QAction;
class QToolBar;

namespace Views
{

/// Turns a button or action label into the name a screen reader should speak: the mnemonic
/// marker goes (both "&Import…" and the CJK style "가져오기(&I)…"), "&&" stays a literal "&",
/// and trailing ellipses or wizard arrows are dropped.
QString accessibleTextOf(const QString &label);

/// Gives the tool buttons of \a actions their actions' texts as accessible names. Call again
/// after a language change.
void nameToolButtons(QToolBar *toolBar, const QList<QAction *> &actions);

} // namespace Views
