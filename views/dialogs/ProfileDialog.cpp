#include "views/dialogs/ProfileDialog.h"

#include <QEvent>
#include <QPushButton>

#include "models/connection/ProfileCatalog.h"
#include "models/connection/SesDeskProfileStore.h"
#include "models/items/ProfileListModel.h"
#include "models/ses/RegionTable.h"

#include "views/widgets/MessageBoxes.h"
#include "views/widgets/Tone.h"

#include "ui_ProfileDialog.h"

namespace Views
{

ProfileDialog::ProfileDialog(Connection::SesDeskProfileStore *store,
    Connection::SecretStore *secrets,
    Connection::ProfileCatalog *catalog,
    MessageBoxes *messageBoxes,
    QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(store)
    , m_secrets(secrets)
    , m_catalog(catalog)
    , m_messageBoxes(messageBoxes)
    , m_model(new Items::ProfileListModel(catalog, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("profileDialog"));
    m_ui->profileList->setModel(m_model);
    for (const Ses::SesRegion &region : Ses::RegionTable::all())
        m_ui->regionCombo->addItem(tr("%1 — %2").arg(region.code, region.displayName()), region.code);
    m_ui->readOnlyLabel->setForegroundRole(QPalette::PlaceholderText);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::Window, toneBackground(palette(), Tone::Error));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->setAutoFillBackground(true);
    m_ui->errorLabel->setMargin(6);
    m_ui->errorLabel->hide();
    m_ui->secretNoticeLabel->hide();

    connect(m_ui->profileList->selectionModel(),
        &QItemSelectionModel::currentChanged,
        this,
        &ProfileDialog::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        select(m_editing.isEmpty() ? QString() : Connection::ProfileRef::sesDesk(m_editing).key());
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfileDialog::saveProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    retranslate();
    if (m_model->rowCount() > 0)
        m_ui->profileList->setCurrentIndex(m_model->index(0, 0));
    if (!m_catalog->awsProfilesError().isEmpty())
        showProblems({{QString(), m_catalog->awsProfilesError()}});
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::select(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row >= 0)
        m_ui->profileList->setCurrentIndex(m_model->index(row, 0));
}

void ProfileDialog::onSelectionChanged()
{
    const QModelIndex current = m_ui->profileList->currentIndex();
    if (current.isValid())
        showEntry(current.row());
}

void ProfileDialog::showEntry(int row)
{
    m_creating = false;
    const Connection::ProfileEntry entry = m_model->entryAt(row);
    m_ui->errorLabel->hide();
    m_ui->secretEdit->clear();
    const bool editable = entry.ref.kind == Connection::ProfileRef::Kind::SesDesk;
    m_editing = editable ? entry.ref.name : QString();
    m_ui->nameEdit->setText(entry.displayName);
    const int region = m_ui->regionCombo->findData(entry.region);
    m_ui->regionCombo->setCurrentIndex(region);
    m_ui->endpointEdit->setText(entry.endpoint.toString());
    m_ui->accessKeyIdEdit->clear();
    if (editable) {
        if (const auto profile = m_store->find(entry.ref.name))
            m_ui->accessKeyIdEdit->setText(profile->accessKeyId);
    }
    setEditable(editable);
    switch (entry.ref.kind) {
    case Connection::ProfileRef::Kind::Sandbox:
        m_ui->readOnlyLabel->setText(tr("The Local Sandbox runs inside SesDesk with its own keys; nothing to set up."));
        break;
    case Connection::ProfileRef::Kind::AwsCli:
        m_ui->readOnlyLabel->setText(
            tr("This profile comes from the AWS CLI's files in ~/.aws. Edit it there (aws configure)."));
        break;
    case Connection::ProfileRef::Kind::SesDesk:
        m_ui->readOnlyLabel->clear();
        break;
    }
    m_ui->readOnlyLabel->setVisible(!editable);
}

void ProfileDialog::setEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->nameEdit,
             m_ui->regionCombo,
             m_ui->endpointEdit,
             m_ui->accessKeyIdEdit,
             m_ui->secretEdit,
             m_ui->saveButton})
        w->setEnabled(editable);
    m_ui->deleteButton->setEnabled(editable && !m_creating);
    m_ui->secretEdit->setPlaceholderText(
        m_creating || !editable ? QString() : tr("Stored; type a new key to replace it"));
}

void ProfileDialog::newProfile()
{
    m_ui->profileList->clearSelection();
    m_creating = true;
    m_editing.clear();
    m_ui->errorLabel->hide();
    m_ui->readOnlyLabel->hide();
    m_ui->nameEdit->clear();
    m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findData(QStringLiteral("us-east-1")));
    m_ui->endpointEdit->clear();
    m_ui->accessKeyIdEdit->clear();
    m_ui->secretEdit->clear();
    setEditable(true);
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
}

Connection::SesDeskProfile ProfileDialog::editedProfile() const
{
    Connection::SesDeskProfile p;
    p.name = m_ui->nameEdit->text().trimmed();
    p.region = m_ui->regionCombo->currentData().toString();
    p.endpoint = QUrl(m_ui->endpointEdit->text().trimmed());
    p.accessKeyId = m_ui->accessKeyIdEdit->text().trimmed();
    return p;
}

void ProfileDialog::saveProfile()
{
    const Connection::SesDeskProfile profile = editedProfile();
    const QString secret = m_ui->secretEdit->text();
    QList<Connection::FieldError> problems = profile.validate();
    problems += Connection::SesDeskProfile::validateSecret(secret, m_creating);
    if (problems.isEmpty()) {
        const QString original = m_creating ? QString() : m_editing;
        problems = m_store->save(profile, original);
    }
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    const QString oldName = m_creating ? QString() : m_editing;
    m_creating = false;
    m_editing = profile.name;
    // The secret leaves the dialog at once; it is never shown again.
    m_ui->secretEdit->clear();
    m_ui->errorLabel->hide();
    select(Connection::ProfileRef::sesDesk(profile.name).key());
    if (!secret.isEmpty())
        storeSecret(profile.name, secret, oldName);
    else if (!oldName.isEmpty() && oldName != profile.name)
        moveSecret(oldName, profile.name);
    else
        finishSave(profile.name, std::nullopt);
}

void ProfileDialog::storeSecret(const QString &name, const QString &secret, const QString &oldName)
{
    m_secrets->write(Connection::SesDeskProfile::secretKey(name),
        secret,
        this,
        [this, name, oldName](Aws::Result<Connection::SecretStore::Persistence> r) {
            if (r.isError()) {
                showProblems({{QStringLiteral("secretAccessKey"),
                    tr("Secret access key: the keyring refused it (%1).").arg(r.error().message)}});
                return;
            }
            if (!oldName.isEmpty() && oldName != name)
                m_secrets->remove(Connection::SesDeskProfile::secretKey(oldName), this, [](auto) {});
            finishSave(name, r.ok() ? std::optional(r.value()) : std::nullopt);
        });
}

void ProfileDialog::moveSecret(const QString &oldName, const QString &newName)
{
    m_secrets->read(
        Connection::SesDeskProfile::secretKey(oldName), this, [this, oldName, newName](Aws::Result<QString> r) {
            if (!r.ok()) {
                finishSave(newName, std::nullopt);
                return;
            }
            storeSecret(newName, r.value(), oldName);
        });
}

void ProfileDialog::finishSave(const QString &name, std::optional<Connection::SecretStore::Persistence> persistence)
{
    if (persistence == Connection::SecretStore::Persistence::SessionOnly) {
        m_ui->secretNoticeLabel->setText(tr("No keyring is available on this desktop, so the secret access key is "
                                            "kept in memory only until SesDesk quits. You will be asked for it again "
                                            "next time."));
        m_ui->secretNoticeLabel->show();
    } else if (persistence == Connection::SecretStore::Persistence::Keyring) {
        m_ui->secretNoticeLabel->setText(tr("The secret access key is stored in the desktop keyring."));
        m_ui->secretNoticeLabel->show();
    }
    Q_EMIT saved(name);
}

void ProfileDialog::deleteProfile()
{
    if (m_editing.isEmpty())
        return;
    const QString name = m_editing;
    const auto answer = m_messageBoxes->question(this,
        tr("Delete profile"),
        tr("Delete the profile “%1” and its secret access key?").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_editing.clear();
    m_store->remove(name);
    m_secrets->remove(Connection::SesDeskProfile::secretKey(name), this, [this, name](Aws::Result<Aws::Empty>) {
        Q_EMIT deleted(name);
    });
    if (m_model->rowCount() > 0)
        m_ui->profileList->setCurrentIndex(m_model->index(0, 0));
}

void ProfileDialog::showProblems(const QList<Connection::FieldError> &problems)
{
    QStringList lines;
    for (const Connection::FieldError &p : problems)
        lines.append(p.message);
    m_ui->errorLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->errorLabel->setAccessibleDescription(m_ui->errorLabel->text());
    m_ui->errorLabel->show();
    if (problems.isEmpty())
        return;
    const QString field = problems.first().field;
    QWidget *focus = field == QLatin1String("name") ? static_cast<QWidget *>(m_ui->nameEdit)
        : field == QLatin1String("region")          ? static_cast<QWidget *>(m_ui->regionCombo)
        : field == QLatin1String("endpoint")        ? static_cast<QWidget *>(m_ui->endpointEdit)
        : field == QLatin1String("accessKeyId")     ? static_cast<QWidget *>(m_ui->accessKeyIdEdit)
        : field == QLatin1String("secretAccessKey") ? static_cast<QWidget *>(m_ui->secretEdit)
                                                    : nullptr;
    if (focus && focus->isEnabled())
        focus->setFocus(Qt::OtherFocusReason);
}

void ProfileDialog::retranslate()
{
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    m_ui->secretEdit->setToolTip(tr("Kept in the desktop keyring; SesDesk never shows it again."));
}

void ProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace Views
