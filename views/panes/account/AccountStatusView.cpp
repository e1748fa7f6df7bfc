#include "views/panes/account/AccountStatusView.h"

#include <QFormLayout>
#include <QLabel>

#include "models/ses/AccountTypes.h"

#include "views/panes/account/AccountTexts.h"

namespace Views
{

AccountStatusView::AccountStatusView(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("accountStatusView"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_accessLabel = addRow(QStringLiteral("productionAccessLabel"), &m_accessCaption);
    m_sendingLabel = addRow(QStringLiteral("sendingStatusLabel"), &m_sendingCaption);
    m_enforcementLabel = addRow(QStringLiteral("enforcementStatusLabel"), &m_enforcementCaption);
    m_reviewLabel = addRow(QStringLiteral("reviewStatusLabel"), &m_reviewCaption);
    m_warmupLabel = addRow(QStringLiteral("autoWarmupLabel"), &m_warmupCaption);
    retranslate();
    clear();
}

QLabel *AccountStatusView::addRow(const QString &objectName, QLabel **caption)
{
    auto *form = static_cast<QFormLayout *>(layout());
    *caption = new QLabel(this);
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    (*caption)->setBuddy(value);
    form->addRow(*caption, value);
    return value;
}

void AccountStatusView::setAccount(const Ses::Account &account)
{
    m_accessLabel->setText(account.productionAccessEnabled
            ? tr("Production access: you can send to any recipient.")
            : tr("SES sandbox: only verified recipients and the mailbox simulator."));
    m_sendingLabel->setText(account.sendingEnabled ? tr("Enabled") : tr("Paused"));
    const QString meaning = AccountTexts::enforcementMeaning(account.enforcementStatus);
    m_enforcementLabel->setText(meaning.isEmpty()
            ? AccountTexts::enforcementStatus(account.enforcementStatus)
            : tr("%1 — %2").arg(AccountTexts::enforcementStatus(account.enforcementStatus), meaning));
    const QString review = account.details.reviewDetails.status;
    if (review.isEmpty()) {
        m_reviewLabel->setText(account.productionAccessEnabled ? tr("Not needed") : tr("Not requested yet"));
    } else {
        QString text = AccountTexts::reviewStatus(review);
        if (!account.details.reviewDetails.caseId.isEmpty())
            text = tr("%1 (support case %2)").arg(text, account.details.reviewDetails.caseId);
        m_reviewLabel->setText(text);
    }
    m_warmupLabel->setText(account.dedicatedIpAutoWarmupEnabled ? tr("On") : tr("Off"));
    for (QLabel *label : {m_accessLabel, m_sendingLabel, m_enforcementLabel, m_reviewLabel, m_warmupLabel})
        label->setAccessibleDescription(label->text());
}

void AccountStatusView::clear()
{
    for (QLabel *label : {m_accessLabel, m_sendingLabel, m_enforcementLabel, m_reviewLabel, m_warmupLabel}) {
        label->setText(QStringLiteral("—"));
        label->setAccessibleDescription(QString());
    }
}

void AccountStatusView::retranslate()
{
    setTitle(tr("Account status"));
    m_accessCaption->setText(tr("Account:"));
    m_accessLabel->setAccessibleName(tr("Account access"));
    m_sendingCaption->setText(tr("Sending:"));
    m_sendingLabel->setAccessibleName(tr("Sending status"));
    m_enforcementCaption->setText(tr("Enforcement status:"));
    m_enforcementLabel->setAccessibleName(tr("Enforcement status"));
    m_reviewCaption->setText(tr("Production access request:"));
    m_reviewLabel->setAccessibleName(tr("Production access request status"));
    m_warmupCaption->setText(tr("Dedicated IP auto warm-up:"));
    m_warmupLabel->setAccessibleName(tr("Dedicated IP auto warm-up"));
}

} // namespace Views
