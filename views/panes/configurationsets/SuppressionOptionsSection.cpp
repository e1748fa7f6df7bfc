#include "views/panes/configurationsets/SuppressionOptionsSection.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>

namespace Views
{

namespace
{
const QString Bounce = QStringLiteral("BOUNCE");
const QString Complaint = QStringLiteral("COMPLAINT");
} // namespace

SuppressionOptionsSection::SuppressionOptionsSection(QWidget *parent)
    : OptionsSection(QStringLiteral("suppression"), parent)
    , m_accountRadio(new QRadioButton)
    , m_noneRadio(new QRadioButton)
    , m_reasonsRadio(new QRadioButton)
    , m_bounceCheck(new QCheckBox)
    , m_complaintCheck(new QCheckBox)
    , m_note(makeNote(QStringLiteral("suppressionNoteLabel")))
{
    m_accountRadio->setObjectName(QStringLiteral("suppressionAccountRadio"));
    m_noneRadio->setObjectName(QStringLiteral("suppressionNoneRadio"));
    m_reasonsRadio->setObjectName(QStringLiteral("suppressionReasonsRadio"));
    m_bounceCheck->setObjectName(QStringLiteral("suppressionBounceCheck"));
    m_complaintCheck->setObjectName(QStringLiteral("suppressionComplaintCheck"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *r : {m_accountRadio, m_noneRadio, m_reasonsRadio})
        group->addButton(r);
    body()->addWidget(m_accountRadio);
    body()->addWidget(m_noneRadio);
    body()->addWidget(m_reasonsRadio);
    auto *reasons = new QHBoxLayout;
    reasons->addSpacing(24);
    reasons->addWidget(m_bounceCheck);
    reasons->addWidget(m_complaintCheck);
    reasons->addStretch();
    body()->addLayout(reasons);
    body()->addWidget(m_note);
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{
             m_accountRadio, m_noneRadio, m_reasonsRadio, m_bounceCheck, m_complaintCheck})
        connect(b, &QAbstractButton::toggled, this, [this] {
            setControlsEnabled(m_enabled);
            updateState();
        });
    retranslate();
}

QStringList SuppressionOptionsSection::editedReasons() const
{
    QStringList reasons;
    if (m_reasonsRadio->isChecked()) {
        if (m_bounceCheck->isChecked())
            reasons.append(Bounce);
        if (m_complaintCheck->isChecked())
            reasons.append(Complaint);
    }
    return reasons;
}

Ses::ConfigurationSetOptionsChange SuppressionOptionsSection::change() const
{
    Ses::ConfigurationSetOptionsChange c;
    c.group = Ses::ConfigurationSetOptionsChange::Group::Suppression;
    c.suppression.suppressedReasons = editedReasons();
    return c;
}

QString SuppressionOptionsSection::problem() const
{
    if (m_accountRadio->isChecked())
        return tr("SES has no call that returns a configuration set to the account-level settings once it "
                  "overrides them; choose the reasons to suppress, or none.");
    if (m_reasonsRadio->isChecked() && editedReasons().isEmpty())
        return tr("Choose at least one reason (bounces, complaints), or choose not to suppress any address.");
    return {};
}

void SuppressionOptionsSection::load(const Ses::ConfigurationSet &set)
{
    const QStringList reasons = set.suppression ? set.suppression->suppressedReasons : QStringList();
    if (!set.suppression)
        m_accountRadio->setChecked(true);
    else if (reasons.isEmpty())
        m_noneRadio->setChecked(true);
    else
        m_reasonsRadio->setChecked(true);
    m_bounceCheck->setChecked(reasons.contains(Bounce));
    m_complaintCheck->setChecked(reasons.contains(Complaint));
}

bool SuppressionOptionsSection::differs() const
{
    const Ses::ConfigurationSet &set = savedSet();
    if (m_accountRadio->isChecked())
        return set.suppression.has_value();
    if (!set.suppression)
        return true;
    QStringList saved = set.suppression->suppressedReasons;
    QStringList edited = editedReasons();
    saved.sort();
    edited.sort();
    return saved != edited;
}

void SuppressionOptionsSection::setControlsEnabled(bool enabled)
{
    m_enabled = enabled;
    m_accountRadio->setEnabled(enabled);
    m_noneRadio->setEnabled(enabled);
    m_reasonsRadio->setEnabled(enabled);
    m_bounceCheck->setEnabled(enabled && m_reasonsRadio->isChecked());
    m_complaintCheck->setEnabled(enabled && m_reasonsRadio->isChecked());
}

void SuppressionOptionsSection::retranslateSection()
{
    setTitle(tr("Suppression list"));
    m_accountRadio->setText(tr("Use the &account-level settings"));
    m_accountRadio->setAccessibleName(tr("Use the account-level suppression settings"));
    m_noneRadio->setText(tr("Override: do &not suppress any address"));
    m_noneRadio->setAccessibleName(tr("Override the account: no suppression"));
    m_reasonsRadio->setText(tr("Override: add addresses to the suppression list for these &reasons:"));
    m_reasonsRadio->setAccessibleName(tr("Override the account: suppress for these reasons"));
    m_bounceCheck->setText(tr("Bounces"));
    m_bounceCheck->setAccessibleName(tr("Suppress addresses that hard-bounce"));
    m_complaintCheck->setText(tr("Complaints"));
    m_complaintCheck->setAccessibleName(tr("Suppress addresses that complain"));
    m_note->setText(tr("This is not a separate list: it changes which reasons add the recipients of mail sent "
                       "with this set to the account-level suppression list, in place of the account's reasons."));
}

} // namespace Views
