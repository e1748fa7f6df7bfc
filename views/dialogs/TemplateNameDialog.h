#pragma once

#include <memory>

#include <QDialog>
#include <QStringList>

namespace Ui
{
class TemplateNameDialog;
}

namespace Views
{

/// Asks for a template's new name (rename, duplicate): checked as SES names them and against
/// the names already taken; OK is enabled only for a usable name.
class TemplateNameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateNameDialog)

public:
    TemplateNameDialog(
        const QString &prompt, const QString &suggestion, QStringList takenNames, QWidget *parent = nullptr);
    ~TemplateNameDialog() override;

    QString name() const;
    /// Why the current name cannot be used; empty when it can.
    QString problem() const;

private:
    void validate();

    std::unique_ptr<Ui::TemplateNameDialog> m_ui;
    QStringList m_taken;
};

} // namespace Views
