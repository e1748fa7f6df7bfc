// The Send test email dialog against the real Sandbox (in-process, signed calls over loopback),
// used as a user would: pick a verified sender and a scenario, send, see the MessageId and the
// outcome from the captured mail in the history; "Run all scenarios" sends one to each and every
// one shows up with its message id and with the outcome the Sandbox's captured-mail store has
// for it (bounces with their SMTP status); GetSendStatistics counts them while quota use does
// not move; a custom unverified address is refused with SES's words; raw MIME goes through.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/Clock.h"
#include "models/connection/ProfileCatalog.h"
#include "models/connection/Session.h"
#include "models/items/TestSendHistoryModel.h"
#include "models/ses/SesClient.h"
#include "models/ses/SesV1Client.h"
#include "models/ses/TestSendHistory.h"
#include "models/ses/TestSender.h"

#include "views/MainWindow.h"
#include "views/commands/SendTestEmailCommand.h"
#include "views/dialogs/SendTestEmailDialog.h"
#include "views/panes/Pane.h"
#include "views/panes/PaneRegistry.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/FindChild.h"

using namespace TestSupport;
using Status = Ses::MessageOutcome::Status;

class TestSendTestEmailDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sendsToAScenarioAndShowsTheOutcome();
    void runsAllScenarios();
    void refusalsShowSesWords();
    void sendsRawMime();
    void opensFromTheMenuAndFromAnIdentity();

private:
    Views::SendTestEmailDialog *openDialog();
    template <typename T> T *child(const QString &name) const
    {
        return TestSupport::child<T>(m_dialog, name);
    }
    void click(const QString &name)
    {
        QTest::mouseClick(child<QAbstractButton>(name), Qt::LeftButton);
    }
    double sentLast24Hours();
    struct SendTotals {
        bool valid = false;
        qint64 attempts = 0;
        qint64 bounces = 0;
        qint64 complaints = 0;
    };
    /// GetSendStatistics (SES v1) summed over its data points.
    SendTotals sendStatistics();
    /// A /_sandbox/ control call; the HTTP status, the JSON answer in answer.
    int control(const QByteArray &method, const QString &path, QJsonObject *answer);
    /// The captured-mail store's recipient outcome for a simulator scenario.
    static QString expectedStoreOutcome(const QString &scenario);
    Status outcomeAt(int row) const
    {
        return static_cast<Status>(m_model->index(row, 0).data(Items::TestSendHistoryModel::OutcomeStatusRole).toInt());
    }

    Aws::SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<LoopbackSessionFactory> m_factory;
    std::shared_ptr<Connection::Session> m_session;
    std::unique_ptr<QTemporaryDir> m_dir;
    ScriptedMessageBoxes m_boxes;
    std::unique_ptr<QWidget> m_host;
    QPointer<Views::SendTestEmailCommand> m_command;
    QPointer<Views::SendTestEmailDialog> m_dialog;
    Items::TestSendHistoryModel *m_model = nullptr;
};

void TestSendTestEmailDialog::initTestCase()
{
    Sandbox::SandboxConfig config;
    config.accessKeyId = LoopbackSessionFactory::testAccessKeyId();
    config.secretAccessKey = LoopbackSessionFactory::testSecret();
    config.verifyDelaySeconds = 0;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(config, m_clock);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    m_factory = std::make_unique<LoopbackSessionFactory>(&m_network);
    m_factory->addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), m_sandbox->url());
    m_factory->open(Connection::ProfileRef::sandbox(), QStringLiteral("us-east-1"), this, [this](auto r) {
        m_session = r.value();
    });
    QTRY_VERIFY(m_session);
    std::optional<Aws::Result<Ses::CreateEmailIdentityResult>> created;
    Ses::CreateEmailIdentityRequest request;
    request.emailIdentity = QStringLiteral("example.com");
    m_session->ses()->createEmailIdentity(request, this, [&created](auto r) {
        created = r;
    });
    QTRY_VERIFY(created.has_value());
    QVERIFY(created->ok());
}

void TestSendTestEmailDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_host = std::make_unique<QWidget>();
    m_host->resize(900, 900);
    m_host->show();
    m_boxes.clear();
}

void TestSendTestEmailDialog::cleanup()
{
    if (m_dialog)
        m_dialog->close();
    QTest::qWait(10);
    m_host.reset();
    m_dir.reset();
}

Views::SendTestEmailDialog *TestSendTestEmailDialog::openDialog()
{
    Views::PaneContext context{&m_boxes, nullptr, &m_clock, nullptr, &m_network, m_dir->path()};
    m_command = new Views::SendTestEmailCommand(m_session, context, m_host.get());
    QSignalSpy ready(m_command.data(), &Views::SendTestEmailCommand::ready);
    m_command->start();
    if (!ready.wait(5000))
        return nullptr;
    m_dialog = m_command->dialog();
    m_model = m_command->historyModel();
    return m_dialog;
}

double TestSendTestEmailDialog::sentLast24Hours()
{
    std::optional<Aws::Result<Ses::Account>> account;
    m_session->ses()->getAccount(this, [&account](auto r) {
        account = r;
    });
    if (!QTest::qWaitFor(
            [&account] {
                return account.has_value();
            },
            5000)
        || !account->ok())
        return -1;
    return account->value().sendQuota.sentLast24Hours;
}

TestSendTestEmailDialog::SendTotals TestSendTestEmailDialog::sendStatistics()
{
    std::optional<Aws::Result<Ses::SendStatistics>> stats;
    Ses::SesV1Client v1(m_session->aws());
    v1.getSendStatistics(this, [&stats](auto r) {
        stats = r;
    });
    if (!QTest::qWaitFor(
            [&stats] {
                return stats.has_value();
            },
            5000)
        || !stats->ok())
        return {};
    SendTotals totals;
    totals.valid = true;
    for (const Ses::SendDataPoint &p : stats->value().points) {
        totals.attempts += p.deliveryAttempts;
        totals.bounces += p.bounces;
        totals.complaints += p.complaints;
    }
    return totals;
}

int TestSendTestEmailDialog::control(const QByteArray &method, const QString &path, QJsonObject *answer)
{
    QNetworkRequest request(m_sandbox->url().resolved(QUrl(path)));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method);
    if (!QTest::qWaitFor(
            [reply] {
                return reply->isFinished();
            },
            5000)) {
        reply->abort();
        reply->deleteLater();
        return 0;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer)
        *answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return status;
}

QString TestSendTestEmailDialog::expectedStoreOutcome(const QString &scenario)
{
    static const QHash<QString, QString> outcomes{{QStringLiteral("success"), QStringLiteral("DELIVERED")},
        {QStringLiteral("bounce"), QStringLiteral("BOUNCED")},
        {QStringLiteral("ooto"), QStringLiteral("AUTO_REPLIED")},
        {QStringLiteral("complaint"), QStringLiteral("COMPLAINED")},
        {QStringLiteral("suppressionlist"), QStringLiteral("SUPPRESSED")}};
    return outcomes.value(scenario);
}

void TestSendTestEmailDialog::sendsToAScenarioAndShowsTheOutcome()
{
    const double before = sentLast24Hours();
    QVERIFY(openDialog());
    QTRY_VERIFY(m_dialog->isVisible());
    auto *from = child<QComboBox>(QStringLiteral("fromCombo"));
    QCOMPARE(from->currentText(), QStringLiteral("test@example.com"));

    // Bounce, with a label, picked with the keyboard.
    auto *scenario = child<QComboBox>(QStringLiteral("scenarioCombo"));
    scenario->setFocus();
    QTest::keyClick(scenario, Qt::Key_Down);
    QCOMPARE(scenario->currentText(), QStringLiteral("Bounce"));
    auto *label = child<QLineEdit>(QStringLiteral("labelEdit"));
    label->setFocus();
    QTest::keyClicks(label, QStringLiteral("gui"));
    auto *explanation = child<QLabel>(QStringLiteral("scenarioExplanationLabel"));
    QVERIFY(explanation->text().contains(QStringLiteral("bounce+gui@simulator.amazonses.com")));
    QVERIFY(explanation->text().contains(QStringLiteral("550 5.1.1")));
    QVERIFY(child<QLabel>(QStringLiteral("quotaNoteLabel"))->text().contains(QStringLiteral("does not count against")));
    QVERIFY(child<QLabel>(QStringLiteral("outcomeNoteLabel"))->text().contains(QStringLiteral("captured mail")));

    click(QStringLiteral("sendButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 5000);
    const QString messageId = m_model->recordAt(0).messageId;
    QVERIFY(!messageId.isEmpty());
    QVERIFY(child<QLabel>(QStringLiteral("resultLabel"))->text().contains(messageId));
    QTRY_COMPARE_WITH_TIMEOUT(outcomeAt(0), Status::Bounced, 5000);
    QCOMPARE(m_model->recordAt(0).outcome.smtpStatus, QStringLiteral("5.1.1"));
    QVERIFY(m_model->index(0, Items::TestSendHistoryModel::OutcomeColumn)
                .data()
                .toString()
                .contains(QStringLiteral("5.1.1")));
    QCOMPARE(m_model->recordAt(0).recipient, QStringLiteral("bounce+gui@simulator.amazonses.com"));

    // The history is kept for the next time the dialog opens.
    m_dialog->close();
    QTRY_VERIFY(!m_command);
    QVERIFY(openDialog());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->recordAt(0).messageId, messageId);
    QCOMPARE(sentLast24Hours(), before); // simulator mail does not use the quota
}

void TestSendTestEmailDialog::runsAllScenarios()
{
    const double before = sentLast24Hours();
    const SendTotals statsBefore = sendStatistics();
    QVERIFY(statsBefore.valid);
    QVERIFY(openDialog());
    click(QStringLiteral("runAllButton"));
    // Paced to the sandbox's one message per second.
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 5, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(QStringLiteral("sendButton"))->isEnabled(), 5000);
    // Each outcome is followed until it settles (the auto-reply and the complaint come after
    // the delivery).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (!Ses::TestSender::isSettled(m_model->recordAt(row)))
                    return false;
            }
            return true;
        }(),
        10000);
    QHash<QString, Status> outcomes;
    QHash<QString, QString> shown;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Ses::TestSendRecord record = m_model->recordAt(row);
        outcomes.insert(record.scenario, outcomeAt(row));
        shown.insert(
            record.scenario, m_model->index(row, Items::TestSendHistoryModel::OutcomeColumn).data().toString());
        // The row's message id is the one SES gave, and it is in the Sandbox's captured mail
        // with the recipient the scenario names and the events the row's outcome comes from.
        QVERIFY(!record.messageId.isEmpty());
        QCOMPARE(m_model->index(row, Items::TestSendHistoryModel::MessageIdColumn).data().toString(), record.messageId);
        QJsonObject captured;
        QCOMPARE(control("GET", QStringLiteral("/_sandbox/messages/") + record.messageId, &captured), 200);
        QCOMPARE(captured.value(QStringLiteral("messageId")).toString(), record.messageId);
        const QJsonArray recipients = captured.value(QStringLiteral("recipients")).toArray();
        QCOMPARE(recipients.size(), 1);
        QCOMPARE(recipients.first().toObject().value(QStringLiteral("emailAddress")).toString(), record.recipient);
        QVERIFY(record.recipient.startsWith(record.scenario + QStringLiteral("@simulator.amazonses.com")));
        QCOMPARE(recipients.first().toObject().value(QStringLiteral("outcome")).toString(),
            expectedStoreOutcome(record.scenario));
    }
    QCOMPARE(outcomes.size(), 5);
    QCOMPARE(outcomes.value(QStringLiteral("success")), Status::Delivered);
    QCOMPARE(outcomes.value(QStringLiteral("bounce")), Status::Bounced);
    QCOMPARE(outcomes.value(QStringLiteral("ooto")), Status::AutoReplied);
    QCOMPARE(outcomes.value(QStringLiteral("complaint")), Status::Complained);
    QCOMPARE(outcomes.value(QStringLiteral("suppressionlist")), Status::Suppressed);
    // What the history table shows, bounce with its SMTP status.
    QCOMPARE(shown.value(QStringLiteral("success")), QStringLiteral("Delivered"));
    QCOMPARE(shown.value(QStringLiteral("bounce")), QStringLiteral("Bounced · SMTP 5.1.1"));
    QCOMPARE(shown.value(QStringLiteral("ooto")), QStringLiteral("Delivered, then an auto-reply"));
    QCOMPARE(shown.value(QStringLiteral("complaint")), QStringLiteral("Delivered, then a complaint"));
    QCOMPARE(shown.value(QStringLiteral("suppressionlist")), QStringLiteral("Bounced (suppression list) · SMTP 5.1.1"));

    // The Sandbox's statistics count the five sends; the account's quota use did not move.
    const SendTotals statsAfter = sendStatistics();
    QVERIFY(statsAfter.valid);
    QCOMPARE(statsAfter.attempts - statsBefore.attempts, 5);
    QCOMPARE(statsAfter.bounces - statsBefore.bounces, 2); // bounce and suppressionlist
    QCOMPARE(statsAfter.complaints - statsBefore.complaints, 1);
    QCOMPARE(sentLast24Hours(), before);
    const auto kept = Ses::TestSendHistory(m_dir->path()).load(Views::SendTestEmailCommand::scopeOf(*m_session));
    QVERIFY(kept.ok());
    QCOMPARE(kept.value().size(), 5);
}

void TestSendTestEmailDialog::refusalsShowSesWords()
{
    QVERIFY(openDialog());
    QTest::mouseClick(child<QRadioButton>(QStringLiteral("customRadio")), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(child<QLabel>(QStringLiteral("customNoteLabel"))->isVisible());
    QVERIFY(child<QLabel>(QStringLiteral("customNoteLabel"))->text().contains(QStringLiteral("verified")));
    auto *custom = child<QLineEdit>(QStringLiteral("customRecipientEdit"));
    custom->setFocus();
    QTest::keyClicks(custom, QStringLiteral("someone@unverified.example"));
    click(QStringLiteral("sendButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 5000);
    QVERIFY(!m_model->recordAt(0).accepted());
    QCOMPARE(m_model->recordAt(0).errorCode, QStringLiteral("MessageRejected"));
    QVERIFY2(
        child<QLabel>(QStringLiteral("resultLabel"))->text().contains(QStringLiteral("Email address is not verified")),
        qPrintable(child<QLabel>(QStringLiteral("resultLabel"))->text()));

    // A form problem is named before anything is sent.
    custom->clear();
    click(QStringLiteral("sendButton"));
    QVERIFY(child<QLabel>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("recipient")));
    QCOMPARE(m_model->rowCount(), 1);
}

void TestSendTestEmailDialog::sendsRawMime()
{
    QVERIFY(openDialog());
    QTest::mouseClick(child<QRadioButton>(QStringLiteral("rawRadio")), Qt::LeftButton, {}, QPoint(5, 5));
    auto *raw = child<QPlainTextEdit>(QStringLiteral("rawEdit"));
    raw->setFocus();
    QTest::keyClicks(raw, QStringLiteral("From: test@example.com"));
    QTest::keyClick(raw, Qt::Key_Return);
    QTest::keyClicks(raw, QStringLiteral("To: success@simulator.amazonses.com"));
    QTest::keyClick(raw, Qt::Key_Return);
    QTest::keyClicks(raw, QStringLiteral("Subject: Raw test"));
    QTest::keyClick(raw, Qt::Key_Return);
    QTest::keyClick(raw, Qt::Key_Return);
    QTest::keyClicks(raw, QStringLiteral("Body of a raw message."));
    click(QStringLiteral("sendButton"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, 5000);
    QVERIFY2(m_model->recordAt(0).accepted(), qPrintable(m_model->recordAt(0).errorMessage));
    QCOMPARE(m_model->recordAt(0).contentKind, QStringLiteral("raw"));
    QTRY_COMPARE_WITH_TIMEOUT(outcomeAt(0), Status::Delivered, 5000);
}

void TestSendTestEmailDialog::opensFromTheMenuAndFromAnIdentity()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("MainWindow/pane"), QStringLiteral("identities"));
    Connection::ProfileCatalog catalog(nullptr, nullptr, true);
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    Views::MainWindow::Dependencies deps;
    deps.sessions = m_factory.get();
    deps.profiles = &catalog;
    deps.settings = &settings;
    deps.messageBoxes = &m_boxes;
    deps.clock = &m_clock;
    deps.network = &m_network;
    deps.dataDirectory = dir.filePath(QStringLiteral("data"));
    Views::MainWindow window(deps, registry);
    window.resize(1200, 800);
    window.show();
    Views::Pane *identities = window.pane(QStringLiteral("identities"));
    QVERIFY(identities);
    QSignalSpy loaded(identities, &Views::Pane::loaded);
    window.start(true);
    QVERIFY(loaded.wait(5000));

    // Tools > Send test email.
    auto *menuAction = window.findChild<QAction *>(QStringLiteral("sendTestEmailMenuAction"));
    QVERIFY(menuAction && menuAction->isEnabled());
    menuAction->trigger();
    auto *dialog = window.findChild<Views::SendTestEmailDialog *>(QStringLiteral("sendTestEmailDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
    QTRY_VERIFY(!window.findChild<Views::SendTestEmailDialog *>(QStringLiteral("sendTestEmailDialog")));

    // The Identities pane's action opens it with that identity as the sender.
    auto *table = window.findChild<QTableView *>(QStringLiteral("identityTable"));
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    auto *button = window.findChild<QAbstractButton *>(QStringLiteral("sendTestEmailActionButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    dialog = window.findChild<Views::SendTestEmailDialog *>(QStringLiteral("sendTestEmailDialog"));
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->email().from, QStringLiteral("test@example.com"));
    dialog->close();
}

QTEST_MAIN(TestSendTestEmailDialog)
#include "tst_sendtestemaildialog.moc"
