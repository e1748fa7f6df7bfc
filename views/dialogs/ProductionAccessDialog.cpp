#include "views/dialogs/ProductionAccessDialog.h"

#include <QEvent>
#include <QPushButton>

#include "models/ses/AccountTypes.h"

#include "views/widgets/Tone.h"

#include "ui_ProductionAccessDialog.h"

namespace Views
{

ProductionAccessDialog::ProductionAccessDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProductionAccessDialog>())
{
    m_ui->setupUi(this);
    m_ui->languageCombo->addItem(QString(), QStringLiteral("EN"));
    m_ui->languageCombo->addItem(QString(), QStringLiteral("JA"));
    m_ui->errorLabel->hide();
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::Window, toneBackground(palette(), Tone::Error));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->setAutoFillBackground(true);
    m_ui->errorLabel->setMargin(6);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProductionAccessDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProductionAccessDialog::reject);
    connect(m_ui->useCaseEdit, &QPlainTextEdit::textChanged, this, &ProductionAccessDialog::updateCounter);
    retranslate();
    updateCounter();
}

ProductionAccessDialog::~ProductionAccessDialog() = default;

void ProductionAccessDialog::setDetails(const Ses::AccountDetails &details)
{
    m_ui->marketingRadio->setChecked(details.mailType == QLatin1String("MARKETING"));
    m_ui->transactionalRadio->setChecked(details.mailType == QLatin1String("TRANSACTIONAL"));
    m_ui->websiteUrlEdit->setText(details.websiteUrl);
    m_ui->useCaseEdit->setPlainText(details.useCaseDescription);
    m_ui->contactsEdit->setText(details.additionalContactEmailAddresses.join(QStringLiteral(", ")));
    const int language = m_ui->languageCombo->findData(details.contactLanguage);
    if (language >= 0)
        m_ui->languageCombo->setCurrentIndex(language);
}

Ses::PutAccountDetailsRequest ProductionAccessDialog::request() const
{
    Ses::PutAccountDetailsRequest r;
    if (m_ui->marketingRadio->isChecked())
        r.mailType = QStringLiteral("MARKETING");
    else if (m_ui->transactionalRadio->isChecked())
        r.mailType = QStringLiteral("TRANSACTIONAL");
    r.websiteUrl = m_ui->websiteUrlEdit->text().trimmed();
    r.useCaseDescription = m_ui->useCaseEdit->toPlainText();
    r.additionalContactEmailAddresses = Ses::PutAccountDetailsRequest::splitAddresses(m_ui->contactsEdit->text());
    r.contactLanguage = m_ui->languageCombo->currentData().toString();
    r.productionAccessEnabled = true;
    return r;
}

void ProductionAccessDialog::accept()
{
    m_problems = request().validate();
    if (!m_ui->acknowledgeCheck->isChecked())
        m_problems.append({QStringLiteral("Acknowledgement"),
            tr("Acknowledgement: confirm that you send only to recipients who asked for your mail.")});
    showProblems();
    if (m_problems.isEmpty())
        QDialog::accept();
}

QWidget *ProductionAccessDialog::widgetFor(const QString &field) const
{
    if (field == QLatin1String("MailType"))
        return m_ui->marketingRadio;
    if (field == QLatin1String("WebsiteURL"))
        return m_ui->websiteUrlEdit;
    if (field == QLatin1String("UseCaseDescription"))
        return m_ui->useCaseEdit;
    if (field == QLatin1String("AdditionalContactEmailAddresses"))
        return m_ui->contactsEdit;
    if (field == QLatin1String("ContactLanguage"))
        return m_ui->languageCombo;
    if (field == QLatin1String("Acknowledgement"))
        return m_ui->acknowledgeCheck;
    return nullptr;
}

void ProductionAccessDialog::showProblems()
{
    QStringList lines;
    for (const Ses::FieldProblem &p : std::as_const(m_problems))
        lines.append(p.message);
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setAccessibleDescription(m_ui->errorLabel->text());
    m_ui->errorLabel->setVisible(!lines.isEmpty());
    if (!m_problems.isEmpty()) {
        if (QWidget *w = widgetFor(m_problems.first().field))
            w->setFocus(Qt::OtherFocusReason);
    }
}

void ProductionAccessDialog::updateCounter()
{
    const auto length = m_ui->useCaseEdit->toPlainText().size();
    m_ui->useCaseCounterLabel->setText(
        tr("%1 / %2").arg(length).arg(Ses::PutAccountDetailsRequest::MaxUseCaseDescriptionLength));
    m_ui->useCaseCounterLabel->setForegroundRole(length > Ses::PutAccountDetailsRequest::MaxUseCaseDescriptionLength
            ? QPalette::BrightText
            : QPalette::PlaceholderText);
}

void ProductionAccessDialog::retranslate()
{
    m_ui->languageCombo->setItemText(0, tr("English"));
    m_ui->languageCombo->setItemText(1, tr("Japanese"));
    if (QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok)) {
        ok->setText(tr("Submit request"));
        ok->setObjectName(QStringLiteral("submitButton"));
        ok->setAccessibleName(tr("Submit request"));
    }
    updateCounter();
}

void ProductionAccessDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace Views
