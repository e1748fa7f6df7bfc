#include "views/widgets/FileChooser.h"

#include <QFileDialog>

namespace Views
{

QString FileChooser::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString FileChooser::saveFileName(
    QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedName, filter);
}

} // namespace Views
