#pragma once

#include <memory>

#include <QDialog>

namespace Ui
{
class PreferencesDialog;
}

namespace Views
{

class LanguageSettings;

/// Preferences: the user interface language (System, English, 한국어), applied live on OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(LanguageSettings *language, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillLanguages();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    LanguageSettings *m_language;
};

} // namespace Views
