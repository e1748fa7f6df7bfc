// The Templates pane driven as a user would (QTest typing and clicks, widgets found by object
// name) over a scripted SES, for what only a scripted server shows: the exact requests (the
// preview's scratch template created, rendered and deleted; Create vs Update; rename as get,
// create, delete), SES errors the pane must show as they come, remote content not loaded, and
// the local side (checks with positions, drafts kept across switches and a crash, version
// history with diff and restore). tst_templatespanesandbox runs the user's path against the
// real Sandbox.
#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "models/connection/Session.h"
#include "models/items/TemplateListModel.h"
#include "models/items/TemplateVersionModel.h"
#include "models/ses/TemplateDraftStore.h"
#include "models/ses/TemplateJsonFile.h"
#include "models/ses/TemplateVersionStore.h"

#include "views/dialogs/TemplateHistoryDialog.h"
#include "views/dialogs/TemplateNameDialog.h"
#include "views/panes/TemplatesPane.h"
#include "views/panes/templates/TemplateEditor.h"
#include "views/widgets/ErrorBanner.h"
#include "views/widgets/SafeTextBrowser.h"

#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedFileDialogs.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FindChild.h"
#include "tests/support/ScriptedHttpServer.h"

using namespace TestSupport;

namespace
{

QByteArray listJson(const QStringList &names)
{
    QJsonArray items;
    for (const QString &n : names)
        items.append(QJsonObject{{QStringLiteral("TemplateName"), n}, {QStringLiteral("CreatedTimestamp"), 1.7e9}});
    return QJsonDocument(QJsonObject{{QStringLiteral("TemplatesMetadata"), items}}).toJson(QJsonDocument::Compact);
}

QByteArray templateJson(const QString &name, const QString &subject, const QString &html, const QString &text)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("TemplateName"), name},
                             {QStringLiteral("TemplateContent"),
                                 QJsonObject{{QStringLiteral("Subject"), subject},
                                     {QStringLiteral("Html"), html},
                                     {QStringLiteral("Text"), text}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray renderedJson(const QString &name)
{
    const QString mime = QStringLiteral("From: sender@example.com\r\nSubject: Hello %1\r\nMIME-Version: 1.0\r\n"
                                        "Content-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
                                        "--b1\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHi %1\r\n"
                                        "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<h1>Hi %1</h1><img "
                                        "src=\"http://tracker.example/open.png\">\r\n"
                                        "--b1--\r\n")
                             .arg(name);
    return QJsonDocument(QJsonObject{{QStringLiteral("RenderedTemplate"), mime}}).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTemplatesPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createPreviewSaveReloadEditDiscard();
    void exportAndReimport();
    void checksPointAtTheProblem();
    void switchingTemplateAsksFirst();
    void crashRecoveryOffersTheDraft();
    void historyDiffAndRestore();
    void deleteAndRename();

private:
    std::unique_ptr<Views::TemplatesPane> makePane(const QStringList &existing);
    template <typename T> T *child(const QString &name) const
    {
        return TestSupport::child<T>(m_pane.get(), name);
    }
    void click(const QString &name)
    {
        auto *button = child<QAbstractButton>(name);
        QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void type(const QString &name, const QString &text)
    {
        QWidget *w = child<QWidget>(name);
        w->setFocus();
        QTest::keyClicks(w, text);
    }
    QJsonObject bodyOf(int request) const
    {
        return QJsonDocument::fromJson(m_server->requests().at(request).body).object();
    }
    Ses::AccountScope scope() const
    {
        return {Connection::ProfileRef::sandbox().key(), QStringLiteral("us-east-1")};
    }
    /// Creates "Welcome" through the editor and saves it.
    void createWelcome();

    QNetworkAccessManager m_network;
    FakeClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<LoopbackSessionFactory> m_factory;
    ScriptedMessageBoxes m_boxes;
    ScriptedFileDialogs m_files;
    std::unique_ptr<Views::TemplatesPane> m_pane;
};

void TestTemplatesPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->start());
    m_factory = std::make_unique<LoopbackSessionFactory>(&m_network);
    m_factory->addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), m_server->url());
    m_boxes.clear();
}

void TestTemplatesPane::cleanup()
{
    m_pane.reset();
    m_factory.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<Views::TemplatesPane> TestTemplatesPane::makePane(const QStringList &existing)
{
    Views::PaneContext context{&m_boxes, nullptr, &m_clock, nullptr, &m_network, m_dir->path()};
    auto pane = std::make_unique<Views::TemplatesPane>(context);
    pane->setFileDialogs(&m_files);
    pane->resize(1200, 800);
    pane->show();
    std::shared_ptr<Connection::Session> session;
    m_factory->open(Connection::ProfileRef::sandbox(), QStringLiteral("us-east-1"), pane.get(), [&session](auto r) {
        session = r.value();
    });
    if (!QTest::qWaitFor(
            [&session] {
                return session != nullptr;
            },
            5000))
        return nullptr;
    pane->setSession(session);
    m_server->enqueue(ScriptedHttpServer::Reply::json(200, listJson(existing)));
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    if (!loaded.wait(5000))
        return nullptr;
    return pane;
}

void TestTemplatesPane::createWelcome()
{
    click(QStringLiteral("newTemplateButton"));
    type(QStringLiteral("templateNameEdit"), QStringLiteral("Welcome"));
    type(QStringLiteral("subjectEdit"), QStringLiteral("Hello {{name}}"));
    type(QStringLiteral("htmlPartEdit"), QStringLiteral("<h1>Hi {{name}}</h1>"));
    type(QStringLiteral("textPartEdit"), QStringLiteral("Hi {{name}}"));
    QSignalSpy finished(m_pane.get(), &Views::TemplatesPane::actionFinished);
    click(QStringLiteral("saveButton"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
}

void TestTemplatesPane::createPreviewSaveReloadEditDiscard()
{
    m_pane = makePane({QStringLiteral("Existing")});
    QVERIFY(m_pane);
    QCOMPARE(m_pane->templateModel()->rowCount(), 1);
    QCOMPARE(m_server->requests().constLast().path(), QByteArray("/v2/email/templates"));

    // A new template, typed in.
    click(QStringLiteral("newTemplateButton"));
    QVERIFY(m_pane->editor()->isNew());
    type(QStringLiteral("templateNameEdit"), QStringLiteral("Welcome"));
    type(QStringLiteral("subjectEdit"), QStringLiteral("Hello {{name}}"));
    type(QStringLiteral("htmlPartEdit"), QStringLiteral("<h1>Hi {{name}}</h1>"));
    type(QStringLiteral("textPartEdit"), QStringLiteral("Hi {{name}}"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QTRY_COMPARE(child<QListWidget>(QStringLiteral("variablesList"))->count(), 1);
    QCOMPARE(child<QListWidget>(QStringLiteral("variablesList"))->item(0)->text(), QStringLiteral("name (printed)"));

    // Sample data is checked as it is typed, with the place of the error.
    type(QStringLiteral("sampleDataEditor"), QStringLiteral("{\"name\": \"Ana\""));
    auto *status = child<QLabel>(QStringLiteral("jsonStatusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Line 1, column ")), qPrintable(status->text()));
    type(QStringLiteral("sampleDataEditor"), QStringLiteral("}"));
    QCOMPARE(status->text(), QStringLiteral("Valid JSON."));

    // Preview: the unsaved edits go to SES as a temporary template, are rendered, and removed.
    m_server->enqueue(ScriptedHttpServer::Reply::json(200, "{}"));
    m_server->enqueue(ScriptedHttpServer::Reply::json(200, renderedJson(QStringLiteral("Ana"))));
    m_server->enqueue(ScriptedHttpServer::Reply::json(200, "{}"));
    const int before = static_cast<int>(m_server->requests().size());
    QSignalSpy previewed(m_pane.get(), &Views::TemplatesPane::previewFinished);
    click(QStringLiteral("renderPreviewButton"));
    QVERIFY(previewed.wait(5000));
    QVERIFY(previewed.constFirst().constFirst().toBool());
    QCOMPARE(m_server->requests().size(), before + 3);
    const QString scratch = bodyOf(before).value(QStringLiteral("TemplateName")).toString();
    QVERIFY2(scratch.startsWith(QStringLiteral("SesDeskPreview-")), qPrintable(scratch));
    QCOMPARE(
        bodyOf(before).value(QStringLiteral("TemplateContent")).toObject().value(QStringLiteral("Html")).toString(),
        QStringLiteral("<h1>Hi {{name}}</h1>"));
    QCOMPARE(m_server->requests().at(before + 1).path(),
        QByteArray("/v2/email/templates/") + scratch.toLatin1() + "/render");
    QCOMPARE(
        bodyOf(before + 1).value(QStringLiteral("TemplateData")).toString(), QStringLiteral("{\"name\": \"Ana\"}"));
    QCOMPARE(m_server->requests().at(before + 2).method, QByteArray("DELETE"));
    auto *html = child<Views::SafeTextBrowser>(QStringLiteral("previewHtmlBrowser"));
    QVERIFY2(html->toPlainText().startsWith(QStringLiteral("Hi Ana")), qPrintable(html->toPlainText()));
    QVERIFY(html->blockedResources() >= 1); // the tracker image was not fetched
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("previewTextView"))->toPlainText(), QStringLiteral("Hi Ana"));
    QVERIFY(child<QPlainTextEdit>(QStringLiteral("previewMimeView"))
                ->toPlainText()
                .contains(QStringLiteral("Subject: Hello Ana")));
    QTRY_VERIFY2(
        child<QLabel>(QStringLiteral("previewStatusLabel"))->text().contains(QStringLiteral("1 remote resource")),
        qPrintable(child<QLabel>(QStringLiteral("previewStatusLabel"))->text()));

    // The edits are kept as a draft while unsaved.
    Ses::TemplateDraftStore drafts(m_dir->path(), &m_clock);
    QTRY_COMPARE_WITH_TIMEOUT(drafts.drafts(scope()).size(), 1, 5000);
    QCOMPARE(drafts.drafts(scope()).constFirst().templateName, QStringLiteral("Welcome"));

    // Save: CreateEmailTemplate, a snapshot in the history, the draft gone.
    QSignalSpy finished(m_pane.get(), &Views::TemplatesPane::actionFinished);
    click(QStringLiteral("saveButton"));
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.constFirst().constFirst().toBool());
    const QJsonObject created = bodyOf(static_cast<int>(m_server->requests().size()) - 1);
    QCOMPARE(created.value(QStringLiteral("TemplateName")).toString(), QStringLiteral("Welcome"));
    QCOMPARE(created.value(QStringLiteral("TemplateContent")).toObject().value(QStringLiteral("Subject")).toString(),
        QStringLiteral("Hello {{name}}"));
    QVERIFY(!m_pane->hasUnsavedChanges());
    QCOMPARE(child<QLabel>(QStringLiteral("editorStateLabel"))->text(), QStringLiteral("Saved."));
    QCOMPARE(m_pane->selectedTemplate(), QStringLiteral("Welcome"));
    QCOMPARE(drafts.drafts(scope()).size(), 0);
    Ses::TemplateVersionStore history(m_dir->path(), &m_clock);
    QCOMPARE(history.versions(scope(), QStringLiteral("Welcome")).value().size(), 1);

    // Reload: the list comes back from SES; the editor keeps the saved template.
    m_server->enqueue(
        ScriptedHttpServer::Reply::json(200, listJson({QStringLiteral("Existing"), QStringLiteral("Welcome")})));
    QSignalSpy loaded(m_pane.get(), &Views::Pane::loaded);
    m_pane->reload();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_pane->templateModel()->rowCount(), 2);
    QCOMPARE(m_pane->selectedTemplate(), QStringLiteral("Welcome"));

    // Edit, then discard: the confirmation first says no, then yes.
    auto *htmlEdit = child<QPlainTextEdit>(QStringLiteral("htmlPartEdit"));
    htmlEdit->moveCursor(QTextCursor::End);
    type(QStringLiteral("htmlPartEdit"), QStringLiteral("<p>more</p>"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QCOMPARE(child<QLabel>(QStringLiteral("editorStateLabel"))->text(), QStringLiteral("Unsaved changes."));
    m_boxes.enqueue(QMessageBox::Cancel);
    click(QStringLiteral("discardButton"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QCOMPARE(htmlEdit->toPlainText(), QStringLiteral("<h1>Hi {{name}}</h1><p>more</p>"));
    m_boxes.enqueue(QMessageBox::Discard);
    click(QStringLiteral("discardButton"));
    QVERIFY(!m_pane->hasUnsavedChanges());
    QCOMPARE(htmlEdit->toPlainText(), QStringLiteral("<h1>Hi {{name}}</h1>"));
    QCOMPARE(m_boxes.shown().size(), 2);
    QVERIFY(m_boxes.shown().constLast().text.contains(QStringLiteral("\"Welcome\"")));
}

void TestTemplatesPane::exportAndReimport()
{
    m_pane = makePane({});
    QVERIFY(m_pane);
    createWelcome();

    // Export writes the AWS CLI's --cli-input-json format.
    const QString file = m_dir->filePath(QStringLiteral("exports/Welcome.json"));
    m_files.enqueue(file);
    click(QStringLiteral("exportTemplateButton"));
    QCOMPARE(m_files.suggestions().constLast(), QStringLiteral("Welcome.json"));
    const auto exported = Ses::TemplateJsonFile::read(file);
    QVERIFY(exported.ok());
    QCOMPARE(exported.value().templateName, QStringLiteral("Welcome"));
    QCOMPARE(exported.value().content.html, QStringLiteral("<h1>Hi {{name}}</h1>"));

    // Change the file (as in version control) and import it back: it opens as an unsaved change
    // of the existing template, and saving updates it.
    Ses::EmailTemplate changed = exported.value();
    changed.content.html = QStringLiteral("<h1>Welcome back, {{name}}</h1>");
    QVERIFY(Ses::TemplateJsonFile::write(file, changed).ok());
    m_server->enqueue(ScriptedHttpServer::Reply::json(200,
        templateJson(QStringLiteral("Welcome"),
            QStringLiteral("Hello {{name}}"),
            QStringLiteral("<h1>Hi {{name}}</h1>"),
            QStringLiteral("Hi {{name}}"))));
    m_files.enqueue(file);
    QSignalSpy opened(m_pane.get(), &Views::TemplatesPane::templateOpened);
    click(QStringLiteral("importTemplateButton"));
    QVERIFY(opened.wait(5000));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("htmlPartEdit"))->toPlainText(),
        QStringLiteral("<h1>Welcome back, {{name}}</h1>"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QVERIFY(!m_pane->editor()->isNew());
    QSignalSpy finished(m_pane.get(), &Views::TemplatesPane::actionFinished);
    click(QStringLiteral("saveButton"));
    QVERIFY(finished.wait(5000));
    const auto &update = m_server->requests().constLast();
    QCOMPARE(update.method, QByteArray("PUT"));
    QCOMPARE(update.path(), QByteArray("/v2/email/templates/Welcome"));
    QCOMPARE(bodyOf(static_cast<int>(m_server->requests().size()) - 1)
                 .value(QStringLiteral("TemplateContent"))
                 .toObject()
                 .value(QStringLiteral("Html"))
                 .toString(),
        QStringLiteral("<h1>Welcome back, {{name}}</h1>"));

    // A file with a name SES does not have yet opens as a new template.
    Ses::EmailTemplate other = changed;
    other.templateName = QStringLiteral("FromAnotherAccount");
    const QString otherFile = m_dir->filePath(QStringLiteral("other.json"));
    QVERIFY(Ses::TemplateJsonFile::write(otherFile, other).ok());
    m_files.enqueue(otherFile);
    click(QStringLiteral("importTemplateButton"));
    QTRY_VERIFY(m_pane->editor()->isNew());
    QCOMPARE(child<QLineEdit>(QStringLiteral("templateNameEdit"))->text(), QStringLiteral("FromAnotherAccount"));

    // A broken file is refused with its line and column.
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"TemplateName\": \"x\",\n  \"TemplateContent\": {\"Subject\": 1}\n}\n");
    f.close();
    m_boxes.enqueue(QMessageBox::Discard); // leaving the imported new template
    m_files.enqueue(broken);
    click(QStringLiteral("importTemplateButton"));
    QTRY_COMPARE(m_boxes.shown().constLast().kind, QStringLiteral("critical"));
    QVERIFY2(m_boxes.shown().constLast().text.contains(broken + QStringLiteral(":3:23:")),
        qPrintable(m_boxes.shown().constLast().text));
}

void TestTemplatesPane::checksPointAtTheProblem()
{
    m_pane = makePane({});
    QVERIFY(m_pane);
    click(QStringLiteral("newTemplateButton"));
    type(QStringLiteral("templateNameEdit"), QStringLiteral("Broken"));
    type(QStringLiteral("subjectEdit"), QStringLiteral("Hi"));
    type(QStringLiteral("htmlPartEdit"), QStringLiteral("<p>{{#if vip}}VIP</p>"));
    auto *findings = child<QListWidget>(QStringLiteral("findingsList"));
    auto allFindings = [findings] {
        QStringList texts;
        for (int i = 0; i < findings->count(); ++i)
            texts << findings->item(i)->text();
        return texts.join(QLatin1Char('\n'));
    };
    // The checks run shortly after typing stops, and say where the problem is.
    QTRY_VERIFY2(allFindings().contains(QStringLiteral("HTML part, line 1, column 4")), qPrintable(allFindings()));
    QVERIFY(!allFindings().contains(QStringLiteral("Name:")));
    QVERIFY(child<QLabel>(QStringLiteral("checksLabel"))->text().contains(QStringLiteral("1 error")));

    // Double-clicking a finding selects the place in the part.
    findings->setCurrentRow(0);
    QTest::keyClick(findings, Qt::Key_Return);
    auto *html = child<QPlainTextEdit>(QStringLiteral("htmlPartEdit"));
    QVERIFY(html->hasFocus());
    QVERIFY(html->textCursor().hasSelection());

    // The guide's placeholder rule: {{ses:openTracker}} at most once.
    html->selectAll();
    QTest::keyClicks(html, QStringLiteral("<p>{{ses:openTracker}}{{ses:openTracker}}</p>"));
    QTRY_VERIFY2(allFindings().contains(QStringLiteral("openTracker")), qPrintable(allFindings()));

    // Saving asks; "Cancel" sends nothing.
    const int before = static_cast<int>(m_server->requests().size());
    m_boxes.enqueue(QMessageBox::Cancel);
    click(QStringLiteral("saveButton"));
    QCOMPARE(m_boxes.shown().constLast().title, QStringLiteral("Template has problems"));
    QCOMPARE(m_server->requests().size(), before);

    // Saving anyway shows SES's own error text when it rejects.
    m_server->enqueue(ScriptedHttpServer::Reply::json(
        400, R"({"message":"Template contains more than one ses:openTracker."})", "BadRequestException"));
    m_boxes.enqueue(QMessageBox::Save);
    QSignalSpy finished(m_pane.get(), &Views::TemplatesPane::actionFinished);
    click(QStringLiteral("saveButton"));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(m_pane->errorBanner()->isVisible());
    QVERIFY(m_pane->errorBanner()->error().message.contains(QStringLiteral("more than one ses:openTracker")));
    QVERIFY(m_pane->hasUnsavedChanges()); // nothing lost
}

void TestTemplatesPane::switchingTemplateAsksFirst()
{
    m_pane = makePane({QStringLiteral("A"), QStringLiteral("B")});
    QVERIFY(m_pane);
    m_server->enqueue(ScriptedHttpServer::Reply::json(
        200, templateJson(QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("<p>a</p>"), {})));
    QSignalSpy opened(m_pane.get(), &Views::TemplatesPane::templateOpened);
    auto *table = child<QTableView>(QStringLiteral("templateTable"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    QVERIFY(opened.wait(5000));
    QCOMPARE(m_pane->editor()->originalName(), QStringLiteral("A"));
    type(QStringLiteral("subjectEdit"), QStringLiteral(" changed"));

    // Clicking B asks; Cancel stays on A with the edits.
    m_boxes.enqueue(QMessageBox::Cancel);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(1, 0)).center());
    QCOMPARE(m_boxes.shown().size(), 1);
    QCOMPARE(m_pane->selectedTemplate(), QStringLiteral("A"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("a changed"));

    // Discard opens B.
    m_server->enqueue(ScriptedHttpServer::Reply::json(
        200, templateJson(QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("<p>b</p>"), {})));
    m_boxes.enqueue(QMessageBox::Discard);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(1, 0)).center());
    QVERIFY(opened.wait(5000));
    QCOMPARE(m_pane->editor()->originalName(), QStringLiteral("B"));
    QVERIFY(!m_pane->hasUnsavedChanges());

    // The filter narrows the list as you type.
    type(QStringLiteral("templateFilterEdit"), QStringLiteral("b"));
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestTemplatesPane::crashRecoveryOffersTheDraft()
{
    m_pane = makePane({});
    QVERIFY(m_pane);
    click(QStringLiteral("newTemplateButton"));
    type(QStringLiteral("templateNameEdit"), QStringLiteral("Unsaved"));
    type(QStringLiteral("subjectEdit"), QStringLiteral("Typed before the crash"));
    type(QStringLiteral("sampleDataEditor"), QStringLiteral("{\"a\": 1}"));
    Ses::TemplateDraftStore drafts(m_dir->path(), &m_clock);
    QTRY_COMPARE_WITH_TIMEOUT(drafts.drafts(scope()).size(), 1, 5000);
    // A crash: the pane is gone without asking anything (its drafts stay on disk).
    m_pane.release()->deleteLater();
    QTest::qWait(50);

    m_boxes.enqueue(QMessageBox::Yes);
    m_pane = makePane({});
    QVERIFY(m_pane);
    QCOMPARE(m_boxes.shown().size(), 1);
    QCOMPARE(m_boxes.shown().constFirst().title, QStringLiteral("Recover unsaved changes"));
    QVERIFY(m_boxes.shown().constFirst().text.contains(QStringLiteral("\"Unsaved\"")));
    QCOMPARE(child<QLineEdit>(QStringLiteral("templateNameEdit"))->text(), QStringLiteral("Unsaved"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("Typed before the crash"));
    QCOMPARE(m_pane->editor()->sampleData(), QStringLiteral("{\"a\": 1}"));
    QVERIFY(m_pane->hasUnsavedChanges());

    // Declining a recovery forgets the draft.
    m_boxes.clear();
    m_pane.release()->deleteLater();
    QTest::qWait(50);
    m_boxes.enqueue(QMessageBox::Discard);
    m_pane = makePane({});
    QVERIFY(m_pane);
    QCOMPARE(m_boxes.shown().size(), 1);
    QVERIFY(!m_pane->editor()->hasTemplate());
    QCOMPARE(drafts.drafts(scope()).size(), 0);
}

void TestTemplatesPane::historyDiffAndRestore()
{
    m_pane = makePane({});
    QVERIFY(m_pane);
    createWelcome();
    // A second version.
    auto *subject = child<QLineEdit>(QStringLiteral("subjectEdit"));
    subject->selectAll();
    type(QStringLiteral("subjectEdit"), QStringLiteral("Welcome aboard, {{name}}"));
    QSignalSpy finished(m_pane.get(), &Views::TemplatesPane::actionFinished);
    click(QStringLiteral("saveButton"));
    QVERIFY(finished.wait(5000));

    click(QStringLiteral("templateHistoryButton"));
    auto *dialog = m_pane->findChild<Views::TemplateHistoryDialog *>(QStringLiteral("templateHistoryDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->model()->rowCount(), 2);
    dialog->selectVersions({1, 2});
    QCOMPARE(dialog->comparedVersions(), (QList<int>{1, 2}));
    const QString diff = dialog->diffText();
    QVERIFY2(diff.contains(QStringLiteral("- Hello {{name}}")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("+ Welcome aboard, {{name}}")), qPrintable(diff));
    QVERIFY(!diff.contains(QStringLiteral("HTML part")));

    // Restore version 1.
    dialog->selectVersions({1});
    m_boxes.enqueue(QMessageBox::Yes);
    QSignalSpy restored(m_pane.get(), &Views::TemplatesPane::actionFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton")), Qt::LeftButton);
    QVERIFY(restored.wait(5000));
    const auto &put = m_server->requests().constLast();
    QCOMPARE(put.method, QByteArray("PUT"));
    QCOMPARE(bodyOf(static_cast<int>(m_server->requests().size()) - 1)
                 .value(QStringLiteral("TemplateContent"))
                 .toObject()
                 .value(QStringLiteral("Subject"))
                 .toString(),
        QStringLiteral("Hello {{name}}"));
    QCOMPARE(subject->text(), QStringLiteral("Hello {{name}}"));
    QCOMPARE(dialog->model()->rowCount(), 3);
    QCOMPARE(dialog->model()->versionAt(0).note, QStringLiteral("Restored from version 1"));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Close),
        Qt::LeftButton);
}

void TestTemplatesPane::deleteAndRename()
{
    m_pane = makePane({QStringLiteral("Old"), QStringLiteral("Other")});
    QVERIFY(m_pane);
    m_server->enqueue(ScriptedHttpServer::Reply::json(
        200, templateJson(QStringLiteral("Old"), QStringLiteral("s"), QStringLiteral("<p>o</p>"), {})));
    QSignalSpy opened(m_pane.get(), &Views::TemplatesPane::templateOpened);
    m_pane->selectTemplate(QStringLiteral("Old"));
    QVERIFY(opened.wait(5000));

    // Rename: new name in the dialog, a confirmation that says what happens, then get, create, delete.
    click(QStringLiteral("renameTemplateButton"));
    auto *dialog = m_pane->findChild<Views::TemplateNameDialog *>(QStringLiteral("templateNameDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Other"));
    QVERIFY(!ok->isEnabled()); // taken
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("New_Name"));
    QVERIFY(ok->isEnabled());
    m_server->enqueue(ScriptedHttpServer::Reply::json(
        200, templateJson(QStringLiteral("Old"), QStringLiteral("s"), QStringLiteral("<p>o</p>"), {})));
    m_boxes.enqueue(QMessageBox::Ok);
    QSignalSpy finished(m_pane.get(), &Views::TemplatesPane::actionFinished);
    const int before = static_cast<int>(m_server->requests().size());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.constFirst().constFirst().toBool());
    QVERIFY(m_boxes.shown().constLast().text.contains(QStringLiteral("SES cannot rename")));
    QCOMPARE(m_server->requests().size(), before + 3);
    QCOMPARE(m_server->requests().at(before).path(), QByteArray("/v2/email/templates/Old"));
    QCOMPARE(bodyOf(before + 1).value(QStringLiteral("TemplateName")).toString(), QStringLiteral("New_Name"));
    QCOMPARE(m_server->requests().at(before + 2).method, QByteArray("DELETE"));
    QCOMPARE(
        m_pane->templateModel()->templateNames(), (QStringList{QStringLiteral("New_Name"), QStringLiteral("Other")}));

    // Delete asks with the template's name; No keeps it, Yes deletes it.
    m_pane->selectTemplate(QStringLiteral("Other"));
    m_boxes.enqueue(QMessageBox::Cancel);
    click(QStringLiteral("deleteTemplateButton"));
    QCOMPARE(m_pane->templateModel()->rowCount(), 2);
    QVERIFY(m_boxes.shown().constLast().text.contains(QStringLiteral("\"Other\"")));
    m_boxes.enqueue(QMessageBox::Yes);
    QSignalSpy deleted(m_pane.get(), &Views::TemplatesPane::actionFinished);
    click(QStringLiteral("deleteTemplateButton"));
    QVERIFY(deleted.wait(5000));
    QCOMPARE(m_server->requests().constLast().path(), QByteArray("/v2/email/templates/Other"));
    QCOMPARE(m_pane->templateModel()->templateNames(), QStringList{QStringLiteral("New_Name")});
}

QTEST_MAIN(TestTemplatesPane)
#include "tst_templatespane.moc"
