#include "views/panes/AccountPane.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/commands/RequestProductionAccessCommand.h"
#include "views/commands/UpdateAccountSettingsCommand.h"
#include "views/dialogs/ProductionAccessDialog.h"
#include "views/panes/account/AccountNotices.h"
#include "views/panes/account/AccountSettingsEditor.h"
#include "views/panes/account/AccountStatusView.h"
#include "views/panes/account/AccountTexts.h"
#include "views/panes/account/SendingQuotaView.h"

namespace Views
{

AccountPane::AccountPane(const PaneContext &context, QWidget *parent)
    : Pane(context, parent)
    , m_headerLabel(new QLabel)
    , m_regionNote(new QLabel)
    , m_notices(new AccountNotices)
    , m_status(new AccountStatusView)
    , m_quota(new SendingQuotaView)
    , m_settings(new AccountSettingsEditor)
{
    setObjectName(QStringLiteral("accountPane"));
    m_headerLabel->setObjectName(QStringLiteral("accountHeaderLabel"));
    QFont headerFont = m_headerLabel->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.4);
    headerFont.setBold(true);
    m_headerLabel->setFont(headerFont);
    m_regionNote->setObjectName(QStringLiteral("regionNoteLabel"));
    m_regionNote->setForegroundRole(QPalette::PlaceholderText);
    m_regionNote->setWordWrap(true);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("accountPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_regionNote);
    layout->addWidget(m_notices);
    layout->addWidget(m_quota);
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 3, Qt::AlignTop);
    row->addWidget(m_settings, 2);
    layout->addLayout(row);
    layout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("accountScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    setContentWidget(scroll);

    connect(m_notices, &AccountNotices::productionAccessRequested, this, &AccountPane::requestProductionAccess);
    connect(m_notices, &AccountNotices::resumeSendingRequested, this, &AccountPane::resumeSending);
    connect(m_settings, &AccountSettingsEditor::applyRequested, this, &AccountPane::applySettings);
    retranslate();
}

AccountPane::~AccountPane() = default;

QString AccountPane::id() const
{
    return QStringLiteral("account");
}

QString AccountPane::title() const
{
    return tr("Account");
}

bool AccountPane::hasUnsavedChanges() const
{
    return m_settings->hasChanges();
}

void AccountPane::load()
{
    const quint64 gen = generation();
    track(session()->ses()->getAccount(this, [this, gen](Aws::Result<Ses::Account> result) {
        if (!isCurrent(gen) || result.isCancelled())
            return;
        if (result.isError()) {
            finishError(tr("Loading the account failed"), result.error());
            return;
        }
        showAccount(result.value());
        finishLoaded();
    }));
}

void AccountPane::clearData()
{
    m_account.reset();
    m_notices->clear();
    m_status->clear();
    m_quota->clear();
    m_settings->clear();
    updateHeader();
}

void AccountPane::showAccount(const Ses::Account &account)
{
    m_account = account;
    m_notices->setAccount(account);
    m_status->setAccount(account);
    m_quota->setQuota(account.sendQuota);
    m_settings->setAccount(account);
    updateHeader();
}

void AccountPane::updateHeader()
{
    Connection::Session *s = session();
    if (!s || !m_account) {
        m_headerLabel->setText(tr("Account"));
        m_regionNote->clear();
        return;
    }
    m_headerLabel->setText(
        m_account->productionAccessEnabled ? tr("Account — production access") : tr("Account — SES sandbox"));
    m_regionNote->setText(s->isLocalSandbox()
            ? tr("Local Sandbox, region %1. Nothing here reaches AWS.").arg(s->region())
            : tr("Profile %1, region %2. SES accounts are separate in every region.")
                  .arg(s->profileDisplayName(), s->region()));
}

QString AccountPane::copyText() const
{
    if (!m_account)
        return {};
    const Ses::Account &a = *m_account;
    QStringList lines;
    lines << tr("Production access: %1").arg(a.productionAccessEnabled ? tr("yes") : tr("no (SES sandbox)"));
    lines << tr("Sending: %1").arg(a.sendingEnabled ? tr("enabled") : tr("paused"));
    lines << tr("Enforcement status: %1").arg(AccountTexts::enforcementStatus(a.enforcementStatus));
    lines << tr("Sent in the last 24 hours: %1 of %2").arg(a.sendQuota.sentLast24Hours).arg(a.sendQuota.max24HourSend);
    lines << tr("Maximum send rate: %1 per second").arg(a.sendQuota.maxSendRate);
    lines << tr("Suppressed reasons: %1")
                 .arg(a.suppressedReasons.isEmpty() ? tr("none") : a.suppressedReasons.join(QStringLiteral(", ")));
    lines << tr("Virtual Deliverability Manager: %1").arg(a.vdmEnabled ? tr("enabled") : tr("disabled"));
    return lines.join(QLatin1Char('\n'));
}

void AccountPane::requestProductionAccess()
{
    if (!session() || !m_account)
        return;
    auto *command = new RequestProductionAccessCommand(sessionPtr(), *m_account, this);
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Requesting production access failed"), command->error());
        if (outcome == Command::Outcome::Succeeded) {
            Q_EMIT settingsSaved();
            reload();
        }
    });
    command->start();
}

void AccountPane::applySettings()
{
    if (!session() || !m_account || !m_settings->hasChanges())
        return;
    const AccountSettingsEditor::Values saved = m_settings->saved();
    const AccountSettingsEditor::Values edited = m_settings->edited();
    auto *command = new UpdateAccountSettingsCommand(sessionPtr(), saved, edited, *context().messageBoxes, this);
    m_settings->setBusy(true);
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        m_settings->setBusy(false);
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Saving the account settings failed"), command->error());
        if (outcome != Command::Outcome::Cancelled) {
            // Reload even after a partial failure: show what SES now has, not what we hoped for.
            m_settings->clear();
            if (outcome == Command::Outcome::Succeeded)
                Q_EMIT settingsSaved();
            reload();
        }
    });
    command->start();
}

void AccountPane::resumeSending()
{
    if (!session() || !m_account)
        return;
    AccountSettingsEditor::Values saved = m_settings->saved();
    AccountSettingsEditor::Values edited = saved;
    edited.sendingEnabled = true;
    auto *command = new UpdateAccountSettingsCommand(sessionPtr(), saved, edited, *context().messageBoxes, this);
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Resuming sending failed"), command->error());
        if (outcome != Command::Outcome::Cancelled)
            reload();
    });
    command->start();
}

void AccountPane::retranslate()
{
    m_notices->retranslate();
    m_status->retranslate();
    m_quota->retranslate();
    m_settings->retranslate();
    if (m_account)
        showAccount(*m_account);
    updateHeader();
}

} // namespace Views
