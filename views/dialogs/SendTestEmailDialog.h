#pragma once

#include <memory>

#include <QDialog>

#include "models/ses/TestEmail.h"
#include "models/ses/TestSendRecord.h"

class QAbstractItemModel;

namespace Ui
{
class SendTestEmailDialog;
}

namespace Views
{

class JsonDataEdit;

/// The Send test email form: a sender among the verified identities, a mailbox-simulator
/// scenario (with the guide's explanation of what it produces, and an optional +label) or a
/// custom address (with the sandbox rule), the content as formatted text, raw MIME or a
/// template with data, an optional configuration set and message tags. It shows the MessageId
/// and the history of test sends with their outcomes. The sending itself is the command's job.
class SendTestEmailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendTestEmailDialog)

public:
    explicit SendTestEmailDialog(QWidget *parent = nullptr);
    ~SendTestEmailDialog() override;

    /// Verified senders offered (addresses, and an address in each verified domain).
    void setSenders(const QStringList &senders);
    void setTemplates(const QStringList &names);
    /// Prefills the form (sender, content, template...).
    void setEmail(const Ses::TestEmail &email);
    /// What the form describes now.
    Ses::TestEmail email() const;
    /// Local Sandbox (outcomes from its captured mail) or a real account (event destinations).
    void setSandbox(bool sandbox);
    void setHistoryModel(QAbstractItemModel *model);

    void setBusy(bool busy, const QString &text = {});
    /// Shows what SES answered to the last send.
    void showRecord(const Ses::TestSendRecord &record);
    void showProblem(const QString &problem);

Q_SIGNALS:
    void sendRequested(const Ses::TestEmail &email);
    void runAllRequested(const Ses::TestEmail &email);
    void refreshOutcomesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateForm();
    bool check(const Ses::TestEmail &email);

    std::unique_ptr<Ui::SendTestEmailDialog> m_ui;
    JsonDataEdit *m_templateData;
    bool m_sandbox = true;
    bool m_busy = false;
};

} // namespace Views
