#include "views/widgets/AccessibleText.h"

#include <QAction>
#include <QRegularExpression>
#include <QToolBar>

namespace Views
{

QString accessibleTextOf(const QString &label)
{
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*\\(&[^&)]\\)"));
    static const QRegularExpression decorations(QStringLiteral("(\\s*(…|\\.\\.\\.|>)\\s*$)|(^\\s*<\\s*)"));
    QString text = label;
    text.remove(cjkMnemonic);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&'))
                out += text.at(++i);
            continue;
        }
        out += text.at(i);
    }
    return out.remove(decorations).trimmed();
}

void nameToolButtons(QToolBar *toolBar, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (QWidget *button = toolBar->widgetForAction(action))
            button->setAccessibleName(accessibleTextOf(action->text()));
    }
}

} // namespace Views
