#pragma once

#include <memory>

#include <QDialog>
#include <QPointer>

#include "models/ses/IdentityTypes.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace Aws
{
class AwsJob;
}
namespace Connection
{
class Session;
}

namespace Views
{

class DnsRecordsView;
class ErrorBanner;
class FileDialogs;
class MessageBoxes;

/// A window with the DNS records one identity needs: reads the identity (GetEmailIdentity),
/// derives its DnsRecordSet in the session's region and shows it in a DnsRecordsView. For
/// BYODKIM, whose selector and public key SES does not return, it takes them from the wizard
/// or lets the user enter them (the public key, or the private key it is derived from).
class DnsRecordsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsRecordsDialog)

public:
    DnsRecordsDialog(std::shared_ptr<Connection::Session> session,
        const QString &identityName,
        FileDialogs *fileDialogs,
        MessageBoxes &messageBoxes,
        QWidget *parent = nullptr);
    ~DnsRecordsDialog() override;

    QString identityName() const
    {
        return m_name;
    }
    /// The BYODKIM selector and public key (base64) when known (from the wizard).
    void setByoDkim(const QString &selector, const QString &publicKey);
    DnsRecordsView *view() const
    {
        return m_view;
    }
    /// The last reload() ended (with records or an error).
    bool isLoaded() const
    {
        return m_loaded;
    }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /// The identity was read and the records shown (or an error shown): tests wait on it.
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showIdentity(const Ses::EmailIdentity &identity);
    void applyByoDkim();
    void retranslate();

    std::shared_ptr<Connection::Session> m_session;
    QString m_name;
    QString m_selector;
    QString m_publicKey;
    std::optional<Ses::EmailIdentity> m_identity;
    QLabel *m_header;
    ErrorBanner *m_error;
    QWidget *m_byoDkimBox;
    QLabel *m_byoDkimLabel;
    QLineEdit *m_selectorEdit;
    QPlainTextEdit *m_keyEdit;
    QPushButton *m_applyKeyButton;
    DnsRecordsView *m_view;
    QPushButton *m_closeButton;
    QPointer<Aws::AwsJob> m_job;
    bool m_loaded = false;
};

} // namespace Views
