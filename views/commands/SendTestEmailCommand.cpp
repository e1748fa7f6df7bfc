#include "views/commands/SendTestEmailCommand.h"

#include <QTimer>
#include <QWidget>

#include "models/aws/AwsClient.h"
#include "models/connection/Session.h"
#include "models/items/TestSendHistoryModel.h"
#include "models/ses/SandboxMessageFetcher.h"
#include "models/ses/SesClient.h"
#include "models/ses/TestSendBatch.h"
#include "models/ses/TestSender.h"

#include "views/dialogs/SendTestEmailDialog.h"

namespace Views
{

namespace
{
/// The Sandbox records a message's events just after accepting it; a few looks, a little apart,
/// catch them without keeping the user waiting.
constexpr int OutcomeAttempts = 10;
constexpr int OutcomeRetryMs = 300;
} // namespace

SendTestEmailCommand::SendTestEmailCommand(std::shared_ptr<Connection::Session> session,
    const PaneContext &context,
    QWidget *parentWidget,
    std::optional<Ses::TestEmail> preset)
    : Command(parentWidget)
    , m_session(std::move(session))
    , m_context(context)
    , m_preset(std::move(preset))
    , m_scope(scopeOf(*m_session))
    , m_sender(new Ses::TestSender(m_session->ses(), context.clock ? context.clock : &m_systemClock, this))
    , m_model(new Items::TestSendHistoryModel(this))
{
    if (!context.dataDirectory.isEmpty()) {
        m_history.emplace(context.dataDirectory);
        m_sender->setHistory(&*m_history, m_scope);
    }
    if (m_session->isLocalSandbox() && context.network) {
        m_fetcher = new Ses::SandboxMessageFetcher(
            context.network, m_session->endpoint(), context.clock ? context.clock : &m_systemClock, this);
        m_sender->setOutcomeSource(m_fetcher);
    }
    connect(m_sender, &Ses::TestSender::recordChanged, m_model, &Items::TestSendHistoryModel::upsert);
}

SendTestEmailCommand::~SendTestEmailCommand()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

Ses::AccountScope SendTestEmailCommand::scopeOf(const Connection::Session &session)
{
    return {session.profile().key(), session.region()};
}

void SendTestEmailCommand::doStart()
{
    m_dialog = new SendTestEmailDialog(parentWidget());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setSandbox(m_fetcher != nullptr);
    m_dialog->setHistoryModel(m_model);
    if (m_preset)
        m_dialog->setEmail(*m_preset);
    if (m_history) {
        const auto records = m_history->load(m_scope);
        if (records.ok())
            m_model->setRecords(records.value());
        else
            m_dialog->showProblem(records.error().toString());
    }
    connect(m_dialog, &SendTestEmailDialog::sendRequested, this, &SendTestEmailCommand::send);
    connect(m_dialog, &SendTestEmailDialog::runAllRequested, this, &SendTestEmailCommand::runAll);
    connect(m_dialog, &SendTestEmailDialog::refreshOutcomesRequested, this, &SendTestEmailCommand::refreshOutcomes);
    connect(m_sender, &Ses::TestSender::historyError, m_dialog, &SendTestEmailDialog::showProblem);
    connect(m_dialog, &QDialog::finished, this, [this] {
        if (m_batch)
            m_batch->cancel();
        finish(Outcome::Succeeded);
    });
    m_dialog->open();
    loadChoices();
}

void SendTestEmailCommand::loadChoices()
{
    m_pendingLists = 2;
    auto oneDone = [this] {
        if (--m_pendingLists == 0)
            Q_EMIT ready();
    };
    m_session->ses()->listAllEmailIdentities(this, [this, oneDone](Aws::Result<QList<Ses::IdentitySummary>> r) {
        if (r.ok() && m_dialog) {
            QStringList senders;
            for (const Ses::IdentitySummary &i : r.value()) {
                if (i.verificationStatus != QLatin1String("SUCCESS") || !i.sendingEnabled)
                    continue;
                // A verified domain lets any address in it send; offer one.
                senders.append(i.identityType == QLatin1String("EMAIL_ADDRESS")
                        ? i.identityName
                        : QStringLiteral("test@") + i.identityName);
            }
            const QString preset = m_preset ? m_preset->from : QString();
            m_dialog->setSenders(senders);
            if (!preset.isEmpty())
                m_dialog->setEmail([&] {
                    Ses::TestEmail e = m_dialog->email();
                    e.from = preset;
                    return e;
                }());
            if (senders.isEmpty())
                m_dialog->showProblem(
                    tr("No verified identity can send yet: verify an email address or a domain first."));
        } else if (r.isError() && m_dialog) {
            m_dialog->showProblem(tr("Listing the verified identities failed: %1").arg(r.error().toString()));
        }
        oneDone();
    });
    m_session->ses()->listAllEmailTemplates(this, [this, oneDone](Aws::Result<Ses::EmailTemplateList> r) {
        if (r.ok() && m_dialog) {
            QStringList names;
            for (const Ses::EmailTemplateMetadata &t : r.value().templates)
                names.append(t.templateName);
            m_dialog->setTemplates(names);
        }
        oneDone();
    });
}

void SendTestEmailCommand::send(const Ses::TestEmail &email)
{
    m_dialog->setBusy(true, tr("Sending to %1…").arg(email.recipient()));
    Q_EMIT progress(0, 0, tr("Sending a test email…"));
    m_sender->send(email, this, [this](Aws::Result<Ses::TestSendRecord> r) {
        if (!m_dialog)
            return;
        m_dialog->setBusy(false);
        if (!r.ok())
            return;
        m_dialog->showRecord(r.value());
        if (r.value().accepted())
            Q_EMIT info(tr("Test email sent: %1").arg(r.value().messageId));
        follow(r.value(), 0);
    });
}

void SendTestEmailCommand::runAll(const Ses::TestEmail &email)
{
    if (m_batch)
        return;
    // Simulator mail still counts against the maximum send rate: pace to it.
    m_session->ses()->getAccount(this, [this, email](Aws::Result<Ses::Account> account) {
        if (!m_dialog)
            return;
        const double rate = account.ok() ? account.value().sendQuota.maxSendRate : 1.0;
        m_batch = new Ses::TestSendBatch(
            m_sender, email, Ses::MailboxSimulator::scenarios(), Ses::TestSendBatch::intervalFor(rate), this);
        connect(m_batch, &Ses::TestSendBatch::progress, this, [this](int sent, int total) {
            Q_EMIT progress(sent, total, tr("Sending to every scenario…"));
            if (m_dialog)
                m_dialog->setBusy(sent < total, tr("Sending to every scenario: %1 of %2…").arg(sent).arg(total));
        });
        connect(m_batch, &Ses::TestSendBatch::recordSent, this, [this](const Ses::TestSendRecord &record) {
            if (m_dialog)
                m_dialog->showRecord(record);
            follow(record, 0);
        });
        connect(m_batch, &Ses::TestSendBatch::finished, this, [this](bool cancelled) {
            if (m_dialog)
                m_dialog->setBusy(false, cancelled ? tr("Stopped.") : tr("Sent one message to each scenario."));
            m_batch->deleteLater();
        });
        m_batch->start();
    });
}

void SendTestEmailCommand::follow(const Ses::TestSendRecord &record, int attempt)
{
    if (!m_fetcher || Ses::TestSender::isSettled(record) || attempt >= OutcomeAttempts)
        return;
    QTimer::singleShot(attempt == 0 ? 0 : OutcomeRetryMs, this, [this, record, attempt] {
        m_sender->checkOutcome(record, this, [this, attempt](Aws::Result<Ses::TestSendRecord> r) {
            if (r.ok())
                follow(r.value(), attempt + 1);
        });
    });
}

void SendTestEmailCommand::refreshOutcomes()
{
    // The newest sends are the ones whose outcome may still be news.
    constexpr int MaxRefreshed = 50;
    for (int row = 0; row < std::min(m_model->rowCount(), MaxRefreshed); ++row) {
        const Ses::TestSendRecord &record = m_model->recordAt(row);
        if (record.accepted())
            m_sender->checkOutcome(record, this, [](Aws::Result<Ses::TestSendRecord>) {});
    }
}

void SendTestEmailCommand::doCancel()
{
    if (m_batch)
        m_batch->cancel();
    if (m_dialog)
        m_dialog->close();
}

} // namespace Views
