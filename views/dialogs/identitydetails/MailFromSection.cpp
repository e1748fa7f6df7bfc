#include "views/dialogs/identitydetails/MailFromSection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "models/connection/Session.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/SesClient.h"

namespace Views
{

MailFromSection::MailFromSection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent)
    : IdentitySection(std::move(session), std::move(identityName), parent)
    , m_statusLabel(new QLabel)
    , m_domainEdit(new QLineEdit)
    , m_behaviorCombo(new QComboBox)
    , m_problemLabel(new QLabel)
    , m_saveButton(new QPushButton)
    , m_removeButton(new QPushButton)
{
    setObjectName(QStringLiteral("mailFromSection"));
    m_statusLabel->setObjectName(QStringLiteral("mailFromStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_domainEdit->setObjectName(QStringLiteral("mailFromDomainEdit"));
    m_behaviorCombo->setObjectName(QStringLiteral("mxFailureCombo"));
    m_behaviorCombo->addItem(QString(), QStringLiteral("USE_DEFAULT_VALUE"));
    m_behaviorCombo->addItem(QString(), QStringLiteral("REJECT_MESSAGE"));
    m_problemLabel->setObjectName(QStringLiteral("mailFromProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_saveButton->setObjectName(QStringLiteral("saveMailFromButton"));
    m_removeButton->setObjectName(QStringLiteral("removeMailFromButton"));
    auto *layout = new QFormLayout(this);
    layout->addRow(m_statusLabel);
    layout->addRow(tr("MAIL FROM &domain:"), m_domainEdit);
    layout->addRow(tr("On MX &failure:"), m_behaviorCombo);
    layout->addRow(m_problemLabel);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_removeButton);
    row->addWidget(m_saveButton);
    layout->addRow(row);
    connect(m_domainEdit, &QLineEdit::textChanged, this, &MailFromSection::update);
    connect(m_behaviorCombo, &QComboBox::currentIndexChanged, this, &MailFromSection::update);
    connect(m_saveButton, &QPushButton::clicked, this, &MailFromSection::save);
    connect(m_removeButton, &QPushButton::clicked, this, &MailFromSection::removeMailFrom);
    connect(this, &IdentitySection::busyChanged, this, &MailFromSection::update);
    retranslate();
}

void MailFromSection::retranslate()
{
    setTitle(tr("Custom MAIL FROM domain"));
    m_statusLabel->setAccessibleName(tr("MAIL FROM status"));
    m_domainEdit->setAccessibleName(tr("MAIL FROM domain"));
    m_domainEdit->setPlaceholderText(tr("none (SES uses a subdomain of amazonses.com)"));
    m_behaviorCombo->setAccessibleName(tr("Behaviour on MX failure"));
    m_behaviorCombo->setItemText(0, tr("Use the default MAIL FROM domain"));
    m_behaviorCombo->setItemText(1, tr("Reject the message"));
    m_saveButton->setText(tr("&Save MAIL FROM"));
    m_saveButton->setAccessibleName(tr("Save the MAIL FROM domain"));
    m_removeButton->setText(tr("Re&move"));
    m_removeButton->setAccessibleName(tr("Remove the custom MAIL FROM domain"));
    if (m_identity)
        showIdentity(*m_identity);
}

void MailFromSection::showIdentity(const Ses::EmailIdentity &identity)
{
    m_identity = identity;
    const Ses::MailFromAttributes &m = identity.mailFrom;
    const QString status = m.mailFromDomainStatus;
    QString text;
    if (m.mailFromDomain.isEmpty())
        text = tr("No custom MAIL FROM domain: bounces go to a subdomain of amazonses.com, and SPF does not align "
                  "with your domain for DMARC.");
    else if (status == QLatin1String("SUCCESS"))
        text = tr("<b>Verified</b>: SES uses %1 and keeps checking its MX record.").arg(m.mailFromDomain);
    else if (status == QLatin1String("PENDING"))
        text = tr("<b>Pending</b>: SES looks for the MX record of %1 for up to 72 hours; until then it uses the "
                  "default MAIL FROM domain.")
                   .arg(m.mailFromDomain);
    else if (status == QLatin1String("TEMPORARY_FAILURE"))
        text = tr("<b>Temporary failure</b>: SES cannot find the MX record of %1 now and retries for 72 hours; "
                  "meanwhile it uses the default MAIL FROM domain.")
                   .arg(m.mailFromDomain);
    else if (status == QLatin1String("FAILED"))
        text = tr("<b>Failed</b>: SES did not find the MX record of %1 and stopped checking. Correct the records, "
                  "then save the domain again to restart.")
                   .arg(m.mailFromDomain);
    else
        text = m.mailFromDomain;
    m_statusLabel->setText(text);
    m_domainEdit->setText(m.mailFromDomain);
    const int index = m_behaviorCombo->findData(
        m.behaviorOnMxFailure.isEmpty() ? QStringLiteral("USE_DEFAULT_VALUE") : m.behaviorOnMxFailure);
    m_behaviorCombo->setCurrentIndex(qMax(0, index));
    update();
}

QString MailFromSection::problem() const
{
    const QString text = m_domainEdit->text().trimmed();
    if (text.isEmpty() || !m_identity)
        return {};
    const QString domain = Ses::DnsRecordSet::toAsciiDomain(text);
    const QString at
        = identityName().contains(QLatin1Char('@')) ? identityName().section(QLatin1Char('@'), 1) : identityName();
    const QString parent = Ses::DnsRecordSet::toAsciiDomain(at);
    if (domain.isEmpty())
        return tr("“%1” is not a valid domain name.").arg(text);
    if (domain == parent || !domain.endsWith(QLatin1Char('.') + parent))
        return tr("The MAIL FROM domain must be a subdomain of %1, such as mail.%1.").arg(parent);
    return {};
}

void MailFromSection::update()
{
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    const bool changed = m_identity
        && (Ses::DnsRecordSet::toAsciiDomain(m_domainEdit->text().trimmed()) != m_identity->mailFrom.mailFromDomain
            || m_behaviorCombo->currentData().toString()
                != (m_identity->mailFrom.behaviorOnMxFailure.isEmpty() ? QStringLiteral("USE_DEFAULT_VALUE")
                                                                       : m_identity->mailFrom.behaviorOnMxFailure));
    m_saveButton->setEnabled(!isBusy() && why.isEmpty() && changed && !m_domainEdit->text().trimmed().isEmpty());
    m_removeButton->setEnabled(!isBusy() && m_identity && !m_identity->mailFrom.mailFromDomain.isEmpty());
}

void MailFromSection::save()
{
    const Ses::PutMailFromAttributesRequest request{identityName(),
        Ses::DnsRecordSet::toAsciiDomain(m_domainEdit->text().trimmed()),
        m_behaviorCombo->currentData().toString()};
    apply(tr("Saving the MAIL FROM domain failed"), [this, request](auto done) {
        return session()->ses()->putEmailIdentityMailFromAttributes(request, this, done);
    });
}

void MailFromSection::removeMailFrom()
{
    apply(tr("Removing the MAIL FROM domain failed"), [this](auto done) {
        return session()->ses()->putEmailIdentityMailFromAttributes({identityName(), {}, {}}, this, done);
    });
}

} // namespace Views
