#include "views/dialogs/PreferencesDialog.h"

#include <QEvent>

#include "views/i18n/LanguageSettings.h"

#include "ui_PreferencesDialog.h"

namespace Views
{

PreferencesDialog::PreferencesDialog(LanguageSettings *language, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_language(language)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    fillLanguages();
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(static_cast<int>(m_language->choice())));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillLanguages()
{
    const int current = m_ui->languageCombo->currentIndex();
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System default"), static_cast<int>(LanguageSettings::Choice::System));
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("English"), static_cast<int>(LanguageSettings::Choice::English));
    m_ui->languageCombo->addItem(QStringLiteral("한국어"), static_cast<int>(LanguageSettings::Choice::Korean));
    if (current >= 0)
        m_ui->languageCombo->setCurrentIndex(current);
}

void PreferencesDialog::accept()
{
    m_language->setChoice(static_cast<LanguageSettings::Choice>(m_ui->languageCombo->currentData().toInt()));
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillLanguages();
    }
    QDialog::changeEvent(event);
}

} // namespace Views
