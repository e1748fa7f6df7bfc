#include "views/dialogs/identitydetails/DkimKeySection.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

#include "models/connection/Session.h"
#include "models/ses/DkimPublicKey.h"
#include "models/ses/SesClient.h"

namespace Views
{

namespace
{

/// Turns PutEmailIdentityDkimSigningAttributes' answer into the section's empty result.
std::function<void(Aws::Result<Ses::PutDkimSigningAttributesResult>)> asEmpty(
    std::function<void(Aws::Result<Aws::Empty>)> done)
{
    return [done = std::move(done)](Aws::Result<Ses::PutDkimSigningAttributesResult> r) {
        if (r.ok())
            done(Aws::Empty{});
        else if (r.isError())
            done(r.error());
        else
            done(Aws::Result<Aws::Empty>::cancelled());
    };
}

} // namespace

DkimKeySection::DkimKeySection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent)
    : IdentitySection(std::move(session), std::move(identityName), parent)
    , m_warningLabel(new QLabel)
    , m_selectorEdit(new QLineEdit)
    , m_keyEdit(new QPlainTextEdit)
    , m_problemLabel(new QLabel)
    , m_useKeyButton(new QPushButton)
    , m_easyButton(new QPushButton)
{
    setObjectName(QStringLiteral("dkimKeySection"));
    m_warningLabel->setObjectName(QStringLiteral("dkimKeyWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_selectorEdit->setObjectName(QStringLiteral("newDkimSelectorEdit"));
    m_keyEdit->setObjectName(QStringLiteral("newDkimKeyEdit"));
    m_keyEdit->setMaximumHeight(90);
    m_keyEdit->setTabChangesFocus(true);
    m_problemLabel->setObjectName(QStringLiteral("newDkimKeyProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_useKeyButton->setObjectName(QStringLiteral("useOwnDkimKeyButton"));
    m_easyButton->setObjectName(QStringLiteral("useEasyDkimButton"));
    auto *layout = new QFormLayout(this);
    layout->addRow(m_warningLabel);
    auto *selectorLabel = new QLabel;
    selectorLabel->setObjectName(QStringLiteral("newDkimSelectorLabel"));
    selectorLabel->setBuddy(m_selectorEdit);
    layout->addRow(selectorLabel, m_selectorEdit);
    auto *keyLabel = new QLabel;
    keyLabel->setObjectName(QStringLiteral("newDkimKeyLabel"));
    keyLabel->setBuddy(m_keyEdit);
    layout->addRow(keyLabel, m_keyEdit);
    layout->addRow(m_problemLabel);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_easyButton);
    row->addWidget(m_useKeyButton);
    layout->addRow(row);
    connect(m_selectorEdit, &QLineEdit::textChanged, this, &DkimKeySection::update);
    connect(m_keyEdit, &QPlainTextEdit::textChanged, this, &DkimKeySection::update);
    connect(m_useKeyButton, &QPushButton::clicked, this, &DkimKeySection::useOwnKey);
    connect(m_easyButton, &QPushButton::clicked, this, &DkimKeySection::useEasyDkim);
    connect(this, &IdentitySection::busyChanged, this, &DkimKeySection::update);
    retranslate();
}

void DkimKeySection::retranslate()
{
    setTitle(tr("Your own DKIM key (BYODKIM)"));
    m_warningLabel->setText(tr("Give SES a new RSA private key (1024–2048 bits) under a new selector, and publish its "
                               "DNS record. Until SES finds the new record it does not sign with the old key, so mail "
                               "may go unsigned: publish the record first, or switch at a quiet time."));
    if (auto *label = qobject_cast<QLabel *>(findChild<QLabel *>(QStringLiteral("newDkimSelectorLabel"))))
        label->setText(tr("New &selector:"));
    if (auto *label = qobject_cast<QLabel *>(findChild<QLabel *>(QStringLiteral("newDkimKeyLabel"))))
        label->setText(tr("Private &key:"));
    m_selectorEdit->setAccessibleName(tr("New DKIM selector"));
    m_keyEdit->setAccessibleName(tr("New DKIM private key"));
    m_keyEdit->setPlaceholderText(tr("-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----"));
    m_useKeyButton->setText(tr("Sign with &this key"));
    m_useKeyButton->setAccessibleName(tr("Sign with this key"));
    m_easyButton->setText(tr("Back to &Easy DKIM"));
    m_easyButton->setAccessibleName(tr("Back to Easy DKIM"));
    m_easyButton->setToolTip(tr("SES creates a new 2048-bit key; publish its three CNAME records."));
    update();
}

void DkimKeySection::showIdentity(const Ses::EmailIdentity &identity)
{
    m_external = identity.dkim.signingAttributesOrigin == QLatin1String("EXTERNAL");
    setVisible(identity.identityType != QLatin1String("EMAIL_ADDRESS"));
    update();
}

QString DkimKeySection::problem() const
{
    const QString selector = m_selectorEdit->text().trimmed();
    const QByteArray key = m_keyEdit->toPlainText().trimmed().toLatin1();
    if (selector.isEmpty() && key.isEmpty())
        return {};
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (!label.match(selector).hasMatch())
        return tr("The selector must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.");
    const Ses::DkimPublicKey parsed = Ses::DkimPublicKey::fromPrivateKey(key);
    return parsed.isValid() ? QString() : parsed.errorString();
}

void DkimKeySection::update()
{
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    const bool filled = !m_selectorEdit->text().trimmed().isEmpty() && !m_keyEdit->toPlainText().trimmed().isEmpty();
    m_useKeyButton->setEnabled(!isBusy() && filled && why.isEmpty());
    m_easyButton->setVisible(m_external);
    m_easyButton->setEnabled(!isBusy());
}

void DkimKeySection::useOwnKey()
{
    const Ses::DkimPublicKey key = Ses::DkimPublicKey::fromPrivateKey(m_keyEdit->toPlainText().trimmed().toLatin1());
    if (!key.isValid())
        return;
    Ses::PutDkimSigningAttributesRequest request;
    request.emailIdentity = identityName();
    request.signingAttributesOrigin = QStringLiteral("EXTERNAL");
    request.signingAttributes.domainSigningSelector = m_selectorEdit->text().trimmed().toLower();
    request.signingAttributes.domainSigningPrivateKey = key.privateKeyBase64();
    const QString publicKey = key.publicKeyBase64();
    apply(tr("Setting your own DKIM key failed"), [this, request, publicKey](auto done) {
        return session()->ses()->putEmailIdentityDkimSigningAttributes(
            request, this, [this, request, publicKey, done](Aws::Result<Ses::PutDkimSigningAttributesResult> r) {
                if (r.ok()) {
                    // The secret does not stay on screen once SES has it.
                    m_keyEdit->clear();
                    m_selectorEdit->clear();
                    Q_EMIT ownKeySet(request.signingAttributes.domainSigningSelector, publicKey);
                }
                asEmpty(done)(r);
            });
    });
}

void DkimKeySection::useEasyDkim()
{
    Ses::PutDkimSigningAttributesRequest request;
    request.emailIdentity = identityName();
    request.signingAttributesOrigin = QStringLiteral("AWS_SES");
    request.signingAttributes.nextSigningKeyLength = QStringLiteral("RSA_2048_BIT");
    apply(tr("Switching to Easy DKIM failed"), [this, request](auto done) {
        return session()->ses()->putEmailIdentityDkimSigningAttributes(request, this, asEmpty(done));
    });
}

} // namespace Views
