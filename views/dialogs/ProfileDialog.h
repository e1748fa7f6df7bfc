#pragma once

#include <memory>

#include <QDialog>

#include "models/connection/SecretStore.h"
#include "models/connection/SesDeskProfile.h"

namespace Ui
{
class ProfileDialog;
}
namespace Connection
{
class ProfileCatalog;
class SesDeskProfileStore;
} // namespace Connection
namespace Items
{
class ProfileListModel;
}

namespace Views
{

class MessageBoxes;

/// Creates, edits and deletes SesDesk's own profiles (name, region, optional endpoint, access
/// key ID; the secret key goes to the SecretStore and is never shown again). The AWS CLI's
/// profiles and the Local Sandbox are listed read-only.
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    ProfileDialog(Connection::SesDeskProfileStore *store,
        Connection::SecretStore *secrets,
        Connection::ProfileCatalog *catalog,
        MessageBoxes *messageBoxes,
        QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// Selects a profile by key ("sesdesk:prod").
    void select(const QString &key);

public Q_SLOTS:
    void newProfile();
    void saveProfile();
    void deleteProfile();

Q_SIGNALS:
    /// A save (including its secret) or a delete finished; tests wait on it.
    void saved(const QString &name);
    void deleted(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSelectionChanged();
    void showEntry(int row);
    void setEditable(bool editable);
    void showProblems(const QList<Connection::FieldError> &problems);
    void storeSecret(const QString &name, const QString &secret, const QString &oldName);
    void moveSecret(const QString &oldName, const QString &newName);
    void finishSave(const QString &name, std::optional<Connection::SecretStore::Persistence> persistence);
    void retranslate();
    Connection::SesDeskProfile editedProfile() const;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    Connection::SesDeskProfileStore *m_store;
    Connection::SecretStore *m_secrets;
    Connection::ProfileCatalog *m_catalog;
    MessageBoxes *m_messageBoxes;
    Items::ProfileListModel *m_model;
    QString m_editing; ///< Name of the SesDesk profile being edited; empty for a new one.
    bool m_creating = false;
};

} // namespace Views
