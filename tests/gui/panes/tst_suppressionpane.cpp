// The Suppression list pane against the in-process Sandbox: the demo account's thousands of
// addresses load page by page as the table scrolls and filter on SES; an address is found, added
// through the dialog (a bad address refused naming the field), removed after a confirmation that
// names it; a file with a bad line imports the rest and reports the line; a cancelled import
// saves what it did not put; the loaded list exports as CSV; in the SES sandbox the banner states
// the rule and SES's refusal shows in the dialog; every control is named.
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/Session.h"
#include "models/items/SuppressionListModel.h"
#include "models/ses/SesClient.h"
#include "models/ses/SuppressionImportParser.h"

#include "views/commands/ImportSuppressionListCommand.h"
#include "views/panes/SuppressionListPane.h"
#include "views/panes/suppression/AddSuppressedAddressDialog.h"
#include "views/panes/suppression/SuppressionListActions.h"
#include "views/widgets/Banner.h"

#include "Accessibility.h"
#include "PaneFixture.h"
#include "tests/support/FindChild.h"

using namespace TestSupport;
using Views::Command;
using Views::SuppressionListPane;
namespace List = Items::SuppressionList;

class TestSuppressionPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsLazilyFiltersAndFinds();
    void addsAndRemoves();
    void sandboxAccountShowsTheRuleAndSesError();
    void importsSkippingABadLineAndExports();
    void cancelledImportKeepsTheRest();
    void failedImportKeepsEverything();
    void everyControlIsNamed();

private:
    static void click(QWidget *w)
    {
        QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(5, 5));
    }
    static QWidget *toolButton(SuppressionListPane *pane, QAction *action)
    {
        return child<QWidget>(pane, action->objectName() + QStringLiteral("Button"));
    }
    /// GetSuppressedDestination on the Sandbox: the reason, or the error code.
    static QString sesReason(PaneFixture &fixture, Connection::Session &session, const QString &address)
    {
        QJsonObject answer;
        const QString error = fixture.call(session,
            Aws::AwsRequest::restJson(QStringLiteral("GetSuppressedDestination"),
                "GET",
                Ses::SesClient::path({QStringLiteral("suppression"), QStringLiteral("addresses"), address})),
            &answer);
        if (!error.isEmpty())
            return error.contains(QStringLiteral("NotFoundException")) ? QStringLiteral("NotFound") : error;
        return answer.value(QStringLiteral("SuppressedDestination"))
            .toObject()
            .value(QStringLiteral("Reason"))
            .toString();
    }
    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }
};

void TestSuppressionPane::loadsLazilyFiltersAndFinds()
{
    PaneFixture fixture({.production = true, .demoData = true});
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<SuppressionListPane>(session);
    QVERIFY(pane);
    Items::SuppressionListModel *model = pane->model();
    auto *table = child<QTableView>(pane.get(), QStringLiteral("suppressionTable"));

    // The first page only; more come as the table scrolls to the end.
    QTRY_VERIFY(!model->isLoading());
    const int firstPage = model->rowCount();
    QCOMPARE(firstPage, 200);
    QVERIFY(model->hasMore());
    QVERIFY(child<QLabel>(pane.get(), QStringLiteral("suppressionCountLabel"))
                ->text()
                .contains(QStringLiteral("more load as you scroll")));
    table->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > firstPage);
    QTRY_VERIFY(!model->isLoading());

    // The account's settings: production access, bounces and complaints suppressed.
    QTRY_VERIFY(pane->account().has_value());
    auto *banner = child<Views::Banner>(pane.get(), QStringLiteral("suppressionAccountBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("SES suppresses addresses that bounce or complain"));

    // Filter by reason: SES filters, the list starts again.
    auto *reason = child<QComboBox>(pane.get(), QStringLiteral("suppressionReasonFilterCombo"));
    QSignalSpy pages(model, &Items::SuppressionListModel::pageLoaded);
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Down); // Bounce
    QTest::keyClick(reason, Qt::Key_Down); // Complaint
    QTRY_VERIFY(!pages.isEmpty());
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->filter().reasons, QStringList{QStringLiteral("COMPLAINT")});
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, 0).data(List::ReasonRole).toInt(), int(List::Reason::Complaint));
    // A refresh keeps the filter.
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->actions()->refresh()->trigger();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(model->filter().reasons, QStringList{QStringLiteral("COMPLAINT")});
    QCOMPARE(reason->currentText(), QStringLiteral("Complaint"));
    // A date range: only the last week.
    QTest::keyClick(reason, Qt::Key_Up);
    QTest::keyClick(reason, Qt::Key_Up); // all reasons
    pages.clear();
    click(child<QWidget>(pane.get(), QStringLiteral("suppressionFromCheck")));
    QTRY_VERIFY(!pages.isEmpty());
    QTRY_VERIFY(!model->isLoading());
    const QDateTime monthAgo = fixture.clock.nowUtc().addDays(-32);
    QVERIFY(model->rowCount() > 0);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->index(r, 0).data(List::LastUpdateTimeRole).toDateTime() >= monthAgo);

    // Find an address listed, then one that is not.
    const QString listed = model->index(3, 0).data(List::EmailAddressRole).toString();
    auto *find = child<QLineEdit>(pane.get(), QStringLiteral("suppressionFindEdit"));
    QSignalSpy lookups(pane.get(), &SuppressionListPane::lookupFinished);
    QTest::keyClicks(find, listed);
    click(child<QPushButton>(pane.get(), QStringLiteral("suppressionFindButton")));
    QTRY_COMPARE(lookups.size(), 1);
    QVERIFY(lookups.first().first().toBool());
    auto *message = child<QLabel>(pane.get(), QStringLiteral("suppressionMessageLabel"));
    QVERIFY2(message->text().contains(listed), qPrintable(message->text()));
    QCOMPARE(pane->selectedAddresses(), QStringList{listed});
    find->selectAll();
    QTest::keyClicks(find, QStringLiteral("never-listed@example.com"));
    QTest::keyClick(find, Qt::Key_Return);
    QTRY_COMPARE(lookups.size(), 2);
    QVERIFY(!lookups.last().first().toBool());
    QVERIFY2(message->text().contains(QStringLiteral("is not on the suppression list")), qPrintable(message->text()));
    find->selectAll();
    QTest::keyClicks(find, QStringLiteral("no-at-sign"));
    QTest::keyClick(find, Qt::Key_Return);
    QTRY_COMPARE(lookups.size(), 3);
    QVERIFY2(message->text().contains(QStringLiteral("no @")), qPrintable(message->text()));
}

void TestSuppressionPane::addsAndRemoves()
{
    PaneFixture fixture({.production = true});
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<SuppressionListPane>(session);
    QVERIFY(pane);
    QVERIFY(child<QLabel>(pane.get(), QStringLiteral("suppressionEmptyLabel"))->isVisible());
    QVERIFY(!pane->actions()->exportFile()->isEnabled());

    QSignalSpy finished(pane.get(), &SuppressionListPane::actionFinished);
    click(toolButton(pane.get(), pane->actions()->add()));
    auto *dialog = pane->findChild<Views::AddSuppressedAddressDialog *>(QStringLiteral("addSuppressedAddressDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *address = child<QLineEdit>(dialog, QStringLiteral("suppressedAddressEdit"));
    auto *add = child<QPushButton>(dialog, QStringLiteral("addSuppressedAddressButton"));
    QTest::keyClicks(address, QStringLiteral("bad address@example.com"));
    QVERIFY(!add->isEnabled());
    auto *problem = child<QLabel>(dialog, QStringLiteral("suppressedAddressProblemLabel"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Email address:")), qPrintable(problem->text()));
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("Someone@Example.com"));
    QVERIFY(add->isEnabled());
    auto *reason = child<QComboBox>(dialog, QStringLiteral("suppressedReasonCombo"));
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Down); // Complaint
    click(add);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Command::Outcome>(), Command::Outcome::Succeeded);
    QCOMPARE(sesReason(fixture, *session, QStringLiteral("someone@example.com")), QStringLiteral("COMPLAINT"));
    QCOMPARE(pane->model()->rowCount(), 1);
    QCOMPARE(pane->selectedAddresses().size(), 1);
    QCOMPARE(pane->selectedAddresses().constFirst().toLower(), QStringLiteral("someone@example.com"));
    QCOMPARE(pane->model()->index(0, List::ReasonColumn).data().toString(), QStringLiteral("Complaint"));
    QVERIFY(child<QTableView>(pane.get(), QStringLiteral("suppressionTable"))->isVisible());

    // A second address, then remove both: the confirmation names them.
    QVERIFY(fixture
                .call(*session,
                    Aws::AwsRequest::restJson(QStringLiteral("PutSuppressedDestination"),
                        "PUT",
                        Ses::SesClient::path({QStringLiteral("suppression"), QStringLiteral("addresses")}),
                        QJsonObject{{QStringLiteral("EmailAddress"), QStringLiteral("second@example.com")},
                            {QStringLiteral("Reason"), QStringLiteral("BOUNCE")}}))
                .isEmpty());
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(pane->model()->rowCount(), 2);
    pane->selectAddresses({QStringLiteral("second@example.com"), QStringLiteral("someone@example.com")});
    QCOMPARE(pane->selectedAddresses().size(), 2);

    // Cancelled: nothing removed.
    fixture.boxes.enqueue(QMessageBox::Cancel);
    finished.clear();
    click(toolButton(pane.get(), pane->actions()->remove()));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Command::Outcome>(), Command::Outcome::Cancelled);
    QCOMPARE(pane->model()->rowCount(), 2);

    fixture.boxes.enqueue(QMessageBox::Yes);
    finished.clear();
    click(toolButton(pane.get(), pane->actions()->remove()));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Command::Outcome>(), Command::Outcome::Succeeded);
    const QString confirmation = fixture.boxes.shown().constLast().text;
    QVERIFY2(confirmation.contains(QStringLiteral("second@example.com"))
            && confirmation.contains(QStringLiteral("someone@example.com"), Qt::CaseInsensitive),
        qPrintable(confirmation));
    QCOMPARE(pane->model()->rowCount(), 0);
    QCOMPARE(sesReason(fixture, *session, QStringLiteral("someone@example.com")), QStringLiteral("NotFound"));
    QCOMPARE(sesReason(fixture, *session, QStringLiteral("second@example.com")), QStringLiteral("NotFound"));
}

void TestSuppressionPane::sandboxAccountShowsTheRuleAndSesError()
{
    PaneFixture fixture; // an account in the SES sandbox
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<SuppressionListPane>(session);
    QVERIFY(pane);
    QTRY_VERIFY(pane->account().has_value());
    auto *banner = child<Views::Banner>(pane.get(), QStringLiteral("suppressionAccountBanner"));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), QStringLiteral("Suppression list management is disabled in the SES sandbox"));
    QVERIFY(banner->text().contains(QStringLiteral("us-east-1")));

    QSignalSpy finished(pane.get(), &SuppressionListPane::actionFinished);
    pane->actions()->add()->trigger();
    auto *dialog = pane->findChild<Views::AddSuppressedAddressDialog *>(QStringLiteral("addSuppressedAddressDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(
        child<QLineEdit>(dialog, QStringLiteral("suppressedAddressEdit")), QStringLiteral("a@example.com"));
    click(child<QPushButton>(dialog, QStringLiteral("addSuppressedAddressButton")));
    auto *status = child<QLabel>(dialog, QStringLiteral("addSuppressedStatusLabel"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("BadRequestException")));
    QVERIFY2(status->text().contains(QStringLiteral("not available while your account is in the sandbox")),
        qPrintable(status->text()));
    QVERIFY(dialog->isVisible()); // nothing typed is lost
    QVERIFY(finished.isEmpty());
    dialog->reject();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Command::Outcome>(), Command::Outcome::Cancelled);
    QCOMPARE(pane->model()->rowCount(), 0);
}

void TestSuppressionPane::importsSkippingABadLineAndExports()
{
    PaneFixture fixture({.production = true});
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<SuppressionListPane>(session);
    QVERIFY(pane);
    pane->setFileDialogs(&fixture.files);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bounces.csv"));
    QVERIFY(writeFile(path,
        "emailAddress,reason\n"
        "one@example.com,BOUNCE\n"
        "not an address\n"
        "two@example.com,COMPLAINT\n"
        "three@example.com\n"
        "four@example.com,SPAM\n"));

    fixture.files.enqueue(path);
    fixture.boxes.enqueue(QMessageBox::Yes);
    QSignalSpy finished(pane.get(), &SuppressionListPane::actionFinished);
    QSignalSpy pages(pane->model(), &Items::SuppressionListModel::pageLoaded);
    click(toolButton(pane.get(), pane->actions()->importFile()));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Command::Outcome>(), Command::Outcome::Succeeded);
    // The confirmation named the bad lines by number and said why.
    QCOMPARE(fixture.boxes.shown().size(), 2);
    const QString question = fixture.boxes.shown().first().text;
    QVERIFY2(question.contains(QStringLiteral("Add 3 addresses")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Line 3: \"not an address\"")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Line 6: unknown reason \"SPAM\"")), qPrintable(question));
    const auto report = fixture.boxes.shown().last();
    QCOMPARE(report.kind, QStringLiteral("warning"));
    QVERIFY2(report.text.contains(QStringLiteral("Imported 3 of 3 addresses")), qPrintable(report.text));
    QVERIFY2(report.text.contains(QStringLiteral("Line 3")), qPrintable(report.text));
    QCOMPARE(sesReason(fixture, *session, QStringLiteral("one@example.com")), QStringLiteral("BOUNCE"));
    QCOMPARE(sesReason(fixture, *session, QStringLiteral("two@example.com")), QStringLiteral("COMPLAINT"));
    QCOMPARE(sesReason(fixture, *session, QStringLiteral("three@example.com")), QStringLiteral("BOUNCE"));
    QTRY_COMPARE(pane->model()->rowCount(), 3); // read again from SES
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bounces-not-imported.csv"))));

    // Export what is loaded; the file imports again.
    const QString exported = dir.filePath(QStringLiteral("export.csv"));
    fixture.files.enqueue(exported);
    finished.clear();
    QTRY_VERIFY(pane->actions()->exportFile()->isEnabled());
    click(toolButton(pane.get(), pane->actions()->exportFile()));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Command::Outcome>(), Command::Outcome::Succeeded);
    QVERIFY(fixture.files.suggestions().constLast().startsWith(QStringLiteral("suppression-list-us-east-1-")));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("emailAddress,reason,lastUpdateTime\r\n"));
    QCOMPARE(csv.count("\r\n"), 4);
    QVERIFY(csv.contains("two@example.com,COMPLAINT,"));
    const auto back = Ses::SuppressionImportParser::parse(csv, QStringLiteral("BOUNCE"));
    QCOMPARE(back.entries.size(), 3);
    QVERIFY(back.errors.isEmpty());
    QVERIFY(child<QLabel>(pane.get(), QStringLiteral("suppressionMessageLabel"))
                ->text()
                .contains(QStringLiteral("3 addresses saved")));
}

void TestSuppressionPane::cancelledImportKeepsTheRest()
{
    PaneFixture fixture({.production = true});
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<SuppressionListPane>(session);
    QVERIFY(pane);
    pane->setFileDialogs(&fixture.files);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray data;
    for (int i = 0; i < 40; ++i)
        data += QStringLiteral("user%1@example.com\n").arg(i).toUtf8();
    const QString path = dir.filePath(QStringLiteral("list.txt"));
    QVERIFY(writeFile(path, data));

    fixture.files.enqueue(path);
    fixture.boxes.enqueue(QMessageBox::Yes);
    QSignalSpy finished(pane.get(), &SuppressionListPane::actionFinished);
    pane->actions()->importFile()->trigger();
    Command *command = pane->runningCommand();
    QVERIFY(command);
    auto *cancel = child<QPushButton>(pane.get(), QStringLiteral("suppressionCancelButton"));
    // Cancel with the Cancel button once five addresses are in.
    connect(command, &Command::progress, cancel, [cancel](int current, int total) {
        if (total == 40 && current == 5 && cancel->isVisible())
            click(cancel);
    });
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Command::Outcome>(), Command::Outcome::Cancelled);
    QVERIFY(!child<QWidget>(pane.get(), QStringLiteral("suppressionProgressStrip"))->isVisible());

    // Five in SES; the other 35 saved beside the file, the first of them line 6.
    QCOMPARE(sesReason(fixture, *session, QStringLiteral("user4@example.com")), QStringLiteral("BOUNCE"));
    QCOMPARE(sesReason(fixture, *session, QStringLiteral("user5@example.com")), QStringLiteral("NotFound"));
    const auto report = fixture.boxes.shown().constLast();
    QCOMPARE(report.title, QStringLiteral("Import cancelled"));
    QVERIFY2(report.text.contains(QStringLiteral("Imported 5 of 40 addresses")), qPrintable(report.text));
    QVERIFY2(report.text.contains(QStringLiteral("35 addresses were not tried")), qPrintable(report.text));
    QVERIFY2(report.text.contains(QStringLiteral("line 6 of list.txt")), qPrintable(report.text));
    const QString rest = dir.filePath(QStringLiteral("list-not-imported.csv"));
    QVERIFY2(report.text.contains(QDir::toNativeSeparators(rest)), qPrintable(report.text));
    QFile file(rest);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto again = Ses::SuppressionImportParser::parse(file.readAll(), QStringLiteral("COMPLAINT"));
    QCOMPARE(again.entries.size(), 35);
    QCOMPARE(again.entries.first().emailAddress, QStringLiteral("user5@example.com"));
    QCOMPARE(again.entries.first().reason, QStringLiteral("BOUNCE"));
    QTRY_COMPARE(pane->model()->rowCount(), 5);
}

void TestSuppressionPane::failedImportKeepsEverything()
{
    PaneFixture fixture; // in the SES sandbox: SES refuses every put
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<SuppressionListPane>(session);
    QVERIFY(pane);
    pane->setFileDialogs(&fixture.files);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("complaints.csv"));
    QVERIFY(writeFile(path, "a@example.com,COMPLAINT\nb@example.com,COMPLAINT\nc@example.com\n"));
    fixture.files.enqueue(path);
    fixture.files.enqueue(path); // the second run finds the first one's file taken
    QSignalSpy finished(pane.get(), &SuppressionListPane::actionFinished);
    for (int run = 1; run <= 2; ++run) {
        fixture.boxes.enqueue(QMessageBox::Yes);
        pane->actions()->importFile()->trigger();
        QTRY_COMPARE(finished.size(), run);
        QCOMPARE(finished.last().first().value<Command::Outcome>(), Command::Outcome::Failed);
    }
    const auto report = fixture.boxes.shown().constLast();
    QCOMPARE(report.title, QStringLiteral("Import failed"));
    QVERIFY2(report.text.contains(QStringLiteral("Imported 0 of 3 addresses")), qPrintable(report.text));
    QVERIFY2(report.text.contains(QStringLiteral("not available while your account is in the sandbox")),
        qPrintable(report.text));
    QVERIFY2(report.text.contains(QStringLiteral("3 addresses were not tried")), qPrintable(report.text));
    QVERIFY2(report.text.contains(QStringLiteral("complaints-not-imported-2.csv")), qPrintable(report.text));
    QFile file(dir.filePath(QStringLiteral("complaints-not-imported.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto rest = Ses::SuppressionImportParser::parse(file.readAll(), QStringLiteral("BOUNCE"));
    QCOMPARE(rest.entries.size(), 3);
    QCOMPARE(rest.entries.at(1).reason, QStringLiteral("COMPLAINT"));
    QCOMPARE(rest.entries.at(2).reason, QStringLiteral("BOUNCE"));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("complaints-not-imported-2.csv"))));
    QCOMPARE(pane->model()->rowCount(), 0);
}

void TestSuppressionPane::everyControlIsNamed()
{
    PaneFixture fixture({.production = true, .demoData = true});
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<SuppressionListPane>(session);
    QVERIFY(pane);
    QTRY_VERIFY(pane->account().has_value());
    QStringList problems = unnamedControls(pane.get());
    pane->actions()->add()->trigger();
    auto *dialog = pane->findChild<Views::AddSuppressedAddressDialog *>(QStringLiteral("addSuppressedAddressDialog"));
    QVERIFY(dialog);
    problems << unnamedControls(dialog);
    dialog->reject();
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestSuppressionPane)
#include "tst_suppressionpane.moc"
