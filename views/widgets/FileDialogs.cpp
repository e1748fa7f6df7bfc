#include "views/widgets/FileDialogs.h"

#include <QDir>
#include <QFileDialog>

namespace Views
{

QString FileDialogs::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, QDir::home().filePath(suggestedName), filter);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QDir::homePath(), filter);
}

} // namespace Views
