#include "views/dialogs/identitywizard/IdentityOptionsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "models/ses/SesClient.h"

#include "views/widgets/TagEditor.h"

namespace Views
{

IdentityOptionsPage::IdentityOptionsPage(Ses::SesClient *client, QWidget *parent)
    : QWizardPage(parent)
    , m_client(client)
    , m_configurationSetCombo(new QComboBox)
    , m_configurationSetNote(new QLabel)
    , m_tags(new TagEditor)
{
    setObjectName(QStringLiteral("identityOptionsPage"));
    setTitle(tr("Default configuration set and tags (optional)"));
    setSubTitle(tr("SES applies the default configuration set to mail from this identity that names none."));
    m_configurationSetCombo->setObjectName(QStringLiteral("configurationSetCombo"));
    m_configurationSetCombo->setAccessibleName(tr("Default configuration set"));
    m_configurationSetCombo->setEditable(true);
    m_configurationSetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_configurationSetCombo->lineEdit()->setPlaceholderText(tr("none"));
    m_configurationSetCombo->lineEdit()->setObjectName(QStringLiteral("configurationSetEdit"));
    m_configurationSetCombo->lineEdit()->setAccessibleName(tr("Default configuration set"));
    m_configurationSetNote->setObjectName(QStringLiteral("configurationSetNoteLabel"));
    m_configurationSetNote->setWordWrap(true);
    m_configurationSetNote->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("Default &configuration set:"), m_configurationSetCombo);
    layout->addRow(m_configurationSetNote);
    layout->addRow(tr("Tags:"), m_tags);
    connect(m_tags, &TagEditor::changed, this, &QWizardPage::completeChanged);
}

IdentityOptionsPage::~IdentityOptionsPage()
{
    if (m_listing)
        m_listing->cancel();
}

void IdentityOptionsPage::initializePage()
{
    if (m_loaded || m_listing || !m_client)
        return;
    m_configurationSetNote->setText(tr("Listing the configuration sets…"));
    m_listing = m_client->listAllConfigurationSets(this, [this](Aws::Result<QStringList> r) {
        if (r.isCancelled())
            return;
        m_loaded = true;
        const QString typed = m_configurationSetCombo->currentText();
        m_configurationSetCombo->clear();
        m_configurationSetCombo->addItem(QString());
        if (r.ok()) {
            QStringList names = r.value();
            names.sort(Qt::CaseInsensitive);
            m_configurationSetCombo->addItems(names);
            m_configurationSetNote->setText(names.isEmpty()
                    ? tr("This account has no configuration sets in this region yet.")
                    : tr("%n configuration sets in this region.", nullptr, static_cast<int>(names.size())));
        } else {
            m_configurationSetNote->setText(
                tr("The configuration sets could not be listed (%1); you can still type a name.")
                    .arg(r.error().toString()));
        }
        m_configurationSetCombo->setCurrentText(typed);
        Q_EMIT configurationSetsListed();
    });
}

QString IdentityOptionsPage::configurationSet() const
{
    return m_configurationSetCombo->currentText().trimmed();
}

QList<Ses::Tag> IdentityOptionsPage::tags() const
{
    return m_tags->tags();
}

bool IdentityOptionsPage::isComplete() const
{
    return m_tags->problem().isEmpty();
}

} // namespace Views
