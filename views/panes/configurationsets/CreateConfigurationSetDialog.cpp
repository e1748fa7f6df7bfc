#include "views/panes/configurationsets/CreateConfigurationSetDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "models/ses/ConfigurationSetRules.h"

#include "views/widgets/TagEditor.h"
#include "views/widgets/Tone.h"

namespace Views
{

using Rules = Ses::ConfigurationSetRules;

CreateConfigurationSetDialog::CreateConfigurationSetDialog(const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_region(region)
    , m_intro(new QLabel)
    , m_nameLabel(new QLabel)
    , m_nameEdit(new QLineEdit)
    , m_nameProblem(new QLabel)
    , m_poolLabel(new QLabel)
    , m_poolCombo(new QComboBox)
    , m_tlsCheck(new QCheckBox)
    , m_reputationCheck(new QCheckBox)
    , m_domainLabel(new QLabel)
    , m_domainEdit(new QLineEdit)
    , m_tagsLabel(new QLabel)
    , m_tags(new TagEditor)
    , m_problemsLabel(new QLabel)
    , m_statusLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_createButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("createConfigurationSetDialog"));
    m_intro->setObjectName(QStringLiteral("createConfigurationSetIntro"));
    m_intro->setWordWrap(true);
    m_nameEdit->setObjectName(QStringLiteral("configurationSetNameEdit"));
    m_nameLabel->setBuddy(m_nameEdit);
    m_nameProblem->setObjectName(QStringLiteral("configurationSetNameProblemLabel"));
    m_nameProblem->setWordWrap(true);
    setTextTone(m_nameProblem, Tone::Error);
    m_poolCombo->setObjectName(QStringLiteral("createSendingPoolCombo"));
    m_poolCombo->setEditable(true);
    m_poolCombo->setInsertPolicy(QComboBox::NoInsert);
    m_poolCombo->addItem(QString());
    m_poolCombo->lineEdit()->setObjectName(QStringLiteral("createSendingPoolEdit"));
    m_poolLabel->setBuddy(m_poolCombo);
    m_tlsCheck->setObjectName(QStringLiteral("createRequireTlsCheck"));
    m_reputationCheck->setObjectName(QStringLiteral("createReputationMetricsCheck"));
    m_domainEdit->setObjectName(QStringLiteral("createRedirectDomainEdit"));
    m_domainLabel->setBuddy(m_domainEdit);
    m_tags->setObjectName(QStringLiteral("createConfigurationSetTags"));
    m_problemsLabel->setObjectName(QStringLiteral("createConfigurationSetProblemsLabel"));
    m_problemsLabel->setWordWrap(true);
    setTextTone(m_problemsLabel, Tone::Error);
    m_statusLabel->setObjectName(QStringLiteral("createConfigurationSetStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_createButton->setObjectName(QStringLiteral("createConfigurationSetButton"));
    m_createButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelCreateConfigurationSetButton"));

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(QString(), m_nameProblem);
    form->addRow(m_poolLabel, m_poolCombo);
    form->addRow(QString(), m_tlsCheck);
    form->addRow(QString(), m_reputationCheck);
    form->addRow(m_domainLabel, m_domainEdit);
    form->addRow(m_tagsLabel, m_tags);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &CreateConfigurationSetDialog::validate);
    connect(m_poolCombo, &QComboBox::currentTextChanged, this, &CreateConfigurationSetDialog::validate);
    connect(m_domainEdit, &QLineEdit::textChanged, this, &CreateConfigurationSetDialog::validate);
    connect(m_tags, &TagEditor::changed, this, &CreateConfigurationSetDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty() && !m_submitting)
            Q_EMIT submitRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    validate();
    resize(620, 560);
}

CreateConfigurationSetDialog::~CreateConfigurationSetDialog() = default;

void CreateConfigurationSetDialog::setTakenNames(const QStringList &names)
{
    m_taken = names;
    validate();
}

void CreateConfigurationSetDialog::setPoolNames(const QStringList &names)
{
    const QString current = m_poolCombo->currentText();
    const QSignalBlocker blocker(m_poolCombo);
    m_poolCombo->clear();
    m_poolCombo->addItem(QString());
    m_poolCombo->addItems(names);
    m_poolCombo->setCurrentText(current);
}

Ses::ConfigurationSet CreateConfigurationSetDialog::configurationSet() const
{
    Ses::ConfigurationSet set;
    set.name = m_nameEdit->text().trimmed();
    set.delivery.sendingPoolName = m_poolCombo->currentText().trimmed();
    if (m_tlsCheck->isChecked())
        set.delivery.tlsPolicy = QStringLiteral("REQUIRE");
    set.reputation.reputationMetricsEnabled = m_reputationCheck->isChecked();
    if (const QString domain = m_domainEdit->text().trimmed(); !domain.isEmpty())
        set.tracking = Ses::TrackingOptions{QString::fromLatin1(QUrl::toAce(domain)), {}};
    set.tags = m_tags->tags();
    return set;
}

QString CreateConfigurationSetDialog::nameProblem() const
{
    const QString name = m_nameEdit->text().trimmed();
    if (QString p = Rules::nameProblem(name, tr("Configuration set name")); !p.isEmpty())
        return p;
    if (m_taken.contains(name))
        return tr("Configuration set name: a configuration set named \"%1\" already exists in %2.").arg(name, m_region);
    return {};
}

QStringList CreateConfigurationSetDialog::otherProblems() const
{
    QStringList out;
    if (const QString pool = m_poolCombo->currentText().trimmed(); !pool.isEmpty()) {
        if (QString p = Rules::nameProblem(pool, tr("Sending IP pool")); !p.isEmpty())
            out.append(p);
    }
    if (!m_domainEdit->text().trimmed().isEmpty()) {
        if (QString p = Rules::domainProblem(m_domainEdit->text()); !p.isEmpty())
            out.append(p);
    }
    if (QString p = m_tags->problem(); !p.isEmpty())
        out.append(p);
    return out;
}

QStringList CreateConfigurationSetDialog::problems() const
{
    QStringList out = otherProblems();
    if (const QString p = nameProblem(); !p.isEmpty())
        out.prepend(p);
    return out;
}

void CreateConfigurationSetDialog::validate()
{
    // The name's own problem sits under the field (once something is typed); the rest below.
    const QString name = m_nameEdit->text();
    m_nameProblem->setText(name.isEmpty() ? QString() : nameProblem());
    m_nameProblem->setVisible(!m_nameProblem->text().isEmpty());
    const QStringList others = otherProblems();
    m_problemsLabel->setText(others.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!others.isEmpty());
    m_createButton->setEnabled(problems().isEmpty() && !m_submitting);
}

void CreateConfigurationSetDialog::setSubmitting(bool submitting, const QString &text)
{
    m_submitting = submitting;
    m_statusLabel->setPalette(palette());
    m_statusLabel->setText(text);
    for (QWidget *w :
        std::initializer_list<QWidget *>{m_nameEdit, m_poolCombo, m_tlsCheck, m_reputationCheck, m_domainEdit, m_tags})
        w->setEnabled(!submitting);
    validate();
}

void CreateConfigurationSetDialog::showSubmitError(const QString &text, bool nameProblem)
{
    setSubmitting(false);
    if (nameProblem) {
        m_nameProblem->setText(text);
        m_nameProblem->show();
        m_nameEdit->setFocus();
        m_nameEdit->selectAll();
        return;
    }
    setTextTone(m_statusLabel, Tone::Error);
    m_statusLabel->setText(text);
}

void CreateConfigurationSetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CreateConfigurationSetDialog::retranslate()
{
    setWindowTitle(tr("Create configuration set"));
    m_intro->setText(tr("A configuration set groups rules for the mail sent with it: event destinations, a "
                        "dedicated IP pool, TLS, tracking and suppression. Name it when sending, or make it an "
                        "identity's default. Configuration sets are separate in every region; this one is created "
                        "in %1.")
                         .arg(m_region));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setAccessibleName(tr("Configuration set name"));
    m_nameEdit->setPlaceholderText(tr("up to 64 letters, digits, _ and -"));
    m_nameProblem->setAccessibleName(tr("Problem with the name"));
    m_poolLabel->setText(tr("Sending IP &pool:"));
    m_poolCombo->setAccessibleName(tr("Sending IP pool"));
    m_poolCombo->lineEdit()->setAccessibleName(tr("Sending IP pool"));
    m_poolCombo->lineEdit()->setPlaceholderText(tr("none: the shared pool or ses-default-dedicated-pool"));
    m_tlsCheck->setText(tr("Require &TLS for delivery"));
    m_tlsCheck->setAccessibleName(tr("Require TLS for delivery"));
    m_reputationCheck->setText(tr("Publish &reputation metrics to CloudWatch"));
    m_reputationCheck->setAccessibleName(tr("Publish reputation metrics to CloudWatch"));
    m_domainLabel->setText(tr("Custom redirect &domain:"));
    m_domainEdit->setAccessibleName(tr("Custom redirect domain"));
    m_domainEdit->setPlaceholderText(tr("optional, e.g. track.example.com"));
    m_tagsLabel->setText(tr("Tags:"));
    m_tags->setAccessibleName(tr("Tags"));
    m_problemsLabel->setAccessibleName(tr("Problems"));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_createButton->setText(tr("&Create"));
    m_createButton->setAccessibleName(tr("Create configuration set"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

} // namespace Views
