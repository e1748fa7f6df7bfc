#pragma once

#include <memory>
#include <optional>

#include <QHash>
#include <QPointer>

#include "models/aws/Clock.h"
#include "models/ses/AccountScope.h"
#include "models/ses/TestEmail.h"
#include "models/ses/TestSendHistory.h"

#include "views/commands/Command.h"
#include "views/dialogs/SendTestEmailDialog.h"
#include "views/panes/PaneContext.h"

namespace Connection
{
class Session;
}
namespace Items
{
class TestSendHistoryModel;
}
namespace Ses
{
class SandboxMessageFetcher;
class TestSendBatch;
class TestSender;
} // namespace Ses

namespace Views
{

/// "Send test email": opens the form (prefilled with what the caller knows: a sender, a
/// template), lists the verified identities and templates to choose from, sends one message or
/// one to each simulator scenario ("Run all scenarios", paced to the send rate), shows each
/// MessageId in the history of test sends, and follows each message's outcome in the Sandbox's
/// captured mail (for a real account: what SES answered, and how to see outcomes). Ends when
/// the dialog is closed.
class SendTestEmailCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendTestEmailCommand)

public:
    SendTestEmailCommand(std::shared_ptr<Connection::Session> session,
        const PaneContext &context,
        QWidget *parentWidget,
        std::optional<Ses::TestEmail> preset = std::nullopt);
    ~SendTestEmailCommand() override;

    SendTestEmailDialog *dialog() const
    {
        return m_dialog;
    }
    Items::TestSendHistoryModel *historyModel() const
    {
        return m_model;
    }
    /// The scope the history is kept under ("<profile key>", region).
    static Ses::AccountScope scopeOf(const Connection::Session &session);

Q_SIGNALS:
    /// The senders and templates were listed (tests wait on it).
    void ready();

protected:
    void doStart() override;
    void doCancel() override;

private:
    void loadChoices();
    void send(const Ses::TestEmail &email);
    void runAll(const Ses::TestEmail &email);
    void follow(const Ses::TestSendRecord &record, int attempt);
    void refreshOutcomes();

    std::shared_ptr<Connection::Session> m_session;
    Aws::SystemClock m_systemClock; ///< When the context brings no clock.
    PaneContext m_context;
    std::optional<Ses::TestEmail> m_preset;
    Ses::AccountScope m_scope;
    std::optional<Ses::TestSendHistory> m_history;
    Ses::TestSender *m_sender;
    Ses::SandboxMessageFetcher *m_fetcher = nullptr;
    QPointer<Ses::TestSendBatch> m_batch;
    Items::TestSendHistoryModel *m_model;
    QPointer<SendTestEmailDialog> m_dialog;
    int m_pendingLists = 0;
};

} // namespace Views
