#include "views/dialogs/identitywizard/IdentityNamePage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include "models/ses/DnsRecordSet.h"

#include "views/dialogs/identitywizard/IdentityWizardPages.h"

namespace Views
{

IdentityNamePage::IdentityNamePage(QWidget *parent)
    : QWizardPage(parent)
    , m_domainRadio(new QRadioButton(tr("&Domain")))
    , m_emailRadio(new QRadioButton(tr("&Email address")))
    , m_nameLabel(new QLabel)
    , m_nameEdit(new QLineEdit)
    , m_asciiLabel(new QLabel)
    , m_unicodeLabel(new QLabel)
    , m_problemLabel(new QLabel)
    , m_hintLabel(new QLabel)
{
    setObjectName(QStringLiteral("identityNamePage"));
    setTitle(tr("Domain or email address"));
    setSubTitle(tr("A verified domain lets you send from any address in it; a verified address only from itself."));
    m_domainRadio->setObjectName(QStringLiteral("domainRadio"));
    m_domainRadio->setAccessibleName(tr("Domain"));
    m_emailRadio->setObjectName(QStringLiteral("emailRadio"));
    m_emailRadio->setAccessibleName(tr("Email address"));
    m_domainRadio->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_domainRadio);
    group->addButton(m_emailRadio);
    m_nameEdit->setObjectName(QStringLiteral("identityNameEdit"));
    m_nameEdit->setAccessibleName(tr("Domain or email address"));
    m_nameLabel->setBuddy(m_nameEdit);
    m_asciiLabel->setObjectName(QStringLiteral("asciiNameLabel"));
    m_asciiLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_asciiLabel->setAccessibleName(tr("Name sent to SES"));
    m_unicodeLabel->setObjectName(QStringLiteral("unicodeNameLabel"));
    m_unicodeLabel->setAccessibleName(tr("Name as people read it"));
    m_problemLabel->setObjectName(QStringLiteral("identityNameProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setAccessibleName(tr("Problem with the name"));
    m_hintLabel->setObjectName(QStringLiteral("identityNameHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QFormLayout(this);
    auto *radios = new QHBoxLayout;
    radios->addWidget(m_domainRadio);
    radios->addWidget(m_emailRadio);
    radios->addStretch();
    layout->addRow(tr("Identity type:"), radios);
    layout->addRow(m_nameLabel, m_nameEdit);
    layout->addRow(tr("Sent to SES as:"), m_asciiLabel);
    layout->addRow(tr("Shown as:"), m_unicodeLabel);
    layout->addRow(m_problemLabel);
    layout->addRow(m_hintLabel);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &IdentityNamePage::revalidate);
    connect(m_domainRadio, &QRadioButton::toggled, this, &IdentityNamePage::revalidate);
    revalidate();
}

bool IdentityNamePage::domainChosen() const
{
    return m_domainRadio->isChecked();
}

void IdentityNamePage::revalidate()
{
    const bool domain = domainChosen();
    m_nameLabel->setText(domain ? tr("Do&main:") : tr("&Address:"));
    m_nameEdit->setPlaceholderText(domain ? tr("example.com or bücher.example") : tr("sender@example.com"));
    m_hintLabel->setText(domain ? tr("Enter the domain itself (example.com, not www.example.com). SES then shows "
                                     "the DNS records to publish; verification takes up to 72 hours.")
                                : tr("SES sends a mail with a link to this address; the link must be clicked "
                                     "within 24 hours. Addresses are case-sensitive."));
    m_name.reset();
    m_asciiLabel->clear();
    m_unicodeLabel->clear();
    QString problem;
    const QString text = m_nameEdit->text().trimmed();
    if (!text.isEmpty()) {
        const Aws::Result<Ses::IdentityName> parsed = Ses::IdentityName::parse(text);
        if (!parsed.ok()) {
            problem = parsed.error().message;
        } else if (parsed.value().isDomain() != domain) {
            problem = domain ? tr("This is an email address. Choose “Email address” above, or enter a domain.")
                             : tr("This is a domain. Choose “Domain” above, or enter an email address.");
        } else {
            m_name = parsed.value();
            m_asciiLabel->setText(m_name->ascii());
            m_unicodeLabel->setText(displayName());
            if (domain && m_name->ascii().startsWith(QLatin1String("www.")))
                problem = tr("Note: verify the domain itself (%1), not its www host, or verification fails.")
                              .arg(m_name->ascii().mid(4));
        }
    }
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

QString IdentityNamePage::displayName() const
{
    if (!m_name)
        return {};
    // Every label decoded, whatever Qt's IDN allow-list of top-level domains says.
    const QString domain = Ses::DnsRecordSet::toUnicodeDomain(m_name->domain());
    return m_name->isDomain() ? domain : m_name->ascii().section(QLatin1Char('@'), 0, 0) + QLatin1Char('@') + domain;
}

bool IdentityNamePage::isComplete() const
{
    return m_name.has_value();
}

int IdentityNamePage::nextId() const
{
    return domainChosen() ? IdentityWizardPages::Dkim : IdentityWizardPages::MailFrom;
}

} // namespace Views
