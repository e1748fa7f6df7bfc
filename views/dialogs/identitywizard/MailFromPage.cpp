#include "views/dialogs/identitywizard/MailFromPage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>

#include "models/ses/DnsRecordSet.h"

#include "views/dialogs/identitywizard/IdentityNamePage.h"
#include "views/dialogs/identitywizard/IdentityWizardPages.h"

namespace Views
{

MailFromPage::MailFromPage(const IdentityNamePage *namePage, QWidget *parent)
    : QWizardPage(parent)
    , m_namePage(namePage)
    , m_useCheck(new QCheckBox(tr("&Use a custom MAIL FROM domain")))
    , m_subdomainEdit(new QLineEdit)
    , m_suffixLabel(new QLabel)
    , m_resultLabel(new QLabel)
    , m_defaultRadio(new QRadioButton(tr("Use the &default MAIL FROM domain (amazonses.com)")))
    , m_rejectRadio(new QRadioButton(tr("&Reject the message (SES answers MailFromDomainNotVerified)")))
    , m_problemLabel(new QLabel)
{
    setObjectName(QStringLiteral("mailFromPage"));
    setTitle(tr("Custom MAIL FROM domain (optional)"));
    setSubTitle(tr("Bounces return to this subdomain, and SPF then aligns with your domain for DMARC. It needs an MX "
                   "and an SPF record; use it for nothing else: no sending from it, no receiving mail at it."));
    m_useCheck->setObjectName(QStringLiteral("useMailFromCheck"));
    m_useCheck->setAccessibleName(tr("Use a custom MAIL FROM domain"));
    m_subdomainEdit->setObjectName(QStringLiteral("mailFromSubdomainEdit"));
    m_subdomainEdit->setAccessibleName(tr("MAIL FROM subdomain"));
    m_subdomainEdit->setPlaceholderText(tr("mail"));
    m_suffixLabel->setObjectName(QStringLiteral("mailFromSuffixLabel"));
    m_resultLabel->setObjectName(QStringLiteral("mailFromDomainLabel"));
    m_resultLabel->setAccessibleName(tr("MAIL FROM domain"));
    m_defaultRadio->setObjectName(QStringLiteral("mxFailureDefaultRadio"));
    m_defaultRadio->setAccessibleName(tr("On MX failure use the default MAIL FROM domain"));
    m_rejectRadio->setObjectName(QStringLiteral("mxFailureRejectRadio"));
    m_rejectRadio->setAccessibleName(tr("On MX failure reject the message"));
    m_defaultRadio->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_defaultRadio);
    group->addButton(m_rejectRadio);
    m_problemLabel->setObjectName(QStringLiteral("mailFromProblemLabel"));
    m_problemLabel->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->addRow(m_useCheck);
    auto *row = new QHBoxLayout;
    row->addWidget(m_subdomainEdit, 1);
    row->addWidget(m_suffixLabel);
    auto *subdomainLabel = new QLabel(tr("&Subdomain:"));
    subdomainLabel->setBuddy(m_subdomainEdit);
    layout->addRow(subdomainLabel, row);
    layout->addRow(tr("MAIL FROM domain:"), m_resultLabel);
    layout->addRow(new QLabel(tr("When SES cannot find the MX record:")));
    layout->addRow(m_defaultRadio);
    layout->addRow(m_rejectRadio);
    layout->addRow(m_problemLabel);

    connect(m_useCheck, &QCheckBox::toggled, this, &MailFromPage::revalidate);
    connect(m_subdomainEdit, &QLineEdit::textChanged, this, &MailFromPage::revalidate);
}

void MailFromPage::initializePage()
{
    m_suffixLabel->setText(QLatin1Char('.') + Ses::DnsRecordSet::toUnicodeDomain(identityDomain()));
    revalidate();
}

QString MailFromPage::identityDomain() const
{
    return m_namePage->identityName() ? m_namePage->identityName()->domain() : QString();
}

bool MailFromPage::useMailFrom() const
{
    return m_useCheck->isChecked();
}

QString MailFromPage::mailFromDomain() const
{
    QString sub = m_subdomainEdit->text().trimmed();
    const QString domain = identityDomain();
    // People also type the whole name: accept "mail.example.com" as well as "mail".
    const QString unicodeDomain = Ses::DnsRecordSet::toUnicodeDomain(domain);
    for (const QString &suffix : {QLatin1Char('.') + domain, QLatin1Char('.') + unicodeDomain}) {
        if (sub.endsWith(suffix, Qt::CaseInsensitive))
            sub.chop(suffix.size());
    }
    if (sub.endsWith(QLatin1Char('.')))
        sub.chop(1);
    if (sub.isEmpty())
        return {};
    return Ses::DnsRecordSet::toAsciiDomain(sub + QLatin1Char('.') + domain);
}

QString MailFromPage::behaviorOnMxFailure() const
{
    return m_rejectRadio->isChecked() ? QStringLiteral("REJECT_MESSAGE") : QStringLiteral("USE_DEFAULT_VALUE");
}

QString MailFromPage::problem() const
{
    if (!useMailFrom())
        return {};
    const QString sub = m_subdomainEdit->text().trimmed();
    if (sub.isEmpty())
        return tr("Enter the subdomain, for example “mail” for mail.%1.")
            .arg(Ses::DnsRecordSet::toUnicodeDomain(identityDomain()));
    const QString full = mailFromDomain();
    if (full.isEmpty())
        return tr("“%1” is not a valid subdomain: use letters, digits and hyphens, labels separated by dots.").arg(sub);
    if (full == identityDomain())
        return tr("The MAIL FROM domain must be a subdomain, not the domain itself.");
    if (full.startsWith(QLatin1String("www.")))
        return tr("Do not use the www host: the MAIL FROM domain must not be used for anything else.");
    return {};
}

void MailFromPage::revalidate()
{
    const bool use = useMailFrom();
    m_subdomainEdit->setEnabled(use);
    m_defaultRadio->setEnabled(use);
    m_rejectRadio->setEnabled(use);
    const QString full = use ? mailFromDomain() : QString();
    m_resultLabel->setText(full.isEmpty() ? tr("none") : full);
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    Q_EMIT completeChanged();
}

bool MailFromPage::isComplete() const
{
    return problem().isEmpty();
}

} // namespace Views
