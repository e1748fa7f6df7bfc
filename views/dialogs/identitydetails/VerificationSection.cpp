#include "views/dialogs/identitydetails/VerificationSection.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "models/connection/Session.h"
#include "models/items/IdentityItems.h"
#include "models/ses/SesClient.h"

namespace Views
{

namespace Identity = Items::Identity;

VerificationSection::VerificationSection(
    std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent)
    : IdentitySection(std::move(session), std::move(identityName), parent)
    , m_statusLabel(new QLabel)
    , m_meaningLabel(new QLabel)
    , m_mailLabel(new QLabel)
    , m_resendButton(new QPushButton)
    , m_resendNote(new QLabel)
{
    setObjectName(QStringLiteral("verificationSection"));
    m_statusLabel->setObjectName(QStringLiteral("verificationStatusLabel"));
    m_meaningLabel->setObjectName(QStringLiteral("verificationMeaningLabel"));
    m_meaningLabel->setWordWrap(true);
    m_mailLabel->setObjectName(QStringLiteral("verificationMailLabel"));
    m_mailLabel->setWordWrap(true);
    m_resendButton->setObjectName(QStringLiteral("resendVerificationButton"));
    m_resendNote->setObjectName(QStringLiteral("resendNoteLabel"));
    m_resendNote->setWordWrap(true);
    m_resendNote->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_meaningLabel);
    layout->addWidget(m_mailLabel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_resendButton);
    row->addWidget(m_resendNote, 1);
    layout->addLayout(row);
    connect(m_resendButton, &QPushButton::clicked, this, &VerificationSection::resendVerificationEmail);
    connect(this, &IdentitySection::busyChanged, m_resendButton, &QWidget::setDisabled);
    retranslate();
}

void VerificationSection::retranslate()
{
    setTitle(tr("Verification"));
    m_statusLabel->setAccessibleName(tr("Verification status"));
    m_meaningLabel->setAccessibleName(tr("What the verification status means"));
    m_resendButton->setText(tr("Re-send &verification email"));
    m_resendButton->setAccessibleName(tr("Re-send verification email"));
    m_resendNote->setText(tr("SES sends a new mail with a new link, valid for 24 hours (SES API v1 "
                             "VerifyEmailIdentity; the identity and its settings stay as they are)."));
    if (m_identity)
        showIdentity(*m_identity);
}

void VerificationSection::showIdentity(const Ses::EmailIdentity &identity)
{
    m_identity = identity;
    const Identity::Status status = Identity::statusFromSes(identity.verificationStatus);
    const Identity::Type type = Identity::typeFromSes(identity.identityType);
    m_statusLabel->setText(QStringLiteral("<b>%1</b>").arg(Identity::statusText(status).toHtmlEscaped()));
    m_meaningLabel->setText(Identity::verificationMeaning(status, type));
    const bool email = type == Identity::Type::EmailAddress;
    const bool unverified = status != Identity::Status::Success;
    m_mailLabel->setVisible(email);
    m_mailLabel->setText(unverified ? tr("SES sent a verification mail to %1 from no-reply-aws@amazon.com (subject "
                                         "“Amazon Web Services – Email Address Verification Request in region "
                                         "%2”). If it did not arrive within 5 minutes, check the spelling and the "
                                         "junk folder.")
                                          .arg(identityName(), session()->region())
                                    : tr("The owner of %1 clicked the verification link.").arg(identityName()));
    m_resendButton->setVisible(email && unverified);
    m_resendNote->setVisible(email && unverified);
}

void VerificationSection::resendVerificationEmail()
{
    apply(tr("Re-sending the verification mail failed"), [this](auto done) {
        return session()->ses()->resendVerificationEmail(identityName(), this, [this, done](Aws::Result<Aws::Empty> r) {
            if (r.ok())
                m_resendNote->setText(tr("A new verification mail is on its way to %1. Its link is valid for 24 "
                                         "hours.")
                                          .arg(identityName()));
            done(r);
        });
    });
}

} // namespace Views
