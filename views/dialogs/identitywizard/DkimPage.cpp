#include "views/dialogs/identitywizard/DkimPage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>

#include "views/widgets/FileDialogs.h"

namespace Views
{

namespace
{
constexpr qint64 MaximumKeyFileSize = 64 * 1024;
}

DkimPage::DkimPage(FileDialogs *fileDialogs, QWidget *parent)
    : QWizardPage(parent)
    , m_fileDialogs(fileDialogs)
    , m_easyRadio(new QRadioButton(tr("&Easy DKIM: SES creates and rotates the key")))
    , m_byoRadio(new QRadioButton(tr("&Bring your own DKIM key (BYODKIM)")))
    , m_keyLengthCombo(new QComboBox)
    , m_selectorEdit(new QLineEdit)
    , m_keyEdit(new QPlainTextEdit)
    , m_loadKeyButton(new QPushButton(tr("&Load from file…")))
    , m_keyStatusLabel(new QLabel)
    , m_problemLabel(new QLabel)
{
    setObjectName(QStringLiteral("dkimPage"));
    setTitle(tr("DKIM signing"));
    setSubTitle(tr("DKIM proves that mail from this domain really comes from you. SES verifies the domain through "
                   "its DKIM records."));
    m_easyRadio->setObjectName(QStringLiteral("easyDkimRadio"));
    m_easyRadio->setAccessibleName(tr("Easy DKIM"));
    m_byoRadio->setObjectName(QStringLiteral("byoDkimRadio"));
    m_byoRadio->setAccessibleName(tr("Bring your own DKIM key"));
    m_easyRadio->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_easyRadio);
    group->addButton(m_byoRadio);
    m_keyLengthCombo->setObjectName(QStringLiteral("dkimKeyLengthCombo"));
    m_keyLengthCombo->setAccessibleName(tr("DKIM key length"));
    m_keyLengthCombo->addItem(tr("2048-bit RSA (recommended)"), QStringLiteral("RSA_2048_BIT"));
    m_keyLengthCombo->addItem(
        tr("1024-bit RSA (for DNS providers that cannot hold longer records)"), QStringLiteral("RSA_1024_BIT"));
    m_selectorEdit->setObjectName(QStringLiteral("dkimSelectorEdit"));
    m_selectorEdit->setAccessibleName(tr("DKIM selector"));
    m_selectorEdit->setPlaceholderText(tr("for example ses2024"));
    m_keyEdit->setObjectName(QStringLiteral("dkimPrivateKeyEdit"));
    m_keyEdit->setAccessibleName(tr("DKIM private key"));
    m_keyEdit->setPlaceholderText(tr("-----BEGIN PRIVATE KEY-----\n…\n-----END PRIVATE KEY-----"));
    m_keyEdit->setTabChangesFocus(true);
    m_loadKeyButton->setObjectName(QStringLiteral("loadDkimKeyButton"));
    m_loadKeyButton->setAccessibleName(tr("Load the private key from a file"));
    m_keyStatusLabel->setObjectName(QStringLiteral("dkimKeyStatusLabel"));
    m_keyStatusLabel->setWordWrap(true);
    m_problemLabel->setObjectName(QStringLiteral("dkimProblemLabel"));
    m_problemLabel->setAccessibleName(tr("Problem with the DKIM settings"));
    m_problemLabel->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->addRow(m_easyRadio);
    layout->addRow(tr("Key &length:"), m_keyLengthCombo);
    layout->addRow(m_byoRadio);
    layout->addRow(tr("&Selector:"), m_selectorEdit);
    layout->addRow(tr("&Private key:"), m_keyEdit);
    layout->addRow(QString(), m_loadKeyButton);
    layout->addRow(m_keyStatusLabel);
    layout->addRow(m_problemLabel);

    connect(m_easyRadio, &QRadioButton::toggled, this, &DkimPage::revalidate);
    connect(m_selectorEdit, &QLineEdit::textChanged, this, &DkimPage::revalidate);
    connect(m_keyEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_fileProblem.clear();
        m_key = Ses::DkimPublicKey::fromPrivateKey(m_keyEdit->toPlainText().toLatin1());
        revalidate();
    });
    connect(m_loadKeyButton, &QPushButton::clicked, this, [this] {
        const QString path = m_fileDialogs->openFileName(
            this, tr("Load DKIM private key"), tr("Key files (*.pem *.key *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadKeyFile(path);
    });
    revalidate();
}

void DkimPage::loadKeyFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileProblem = tr("The key file %1 cannot be read: %2").arg(name, file.errorString());
    } else if (file.size() > MaximumKeyFileSize) {
        m_fileProblem = tr("%1 is too large to be a DKIM key file.").arg(name);
    } else {
        const QByteArray contents = file.readAll();
        // Setting the text re-parses it (textChanged).
        m_keyEdit->setPlainText(QString::fromLatin1(contents));
        m_fileProblem.clear();
    }
    revalidate();
}

bool DkimPage::byoDkim() const
{
    return m_byoRadio->isChecked();
}

QString DkimPage::keyLength() const
{
    return m_keyLengthCombo->currentData().toString();
}

QString DkimPage::selector() const
{
    return m_selectorEdit->text().trimmed().toLower();
}

QString DkimPage::selectorProblem() const
{
    const QString s = selector();
    if (s.isEmpty())
        return tr("Enter a selector: it names the DKIM record (selector._domainkey.domain).");
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (!label.match(s).hasMatch())
        return tr("The selector must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.");
    return {};
}

void DkimPage::revalidate()
{
    const bool byo = byoDkim();
    m_keyLengthCombo->setEnabled(!byo);
    m_selectorEdit->setEnabled(byo);
    m_keyEdit->setEnabled(byo);
    m_loadKeyButton->setEnabled(byo);
    QString problem;
    m_keyStatusLabel->clear();
    if (byo) {
        if (!m_fileProblem.isEmpty())
            problem = m_fileProblem;
        else if (m_keyEdit->toPlainText().trimmed().isEmpty())
            problem = tr("Paste the private key or load it from a file.");
        else if (!m_key.isValid())
            problem = m_key.errorString();
        else {
            m_keyStatusLabel->setText(tr("%1-bit RSA private key. SES receives it without the PEM lines; the DNS "
                                         "record will hold its public key.")
                                          .arg(m_key.bits()));
            problem = selectorProblem();
        }
    }
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    Q_EMIT completeChanged();
}

bool DkimPage::isComplete() const
{
    if (!byoDkim())
        return true;
    return m_fileProblem.isEmpty() && m_key.isValid() && selectorProblem().isEmpty();
}

} // namespace Views
