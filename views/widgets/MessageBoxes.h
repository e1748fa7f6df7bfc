#pragma once

#include <QMessageBox>

namespace Views
{

/// Every message box SesDesk shows goes through here, so tests can answer them: they pass a
/// subclass that returns scripted answers instead of opening a modal box.
class MessageBoxes
{
public:
    virtual ~MessageBoxes() = default;

    /// A question; returns the button chosen.
    virtual QMessageBox::StandardButton question(QWidget *parent,
        const QString &title,
        const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    virtual void information(QWidget *parent, const QString &title, const QString &text);
    virtual void warning(QWidget *parent, const QString &title, const QString &text);
    virtual void critical(QWidget *parent, const QString &title, const QString &text);
};

} // namespace Views
