#include "views/panes/dedicatedips/CreateDedicatedIpPoolDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "models/items/DedicatedIpItems.h"
#include "models/ses/ConfigurationSetRules.h"

#include "views/widgets/TagEditor.h"
#include "views/widgets/Tone.h"

namespace Views
{

namespace
{
QLabel *note(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 0);
    return label;
}
} // namespace

CreateDedicatedIpPoolDialog::CreateDedicatedIpPoolDialog(const QString &region, QWidget *parent)
    : QDialog(parent)
    , m_region(region)
    , m_intro(new QLabel)
    , m_nameLabel(new QLabel)
    , m_nameEdit(new QLineEdit)
    , m_nameProblem(new QLabel)
    , m_standardRadio(new QRadioButton)
    , m_standardNote(note(QStringLiteral("standardPoolNoteLabel")))
    , m_managedRadio(new QRadioButton)
    , m_managedNote(note(QStringLiteral("managedPoolNoteLabel")))
    , m_tagsLabel(new QLabel)
    , m_tags(new TagEditor)
    , m_statusLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_createButton(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("createDedicatedIpPoolDialog"));
    m_intro->setObjectName(QStringLiteral("createPoolIntroLabel"));
    m_intro->setWordWrap(true);
    m_nameEdit->setObjectName(QStringLiteral("poolNameEdit"));
    m_nameLabel->setBuddy(m_nameEdit);
    m_nameProblem->setObjectName(QStringLiteral("poolNameProblemLabel"));
    m_nameProblem->setWordWrap(true);
    setTextTone(m_nameProblem, Tone::Error);
    m_standardRadio->setObjectName(QStringLiteral("standardScalingRadio"));
    m_managedRadio->setObjectName(QStringLiteral("managedScalingRadio"));
    m_standardRadio->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_standardRadio);
    group->addButton(m_managedRadio);
    m_tags->setObjectName(QStringLiteral("poolTags"));
    m_statusLabel->setObjectName(QStringLiteral("createPoolStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_createButton->setObjectName(QStringLiteral("createPoolButton"));
    m_createButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelCreatePoolButton"));

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(QString(), m_nameProblem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_standardRadio);
    layout->addWidget(m_standardNote);
    layout->addWidget(m_managedRadio);
    layout->addWidget(m_managedNote);
    layout->addWidget(m_tagsLabel);
    layout->addWidget(m_tags);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &CreateDedicatedIpPoolDialog::validate);
    connect(m_tags, &TagEditor::changed, this, &CreateDedicatedIpPoolDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty() && !m_submitting)
            Q_EMIT submitRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    validate();
    resize(560, 560);
}

CreateDedicatedIpPoolDialog::~CreateDedicatedIpPoolDialog() = default;

void CreateDedicatedIpPoolDialog::setTakenNames(const QStringList &names)
{
    m_taken = names;
    validate();
}

Ses::CreateDedicatedIpPoolRequest CreateDedicatedIpPoolDialog::request() const
{
    Ses::CreateDedicatedIpPoolRequest r;
    r.poolName = m_nameEdit->text().trimmed();
    r.scalingMode = m_managedRadio->isChecked() ? QStringLiteral("MANAGED") : QStringLiteral("STANDARD");
    r.tags = m_tags->tags();
    return r;
}

QStringList CreateDedicatedIpPoolDialog::problems() const
{
    QStringList out;
    const QString name = m_nameEdit->text().trimmed();
    if (QString p = Ses::ConfigurationSetRules::nameProblem(name, tr("Pool name")); !p.isEmpty())
        out.append(p);
    else if (m_taken.contains(name) || name == Items::DedicatedIps::defaultPoolName()
        || name == QLatin1String("ses-shared-pool"))
        out.append(tr("Pool name: a pool named \"%1\" already exists in %2; pool names are unique across standard "
                      "and managed pools.")
                       .arg(name, m_region));
    if (QString p = m_tags->problem(); !p.isEmpty())
        out.append(p);
    return out;
}

void CreateDedicatedIpPoolDialog::validate()
{
    const QStringList list = problems();
    const bool typed = !m_nameEdit->text().isEmpty();
    m_nameProblem->setText(typed ? list.join(QLatin1Char('\n')) : QString());
    m_nameProblem->setVisible(!m_nameProblem->text().isEmpty());
    m_createButton->setEnabled(list.isEmpty() && !m_submitting);
}

void CreateDedicatedIpPoolDialog::setSubmitting(bool submitting, const QString &text)
{
    m_submitting = submitting;
    m_statusLabel->setPalette(palette());
    m_statusLabel->setText(text);
    for (QWidget *w : std::initializer_list<QWidget *>{m_nameEdit, m_standardRadio, m_managedRadio, m_tags})
        w->setEnabled(!submitting);
    validate();
}

void CreateDedicatedIpPoolDialog::showSubmitError(const QString &text)
{
    setSubmitting(false);
    setTextTone(m_statusLabel, Tone::Error);
    m_statusLabel->setText(text);
}

void CreateDedicatedIpPoolDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CreateDedicatedIpPoolDialog::retranslate()
{
    setWindowTitle(tr("Create dedicated IP pool"));
    m_intro->setText(tr("A pool groups dedicated IPs, for example to keep marketing and transactional mail apart; "
                        "a configuration set then sends through it. An account has at most 50 pools in a region; "
                        "this one is created in %1.")
                         .arg(m_region));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setAccessibleName(tr("Pool name"));
    m_nameEdit->setPlaceholderText(tr("up to 64 letters, digits, _ and -"));
    m_nameProblem->setAccessibleName(tr("Problem with the name"));
    m_standardRadio->setText(tr("&Standard (self-managed)"));
    m_standardRadio->setAccessibleName(tr("Standard scaling mode"));
    m_standardNote->setText(tr("You lease dedicated IPs through AWS Support, move them into the pool and warm them up "
                               "(automatically over 45 days, or by hand). Their addresses are fixed and listed here."));
    m_managedRadio->setText(tr("&Managed (auto-managed)"));
    m_managedRadio->setAccessibleName(tr("Managed scaling mode"));
    m_managedNote->setText(tr("SES leases, warms up (per mailbox provider) and scales the IPs with your volume, billed "
                              "per message; their addresses are not shown. A managed pool can never become standard "
                              "again."));
    m_tagsLabel->setText(tr("Tags:"));
    m_tags->setAccessibleName(tr("Tags"));
    m_statusLabel->setAccessibleName(tr("Status"));
    m_createButton->setText(tr("&Create pool"));
    m_createButton->setAccessibleName(tr("Create pool"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}

} // namespace Views
