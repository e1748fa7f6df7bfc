#include "views/panes/account/AccountNotices.h"

#include <QPushButton>
#include <QVBoxLayout>

#include "models/ses/AccountTypes.h"

#include "views/panes/account/AccountTexts.h"
#include "views/widgets/Banner.h"

namespace Views
{

AccountNotices::AccountNotices(QWidget *parent)
    : QWidget(parent)
    , m_sandbox(new Banner(this))
    , m_paused(new Banner(this))
    , m_review(new Banner(this))
    , m_enforcement(new Banner(this))
    , m_requestButton(new QPushButton(this))
    , m_resumeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("accountNotices"));
    m_sandbox->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandbox->setTone(Tone::Information);
    m_paused->setObjectName(QStringLiteral("sendingPausedBanner"));
    m_paused->setTone(Tone::Error);
    m_review->setObjectName(QStringLiteral("reviewBanner"));
    m_enforcement->setObjectName(QStringLiteral("enforcementBanner"));
    m_requestButton->setObjectName(QStringLiteral("requestProductionAccessButton"));
    m_resumeButton->setObjectName(QStringLiteral("resumeSendingButton"));
    m_sandbox->addButton(m_requestButton);
    m_paused->addButton(m_resumeButton);
    connect(m_requestButton, &QPushButton::clicked, this, &AccountNotices::productionAccessRequested);
    connect(m_resumeButton, &QPushButton::clicked, this, &AccountNotices::resumeSendingRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Banner *b : {m_paused, m_enforcement, m_review, m_sandbox})
        layout->addWidget(b);
    retranslate();
    clear();
}

void AccountNotices::setAccount(const Ses::Account &account)
{
    m_reviewStatus = account.details.reviewDetails.status;
    m_enforcementStatus = account.enforcementStatus;
    // A pending review means the request is in; asking again would only fail with a conflict.
    m_sandbox->setVisible(!account.productionAccessEnabled);
    m_requestButton->setVisible(m_reviewStatus != QLatin1String("PENDING"));
    m_paused->setVisible(!account.sendingEnabled);
    m_resumeButton->setVisible(!account.sendingEnabled && account.enforcementStatus != QLatin1String("SHUTDOWN"));
    // GRANTED is only news while the account still shows the sandbox; otherwise it is history.
    const bool showReview
        = !m_reviewStatus.isEmpty() && (m_reviewStatus != QLatin1String("GRANTED") || !account.productionAccessEnabled);
    m_review->setVisible(showReview);
    m_review->setTone(m_reviewStatus == QLatin1String("GRANTED") ? Tone::Positive
            : m_reviewStatus == QLatin1String("PENDING")         ? Tone::Information
                                                                 : Tone::Warning);
    m_enforcement->setVisible(!m_enforcementStatus.isEmpty() && m_enforcementStatus != QLatin1String("HEALTHY"));
    m_enforcement->setTone(m_enforcementStatus == QLatin1String("SHUTDOWN") ? Tone::Error : Tone::Warning);
    retranslate();
}

void AccountNotices::clear()
{
    m_reviewStatus.clear();
    m_enforcementStatus.clear();
    for (Banner *b : {m_sandbox, m_paused, m_review, m_enforcement})
        b->hide();
}

void AccountNotices::retranslate()
{
    m_sandbox->setTitle(tr("This account is in the SES sandbox"));
    m_sandbox->setText(AccountTexts::sandboxLimits());
    m_requestButton->setText(tr("Request production access…"));
    m_requestButton->setAccessibleName(tr("Request production access"));
    m_paused->setTitle(tr("Sending is paused"));
    m_paused->setText(AccountTexts::sendingPaused());
    m_resumeButton->setText(tr("Resume sending"));
    m_resumeButton->setAccessibleName(tr("Resume sending"));
    m_review->setTitle(tr("Production access request: %1").arg(AccountTexts::reviewStatus(m_reviewStatus)));
    m_review->setText(AccountTexts::reviewMeaning(m_reviewStatus));
    m_enforcement->setTitle(tr("Enforcement status: %1").arg(AccountTexts::enforcementStatus(m_enforcementStatus)));
    m_enforcement->setText(AccountTexts::enforcementMeaning(m_enforcementStatus));
}

} // namespace Views
