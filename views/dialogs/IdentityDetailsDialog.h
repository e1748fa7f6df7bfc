#pragma once

#include <memory>

#include <QDialog>
#include <QList>
#include <QPointer>

#include "models/ses/IdentityTypes.h"

class QLabel;
class QPushButton;

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

class DkimKeySection;
class DkimSection;
class ErrorBanner;
class IdentitySection;
class MailFromSection;
class MessageBoxes;
class SendingSection;
class TagsSection;
class VerificationSection;

/// One identity in detail (GetEmailIdentity): verification and DKIM status with what they mean,
/// DKIM signing and key length, custom MAIL FROM, feedback forwarding, default configuration
/// set and tags, each editable; for an address, re-sending the verification mail. Every change
/// is saved at once and the identity read again, so what is shown is what SES has.
class IdentityDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityDetailsDialog)

public:
    IdentityDetailsDialog(std::shared_ptr<Connection::Session> session,
        const QString &identityName,
        MessageBoxes &messageBoxes,
        QWidget *parent = nullptr);
    ~IdentityDetailsDialog() override;

    QString identityName() const
    {
        return m_name;
    }
    const std::optional<Ses::EmailIdentity> &identity() const
    {
        return m_identity;
    }
    ErrorBanner *errorBanner() const
    {
        return m_error;
    }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /// The identity was read (or reading failed): tests wait on it.
    void loaded();
    /// A setting changed in SES (the identity table refreshes its row).
    void identityChanged(const QString &name);
    void dnsRecordsRequested(const QString &name);
    /// The domain now signs with its own key: its DNS record needs this selector and key.
    void ownDkimKeySet(const QString &name, const QString &selector, const QString &publicKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showIdentity(const Ses::EmailIdentity &identity);

    std::shared_ptr<Connection::Session> m_session;
    QString m_name;
    std::optional<Ses::EmailIdentity> m_identity;
    QLabel *m_header;
    ErrorBanner *m_error;
    VerificationSection *m_verification;
    DkimSection *m_dkim;
    DkimKeySection *m_dkimKey;
    MailFromSection *m_mailFrom;
    SendingSection *m_sending;
    TagsSection *m_tags;
    QList<IdentitySection *> m_sections;
    QPushButton *m_closeButton;
    QPointer<Aws::AwsJob> m_job;
};

} // namespace Views
