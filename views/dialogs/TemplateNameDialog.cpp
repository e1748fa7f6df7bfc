#include "views/dialogs/TemplateNameDialog.h"

#include <QPushButton>

#include "models/ses/TemplateChecks.h"

#include "views/widgets/Tone.h"

#include "ui_TemplateNameDialog.h"

namespace Views
{

TemplateNameDialog::TemplateNameDialog(
    const QString &prompt, const QString &suggestion, QStringList takenNames, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplateNameDialog>())
    , m_taken(std::move(takenNames))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("templateNameDialog"));
    m_ui->promptLabel->setText(prompt);
    m_ui->nameEdit->setText(suggestion);
    m_ui->nameEdit->selectAll();
    setTextTone(m_ui->problemLabel, Tone::Error);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &TemplateNameDialog::validate);
    validate();
}

TemplateNameDialog::~TemplateNameDialog() = default;

QString TemplateNameDialog::name() const
{
    return m_ui->nameEdit->text().trimmed();
}

QString TemplateNameDialog::problem() const
{
    const QString n = name();
    if (n.isEmpty())
        return tr("Enter a name.");
    if (m_taken.contains(n))
        return tr("A template named \"%1\" already exists.").arg(n);
    Ses::TemplateChecks::Input input;
    input.name = n;
    input.subject = QStringLiteral("-");
    input.text = QStringLiteral("-");
    for (const Ses::TemplateFinding &f : Ses::TemplateChecks::run(input)) {
        if (f.part == Ses::TemplateFinding::Part::Name && f.severity != Ses::TemplateFinding::Severity::Info)
            return f.message;
    }
    return {};
}

void TemplateNameDialog::validate()
{
    const QString p = problem();
    m_ui->problemLabel->setText(p);
    m_ui->problemLabel->setAccessibleName(p);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace Views
