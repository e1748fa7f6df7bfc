#pragma once

#include <QString>

class QWidget;

namespace Views
{

/// Asks for a file to open or save, through QFileDialog; tests pass a subclass that answers
/// from a script, as MessageBoxes does for message boxes. An empty answer means cancelled.
class FileChooser
{
public:
    virtual ~FileChooser() = default;

    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    virtual QString saveFileName(
        QWidget *parent, const QString &title, const QString &suggestedName, const QString &filter);
};

} // namespace Views
