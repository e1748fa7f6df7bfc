#pragma once

#include <QString>

class QWidget;

namespace Views
{

/// Every file chooser SesDesk opens goes through here, so tests can answer them with a path
/// instead of a modal dialog (as MessageBoxes does for message boxes).
class FileDialogs
{
public:
    virtual ~FileDialogs() = default;

    /// Empty when the user cancelled.
    virtual QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
};

} // namespace Views
