#include "views/dialogs/DnsRecordsDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/DkimPublicKey.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/SesClient.h"

#include "views/panes/identities/DnsRecordsView.h"
#include "views/widgets/ErrorBanner.h"

namespace Views
{

DnsRecordsDialog::DnsRecordsDialog(std::shared_ptr<Connection::Session> session,
    const QString &identityName,
    FileDialogs *fileDialogs,
    MessageBoxes &messageBoxes,
    QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_session(std::move(session))
    , m_name(identityName)
    , m_header(new QLabel)
    , m_error(new ErrorBanner)
    , m_byoDkimBox(new QWidget)
    , m_byoDkimLabel(new QLabel)
    , m_selectorEdit(new QLineEdit)
    , m_keyEdit(new QPlainTextEdit)
    , m_applyKeyButton(new QPushButton)
    , m_view(new DnsRecordsView(fileDialogs, messageBoxes))
    , m_closeButton(nullptr)
{
    setObjectName(QStringLiteral("dnsRecordsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_header->setObjectName(QStringLiteral("dnsRecordsHeaderLabel"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("dnsRecordsErrorBanner"));
    m_error->hide();
    connect(m_error, &ErrorBanner::retryRequested, this, &DnsRecordsDialog::reload);

    m_byoDkimBox->setObjectName(QStringLiteral("byoDkimBox"));
    m_byoDkimLabel->setObjectName(QStringLiteral("byoDkimLabel"));
    m_byoDkimLabel->setWordWrap(true);
    m_selectorEdit->setObjectName(QStringLiteral("byoDkimSelectorEdit"));
    m_keyEdit->setObjectName(QStringLiteral("byoDkimKeyEdit"));
    m_keyEdit->setMaximumHeight(80);
    m_applyKeyButton->setObjectName(QStringLiteral("applyByoDkimButton"));
    auto *byoLayout = new QFormLayout(m_byoDkimBox);
    byoLayout->addRow(m_byoDkimLabel);
    byoLayout->addRow(tr("Selector:"), m_selectorEdit);
    byoLayout->addRow(tr("Public or private key:"), m_keyEdit);
    byoLayout->addRow(QString(), m_applyKeyButton);
    m_byoDkimBox->hide();
    connect(m_applyKeyButton, &QPushButton::clicked, this, &DnsRecordsDialog::applyByoDkim);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("dnsRecordsButtons"));
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeDnsRecordsButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_byoDkimBox);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1100, 560);
    retranslate();
    reload();
}

DnsRecordsDialog::~DnsRecordsDialog()
{
    if (m_job)
        m_job->cancel();
}

void DnsRecordsDialog::retranslate()
{
    setWindowTitle(tr("DNS records — %1").arg(Ses::DnsRecordSet::toUnicodeDomain(m_name)));
    m_header->setAccessibleName(tr("Identity and region"));
    m_byoDkimLabel->setText(tr("This domain signs with its own DKIM key (BYODKIM). SES returns neither the selector "
                               "nor the public key, so enter them to see the DKIM record: the public key, or the "
                               "private key it belongs to (it is only read here, never sent)."));
    m_selectorEdit->setAccessibleName(tr("BYODKIM selector"));
    m_keyEdit->setAccessibleName(tr("BYODKIM public or private key"));
    m_applyKeyButton->setText(tr("Show the DKIM record"));
    m_applyKeyButton->setAccessibleName(tr("Show the DKIM record"));
    m_closeButton->setAccessibleName(tr("Close"));
}

void DnsRecordsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_identity)
            showIdentity(*m_identity);
    }
    QDialog::changeEvent(event);
}

void DnsRecordsDialog::setByoDkim(const QString &selector, const QString &publicKey)
{
    m_selector = selector;
    m_publicKey = publicKey;
    if (m_identity)
        showIdentity(*m_identity);
}

void DnsRecordsDialog::reload()
{
    if (m_job)
        m_job->cancel();
    m_error->hide();
    m_loaded = false;
    m_header->setText(tr("Reading %1…").arg(m_name));
    m_job = m_session->ses()->getEmailIdentity(m_name, this, [this](Aws::Result<Ses::EmailIdentity> r) {
        if (r.isCancelled())
            return;
        m_loaded = true;
        if (r.isError()) {
            m_header->clear();
            m_error->showError(tr("Reading the identity %1 failed").arg(m_name), r.error());
            Q_EMIT loaded();
            return;
        }
        m_identity = r.value();
        showIdentity(r.value());
        Q_EMIT loaded();
    });
}

void DnsRecordsDialog::showIdentity(const Ses::EmailIdentity &identity)
{
    Ses::DnsRecordSet::Options options;
    options.regionCode = m_session->region();
    options.byoDkimSelector = m_selector;
    options.byoDkimPublicKey = m_publicKey;
    const Aws::Result<Ses::DnsRecordSet> set = Ses::DnsRecordSet::fromIdentity(identity, options);
    if (!set.ok()) {
        m_error->showError(tr("The DNS records of %1 could not be derived").arg(m_name), set.error());
        m_view->clear();
        return;
    }
    const Ses::DnsRecordSet &records = set.value();
    m_header->setText(tr("<b>%1</b> in %2. Publish these records in the DNS of %3. SES finds them within 72 hours "
                         "(usually much sooner); the Status column shows what SES has found so far.")
                          .arg(records.unicodeDomain().toHtmlEscaped(),
                              m_session->region().toHtmlEscaped(),
                              records.unicodeDomain().toHtmlEscaped()));
    bool byoDkimIncomplete = records.needsByoDkimSelector();
    for (const Ses::DnsRecord &r : records.records()) {
        if (r.purpose == Ses::DnsRecord::Purpose::ByoDkim && !r.isComplete())
            byoDkimIncomplete = true;
    }
    m_byoDkimBox->setVisible(byoDkimIncomplete);
    m_view->setRecordSet(records);
}

void DnsRecordsDialog::applyByoDkim()
{
    const QString selector = m_selectorEdit->text().trimmed();
    const QByteArray keyText = m_keyEdit->toPlainText().trimmed().toLatin1();
    QString publicKey;
    if (keyText.contains("PRIVATE KEY") || keyText.size() > 600) {
        // Looks like a private key (PEM, or a base64 DER private key, longer than any public key).
        const Ses::DkimPublicKey key = Ses::DkimPublicKey::fromPrivateKey(keyText);
        if (key.isValid()) {
            publicKey = key.publicKeyBase64();
            // The secret is not kept on screen: show what it gave instead.
            m_keyEdit->setPlainText(publicKey);
        } else if (keyText.contains("PRIVATE KEY")) {
            m_error->showError(tr("The key could not be used"),
                Aws::AwsError::local(Aws::AwsError::Kind::Usage, QStringLiteral("InvalidKey"), key.errorString()));
            return;
        }
    }
    if (publicKey.isEmpty()) {
        QString text = QString::fromLatin1(keyText);
        text.remove(QStringLiteral("-----BEGIN PUBLIC KEY-----"));
        text.remove(QStringLiteral("-----END PUBLIC KEY-----"));
        publicKey = text;
    }
    m_error->hide();
    setByoDkim(selector, publicKey);
}

} // namespace Views
