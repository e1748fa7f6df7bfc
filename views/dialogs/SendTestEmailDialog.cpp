#include "views/dialogs/SendTestEmailDialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/items/TestSendHistoryModel.h"
#include "models/ses/MailboxSimulator.h"

#include "views/widgets/JsonDataEdit.h"
#include "views/widgets/Tone.h"

#include "ui_SendTestEmailDialog.h"

namespace Views
{

SendTestEmailDialog::SendTestEmailDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SendTestEmailDialog>())
    , m_templateData(new JsonDataEdit)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("sendTestEmailDialog"));
    m_templateData->setObjectName(QStringLiteral("templateDataEdit"));
    m_templateData->editor()->setObjectName(QStringLiteral("templateDataEditor"));
    auto *dataLayout = new QVBoxLayout(m_ui->templateDataContainer);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    dataLayout->addWidget(m_templateData);
    m_ui->templateDataLabel->setBuddy(m_templateData->editor());
    for (Ses::MailboxSimulator::Scenario s : Ses::MailboxSimulator::scenarios())
        m_ui->scenarioCombo->addItem(QString(), static_cast<int>(s));
    m_ui->subjectEdit->setText(Ses::TestEmail::defaultSubject());
    m_ui->bodyEdit->setPlainText(Ses::TestEmail::defaultText());
    m_ui->historyTable->verticalHeader()->hide();
    // The history is what the dialog is for once a few messages went out: it gets the room.
    m_ui->bodyEdit->setMaximumHeight(110);
    m_ui->rawEdit->setMinimumHeight(110);
    m_ui->historyTable->setMinimumHeight(190);
    m_ui->mainLayout->setStretchFactor(m_ui->historyTable, 1);
    setTextTone(m_ui->problemLabel, Tone::Error);

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->sendButton, &QPushButton::clicked, this, [this] {
        const Ses::TestEmail e = email();
        if (check(e))
            Q_EMIT sendRequested(e);
    });
    connect(m_ui->runAllButton, &QPushButton::clicked, this, [this] {
        Ses::TestEmail e = email();
        e.scenario = Ses::MailboxSimulator::Scenario::Success; // one of each follows
        if (check(e))
            Q_EMIT runAllRequested(e);
    });
    connect(m_ui->refreshOutcomesButton, &QPushButton::clicked, this, &SendTestEmailDialog::refreshOutcomesRequested);
    for (QRadioButton *radio :
        {m_ui->simulatorRadio, m_ui->customRadio, m_ui->formattedRadio, m_ui->rawRadio, m_ui->templateRadio})
        connect(radio, &QRadioButton::toggled, this, &SendTestEmailDialog::updateForm);
    connect(m_ui->scenarioCombo, &QComboBox::currentIndexChanged, this, &SendTestEmailDialog::updateForm);
    connect(m_ui->labelEdit, &QLineEdit::textChanged, this, &SendTestEmailDialog::updateForm);
    retranslate();
    updateForm();
}

SendTestEmailDialog::~SendTestEmailDialog() = default;

void SendTestEmailDialog::setSenders(const QStringList &senders)
{
    const QString current = m_ui->fromCombo->currentText();
    m_ui->fromCombo->clear();
    m_ui->fromCombo->addItems(senders);
    if (!current.isEmpty())
        m_ui->fromCombo->setCurrentText(current);
}

void SendTestEmailDialog::setTemplates(const QStringList &names)
{
    const QString current = m_ui->templateCombo->currentText();
    m_ui->templateCombo->clear();
    m_ui->templateCombo->addItems(names);
    m_ui->templateCombo->setCurrentText(current);
}

void SendTestEmailDialog::setEmail(const Ses::TestEmail &e)
{
    if (!e.from.isEmpty())
        m_ui->fromCombo->setCurrentText(e.from);
    if (e.scenario) {
        m_ui->simulatorRadio->setChecked(true);
        m_ui->scenarioCombo->setCurrentIndex(m_ui->scenarioCombo->findData(static_cast<int>(*e.scenario)));
        m_ui->labelEdit->setText(e.label);
    } else {
        m_ui->customRadio->setChecked(true);
        m_ui->customRecipientEdit->setText(e.customRecipient);
    }
    switch (e.content) {
    case Ses::TestEmail::Content::Formatted:
        m_ui->formattedRadio->setChecked(true);
        if (!e.subject.isEmpty())
            m_ui->subjectEdit->setText(e.subject);
        if (!e.text.isEmpty())
            m_ui->bodyEdit->setPlainText(e.text);
        break;
    case Ses::TestEmail::Content::Raw:
        m_ui->rawRadio->setChecked(true);
        m_ui->rawEdit->setPlainText(QString::fromUtf8(e.rawMessage));
        break;
    case Ses::TestEmail::Content::Template:
        m_ui->templateRadio->setChecked(true);
        m_ui->templateCombo->setCurrentText(e.templateName);
        m_templateData->setText(e.templateData);
        break;
    }
    m_ui->configurationSetEdit->setText(e.configurationSet);
    QStringList tags;
    for (const Ses::MessageTag &t : e.tags)
        tags.append(t.name + QLatin1Char('=') + t.value);
    m_ui->tagsEdit->setText(tags.join(QStringLiteral(", ")));
    updateForm();
}

Ses::TestEmail SendTestEmailDialog::email() const
{
    Ses::TestEmail e;
    e.from = m_ui->fromCombo->currentText().trimmed();
    if (m_ui->simulatorRadio->isChecked()) {
        e.scenario = static_cast<Ses::MailboxSimulator::Scenario>(m_ui->scenarioCombo->currentData().toInt());
        e.label = m_ui->labelEdit->text().trimmed();
    } else {
        e.scenario.reset();
        e.customRecipient = m_ui->customRecipientEdit->text().trimmed();
    }
    if (m_ui->rawRadio->isChecked()) {
        e.content = Ses::TestEmail::Content::Raw;
        // SES wants CRLF line ends in a raw message.
        QString raw = m_ui->rawEdit->toPlainText();
        raw.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        e.rawMessage = raw.toUtf8();
    } else if (m_ui->templateRadio->isChecked()) {
        e.content = Ses::TestEmail::Content::Template;
        e.templateName = m_ui->templateCombo->currentText().trimmed();
        e.templateData = m_templateData->text();
    } else {
        e.content = Ses::TestEmail::Content::Formatted;
        e.subject = m_ui->subjectEdit->text();
        e.text = m_ui->bodyEdit->toPlainText();
    }
    e.configurationSet = m_ui->configurationSetEdit->text().trimmed();
    for (const QString &pair : m_ui->tagsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = pair.trimmed();
        const qsizetype eq = tag.indexOf(QLatin1Char('='));
        e.tags.append({eq < 0 ? tag : tag.left(eq).trimmed(), eq < 0 ? QString() : tag.mid(eq + 1).trimmed()});
    }
    return e;
}

bool SendTestEmailDialog::check(const Ses::TestEmail &e)
{
    QString problem = e.validate();
    if (problem.isEmpty() && e.content == Ses::TestEmail::Content::Template && !m_templateData->isValid())
        problem = tr("Template data: %1").arg(m_templateData->errorText());
    showProblem(problem);
    return problem.isEmpty();
}

void SendTestEmailDialog::setSandbox(bool sandbox)
{
    m_sandbox = sandbox;
    retranslate();
}

void SendTestEmailDialog::setHistoryModel(QAbstractItemModel *model)
{
    using Model = Items::TestSendHistoryModel;
    m_ui->historyTable->setModel(model);
    // Here the sender is chosen above and the scenario names the recipient: show what SES and
    // the simulator made of each message, next to its scenario (the rest is in the tool tips).
    QHeaderView *header = m_ui->historyTable->horizontalHeader();
    m_ui->historyTable->setColumnHidden(Model::FromColumn, true);
    m_ui->historyTable->setColumnHidden(Model::RecipientColumn, true);
    header->moveSection(header->visualIndex(Model::OutcomeColumn), header->visualIndex(Model::ScenarioColumn) + 1);
    header->moveSection(header->visualIndex(Model::MessageIdColumn), header->visualIndex(Model::OutcomeColumn) + 1);
    header->setStretchLastSection(true);
    m_ui->historyTable->resizeColumnsToContents();
    // Outcomes arrive after the send: keep the columns wide enough for them.
    connect(model, &QAbstractItemModel::dataChanged, m_ui->historyTable, &QTableView::resizeColumnsToContents);
    connect(model, &QAbstractItemModel::rowsInserted, m_ui->historyTable, &QTableView::resizeColumnsToContents);
}

void SendTestEmailDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (!text.isEmpty())
        m_ui->resultLabel->setText(text);
    updateForm();
}

void SendTestEmailDialog::showRecord(const Ses::TestSendRecord &record)
{
    if (record.accepted()) {
        m_ui->resultLabel->setText(
            tr("SES accepted the message to %1. Message ID: %2").arg(record.recipient, record.messageId));
    } else {
        QString text
            = tr("SES refused the message: %1")
                  .arg(record.errorCode.isEmpty() ? record.errorMessage
                                                  : record.errorCode + QStringLiteral(": ") + record.errorMessage);
        if (!record.requestId.isEmpty())
            text += QLatin1Char(' ') + tr("(request id %1)").arg(record.requestId);
        m_ui->resultLabel->setText(text);
    }
    m_ui->resultLabel->setAccessibleName(m_ui->resultLabel->text());
    m_ui->historyTable->resizeColumnsToContents();
}

void SendTestEmailDialog::showProblem(const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setAccessibleName(problem);
}

void SendTestEmailDialog::updateForm()
{
    const bool simulator = m_ui->simulatorRadio->isChecked();
    m_ui->scenarioCombo->setEnabled(simulator);
    m_ui->labelEdit->setEnabled(simulator);
    m_ui->customRecipientEdit->setEnabled(!simulator);
    // The sandbox rule matters once a custom address is chosen; until then it is a tool tip.
    m_ui->customNoteLabel->setVisible(!simulator);
    m_ui->contentStack->setCurrentIndex(m_ui->rawRadio->isChecked() ? 1 : (m_ui->templateRadio->isChecked() ? 2 : 0));
    const auto scenario = static_cast<Ses::MailboxSimulator::Scenario>(m_ui->scenarioCombo->currentData().toInt());
    const QString address = Ses::MailboxSimulator::address(scenario, m_ui->labelEdit->text().trimmed());
    m_ui->scenarioExplanationLabel->setText(simulator
            ? QStringLiteral("<b>%1</b> — %2")
                  .arg(address.toHtmlEscaped(), Ses::MailboxSimulator::explanation(scenario).toHtmlEscaped())
            : QString());
    m_ui->scenarioExplanationLabel->setAccessibleName(Ses::MailboxSimulator::explanation(scenario));
    m_ui->sendButton->setEnabled(!m_busy);
    m_ui->runAllButton->setEnabled(!m_busy);
    m_ui->refreshOutcomesButton->setEnabled(!m_busy && m_sandbox);
}

void SendTestEmailDialog::retranslate()
{
    m_ui->retranslateUi(this);
    for (int i = 0; i < m_ui->scenarioCombo->count(); ++i)
        m_ui->scenarioCombo->setItemText(i,
            Ses::MailboxSimulator::title(
                static_cast<Ses::MailboxSimulator::Scenario>(m_ui->scenarioCombo->itemData(i).toInt())));
    m_ui->labelEdit->setToolTip(Ses::MailboxSimulator::labelNote());
    m_ui->customNoteLabel->setText(Ses::MailboxSimulator::customRecipientNote());
    m_ui->customRadio->setToolTip(Ses::MailboxSimulator::customRecipientNote());
    m_ui->rawNoteLabel->setText(tr("Paste the whole message, headers included. SES sends it as it is (adding its own "
                                   "Message-ID and Date); the recipient above is the envelope recipient."));
    m_ui->quotaNoteLabel->setText(Ses::MailboxSimulator::quotaNote());
    m_ui->outcomeNoteLabel->setText(m_sandbox
            ? tr("Local Sandbox: the outcome of each message (delivered, bounced with its SMTP status, complaint, "
                 "auto-reply) comes from the Sandbox's captured mail.")
            : tr("SES only answers with a Message ID. To see deliveries, bounces and complaints, add an event "
                 "destination (Amazon SNS, CloudWatch, Firehose or EventBridge) to a configuration set and send "
                 "through it."));
    for (QLabel *note : {m_ui->customNoteLabel, m_ui->quotaNoteLabel, m_ui->outcomeNoteLabel, m_ui->rawNoteLabel}) {
        note->setForegroundRole(QPalette::PlaceholderText);
        note->setAccessibleName(note->text());
    }
    updateForm();
}

void SendTestEmailDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Views
