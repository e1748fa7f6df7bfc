#include "views/dialogs/CreateAlarmsDialog.h"

#include <QEvent>
#include <QPushButton>

#include "models/ses/ReputationAlarmPlan.h"

#include "views/widgets/Tone.h"

#include "ui_CreateAlarmsDialog.h"

namespace Views
{

CreateAlarmsDialog::CreateAlarmsDialog(const QString &region, const QString &configurationSet, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreateAlarmsDialog>())
    , m_region(region)
    , m_configurationSet(configurationSet)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::Window, toneBackground(palette(), Tone::Error));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->setAutoFillBackground(true);
    m_ui->errorLabel->setMargin(6);
    m_ui->noteLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateAlarmsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CreateAlarmsDialog::reject);
    connect(m_ui->alarmTopicEdit, &QLineEdit::textChanged, this, &CreateAlarmsDialog::updatePlan);
    retranslate();
}

CreateAlarmsDialog::~CreateAlarmsDialog() = default;

QStringList CreateAlarmsDialog::topics() const
{
    const QString topic = m_ui->alarmTopicEdit->text().trimmed();
    return topic.isEmpty() ? QStringList() : QStringList{topic};
}

QList<Ses::PutMetricAlarmRequest> CreateAlarmsDialog::plan() const
{
    return Ses::ReputationAlarmPlan::build(m_region, m_configurationSet, topics());
}

void CreateAlarmsDialog::updatePlan()
{
    m_ui->alarmPlanText->setPlainText(Ses::ReputationAlarmPlan::describe(plan()).join(QStringLiteral("\n\n")));
    m_ui->errorLabel->hide();
}

void CreateAlarmsDialog::accept()
{
    const QStringList t = topics();
    if (!t.isEmpty() && !t.first().startsWith(QLatin1String("arn:"))) {
        m_ui->errorLabel->setText(
            tr("SNS topic: \"%1\" is not an ARN (arn:aws:sns:region:account:topic).").arg(t.first()));
        m_ui->errorLabel->show();
        m_ui->alarmTopicEdit->setFocus();
        return;
    }
    QDialog::accept();
}

void CreateAlarmsDialog::retranslate()
{
    setWindowTitle(tr("Create reputation alarms"));
    m_ui->introLabel->setText(m_configurationSet.isEmpty()
            ? tr("SesDesk will create these CloudWatch alarms for the account in %1, at the levels where Amazon SES "
                 "starts reviewing an account:")
                  .arg(m_region)
            : tr("SesDesk will create these CloudWatch alarms for configuration set %1 in %2, at the levels where "
                 "Amazon SES starts reviewing an account:")
                  .arg(m_configurationSet, m_region));
    m_ui->alarmTopicLabel->setText(tr("&Notify SNS topic (optional):"));
    m_ui->alarmTopicEdit->setPlaceholderText(tr("arn:aws:sns:%1:123456789012:ses-alerts").arg(m_region));
    m_ui->noteLabel->setText(tr("An alarm with the same name is replaced. CloudWatch charges for alarms."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create alarms"));
    m_ui->alarmPlanText->setAccessibleName(tr("Alarms to create"));
    m_ui->alarmTopicEdit->setAccessibleName(tr("SNS topic to notify"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createAlarmsButton"));
    updatePlan();
}

void CreateAlarmsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Views
