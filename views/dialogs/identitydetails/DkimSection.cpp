#include "views/dialogs/identitydetails/DkimSection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include "models/connection/Session.h"
#include "models/items/IdentityItems.h"
#include "models/ses/SesClient.h"

namespace Views
{

namespace Identity = Items::Identity;

namespace
{
QString keyLengthText(const QString &length)
{
    if (length == QLatin1String("RSA_2048_BIT"))
        return QCoreApplication::translate("Views::DkimSection", "2048-bit RSA");
    if (length == QLatin1String("RSA_1024_BIT"))
        return QCoreApplication::translate("Views::DkimSection", "1024-bit RSA");
    return length;
}
} // namespace

DkimSection::DkimSection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent)
    : IdentitySection(std::move(session), std::move(identityName), parent)
    , m_statusLabel(new QLabel)
    , m_meaningLabel(new QLabel)
    , m_originLabel(new QLabel)
    , m_signingCheck(new QCheckBox)
    , m_keyLengthLabel(new QLabel)
    , m_keyLengthCombo(new QComboBox)
    , m_changeKeyButton(new QPushButton)
    , m_dnsButton(new QPushButton)
{
    setObjectName(QStringLiteral("dkimSection"));
    m_statusLabel->setObjectName(QStringLiteral("dkimStatusLabel"));
    m_meaningLabel->setObjectName(QStringLiteral("dkimMeaningLabel"));
    m_meaningLabel->setWordWrap(true);
    m_originLabel->setObjectName(QStringLiteral("dkimOriginLabel"));
    m_originLabel->setWordWrap(true);
    m_signingCheck->setObjectName(QStringLiteral("dkimSigningCheck"));
    m_keyLengthLabel->setObjectName(QStringLiteral("dkimKeyLengthLabel"));
    m_keyLengthCombo->setObjectName(QStringLiteral("dkimNextKeyLengthCombo"));
    m_keyLengthCombo->addItem(keyLengthText(QStringLiteral("RSA_2048_BIT")), QStringLiteral("RSA_2048_BIT"));
    m_keyLengthCombo->addItem(keyLengthText(QStringLiteral("RSA_1024_BIT")), QStringLiteral("RSA_1024_BIT"));
    m_changeKeyButton->setObjectName(QStringLiteral("changeDkimKeyButton"));
    m_dnsButton->setObjectName(QStringLiteral("dkimDnsRecordsButton"));

    auto *layout = new QFormLayout(this);
    layout->addRow(m_statusLabel);
    layout->addRow(m_meaningLabel);
    layout->addRow(m_originLabel);
    layout->addRow(m_signingCheck);
    layout->addRow(m_keyLengthLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_keyLengthCombo);
    row->addWidget(m_changeKeyButton);
    row->addStretch();
    row->addWidget(m_dnsButton);
    layout->addRow(row);

    // clicked, not toggled: showing SES's state must not send anything.
    connect(m_signingCheck, &QCheckBox::clicked, this, &DkimSection::setSigningEnabled);
    connect(m_changeKeyButton, &QPushButton::clicked, this, &DkimSection::changeKeyLength);
    connect(m_keyLengthCombo, &QComboBox::currentIndexChanged, this, &DkimSection::updateKeyLengthButton);
    connect(m_dnsButton, &QPushButton::clicked, this, &DkimSection::dnsRecordsRequested);
    connect(this, &IdentitySection::busyChanged, this, [this](bool busy) {
        m_signingCheck->setDisabled(busy);
        if (busy)
            m_changeKeyButton->setEnabled(false);
        else
            updateKeyLengthButton();
    });
    retranslate();
}

void DkimSection::retranslate()
{
    setTitle(tr("DKIM"));
    m_statusLabel->setAccessibleName(tr("DKIM status"));
    m_meaningLabel->setAccessibleName(tr("What the DKIM status means"));
    m_signingCheck->setText(tr("&Sign mail with DKIM"));
    m_signingCheck->setAccessibleName(tr("Sign mail with DKIM"));
    m_signingCheck->setToolTip(tr("Turning DKIM signing off is not recommended: mail may land in spam and is easier "
                                  "to spoof."));
    m_keyLengthCombo->setAccessibleName(tr("Next DKIM key length"));
    m_changeKeyButton->setText(tr("Change &key length"));
    m_changeKeyButton->setAccessibleName(tr("Change the DKIM key length"));
    m_dnsButton->setText(tr("DNS &records…"));
    m_dnsButton->setAccessibleName(tr("Show the DNS records"));
    if (m_identity)
        showIdentity(*m_identity);
}

void DkimSection::showIdentity(const Ses::EmailIdentity &identity)
{
    m_identity = identity;
    const Ses::DkimAttributes &dkim = identity.dkim;
    const Identity::Status status = Identity::statusFromSes(dkim.status);
    const bool domain = identity.identityType != QLatin1String("EMAIL_ADDRESS");
    const bool external = dkim.signingAttributesOrigin == QLatin1String("EXTERNAL");
    m_statusLabel->setText(QStringLiteral("<b>%1</b>").arg(Identity::statusText(status).toHtmlEscaped()));
    m_meaningLabel->setText(Identity::dkimMeaning(status));
    if (!domain)
        m_originLabel->setText(tr("An address is signed with its domain's DKIM settings; you can turn signing off "
                                  "for this address only (if the domain signs)."));
    else if (external)
        m_originLabel->setText(tr("Your own key (BYODKIM). To rotate it, publish the new key under a new selector "
                                  "and give SES the new private key."));
    else
        m_originLabel->setText(tr("Easy DKIM: SES holds the key and rotates it.%1")
                                   .arg(dkim.lastKeyGenerationTimestamp.isValid()
                                           ? tr(" Last key generated %1.")
                                                 .arg(QLocale().toString(dkim.lastKeyGenerationTimestamp.toLocalTime(),
                                                     QLocale::ShortFormat))
                                           : QString()));
    m_signingCheck->setChecked(dkim.signingEnabled);
    const bool easy = domain && !external;
    m_keyLengthLabel->setVisible(easy);
    m_keyLengthCombo->setVisible(easy);
    m_changeKeyButton->setVisible(easy);
    m_dnsButton->setVisible(domain);
    if (easy) {
        m_keyLengthLabel->setText(
            tr("Current key: %1; next key: %2")
                .arg(keyLengthText(dkim.currentSigningKeyLength), keyLengthText(dkim.nextSigningKeyLength)));
        const int other = m_keyLengthCombo->findData(dkim.nextSigningKeyLength == QLatin1String("RSA_1024_BIT")
                ? QStringLiteral("RSA_2048_BIT")
                : QStringLiteral("RSA_1024_BIT"));
        m_keyLengthCombo->setCurrentIndex(other);
    }
    updateKeyLengthButton();
}

void DkimSection::updateKeyLengthButton()
{
    const bool same = m_identity && m_keyLengthCombo->currentData().toString() == m_identity->dkim.nextSigningKeyLength;
    m_changeKeyButton->setEnabled(!same && !isBusy());
    m_changeKeyButton->setToolTip(same ? tr("This is the length already set; SES refuses a change to the same length.")
                                       : tr("SES allows one key-length change per 24 hours (more only after a change "
                                            "down to 1024 bits)."));
}

void DkimSection::setSigningEnabled(bool enabled)
{
    apply(enabled ? tr("Turning DKIM signing on failed") : tr("Turning DKIM signing off failed"),
        [this, enabled](auto done) {
            return session()->ses()->putEmailIdentityDkimAttributes(identityName(), enabled, this, done);
        });
}

void DkimSection::changeKeyLength()
{
    Ses::PutDkimSigningAttributesRequest request;
    request.emailIdentity = identityName();
    request.signingAttributesOrigin = QStringLiteral("AWS_SES");
    request.signingAttributes.nextSigningKeyLength = m_keyLengthCombo->currentData().toString();
    apply(tr("Changing the DKIM key length failed"), [this, request](auto done) {
        return session()->ses()->putEmailIdentityDkimSigningAttributes(
            request, this, [done](Aws::Result<Ses::PutDkimSigningAttributesResult> r) {
                if (r.ok())
                    done(Aws::Empty{});
                else if (r.isError())
                    done(r.error());
                else
                    done(Aws::Result<Aws::Empty>::cancelled());
            });
    });
}

} // namespace Views
