// The Templates pane against the real Sandbox (in process, signed calls over loopback), driven as
// a user would: create a template in the editor, preview it with sample data and see the values
// substituted (rendered by the Sandbox's TestRenderEmailTemplate), save, reload the pane (and
// reopen it), edit, discard with confirmation, export it and import it back (into an account
// that lost it, too). What the pane did is checked in the Sandbox's own state, not in a request
// log. Also: a template created outside SesDesk opens in the editor, a preview whose data lacks
// a value shows SES's words, and a template SES rejects keeps the edits and shows SES's reason.
#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/Session.h"
#include "models/items/TemplateListModel.h"
#include "models/ses/SesClient.h"
#include "models/ses/TemplateJsonFile.h"
#include "models/ses/TemplateVersionStore.h"

#include "views/panes/TemplatesPane.h"
#include "views/panes/templates/TemplateEditor.h"
#include "views/widgets/ErrorBanner.h"
#include "views/widgets/SafeTextBrowser.h"

#include "tests/gui/panes/PaneFixture.h"
#include "tests/support/FindChild.h"

using namespace TestSupport;

class TestTemplatesPaneSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createPreviewSaveReloadEditDiscard();
    void exportAndReimport();
    void templatesCreatedElsewhereOpen();
    void previewShowsSesWordsForMissingData();
    void sesRejectionKeepsTheEdits();

private:
    std::unique_ptr<Views::TemplatesPane> makePane();
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
    /// Clicks Save and waits for the outcome.
    bool save()
    {
        QSignalSpy finished(m_pane.get(), &Views::TemplatesPane::actionFinished);
        QTest::mouseClick(child<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
        return finished.wait(10000) && finished.constFirst().constFirst().toBool();
    }
    /// The template as the Sandbox keeps it (GetEmailTemplate); the error text if it has none.
    Aws::Result<Ses::EmailTemplate> stored(const QString &name);
    /// The names ListEmailTemplates gives.
    QStringList storedNames();
    /// Creates a template directly in the Sandbox, as another tool would.
    QString createInSandbox(const QString &name, const Ses::EmailTemplateContent &content);
    Ses::AccountScope scope() const
    {
        return {Connection::ProfileRef::sandbox().key(), QStringLiteral("us-east-1")};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PaneFixture> m_fixture;
    std::shared_ptr<Connection::Session> m_session;
    std::unique_ptr<Views::TemplatesPane> m_pane;
};

void TestTemplatesPaneSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fixture = std::make_unique<PaneFixture>();
    const QString error = m_fixture->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_session = m_fixture->openSession();
    QVERIFY(m_session);
}

void TestTemplatesPaneSandbox::cleanup()
{
    m_pane.reset();
    m_session.reset();
    m_fixture.reset();
    m_dir.reset();
}

std::unique_ptr<Views::TemplatesPane> TestTemplatesPaneSandbox::makePane()
{
    Views::PaneContext context = m_fixture->context();
    context.dataDirectory = m_dir->path();
    auto pane = std::make_unique<Views::TemplatesPane>(context);
    pane->setFileDialogs(&m_fixture->files);
    pane->resize(1200, 800);
    pane->show();
    pane->setSession(m_session);
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    if (!loaded.wait(10000))
        return nullptr;
    return pane;
}

Aws::Result<Ses::EmailTemplate> TestTemplatesPaneSandbox::stored(const QString &name)
{
    std::optional<Aws::Result<Ses::EmailTemplate>> result;
    QObject context;
    m_session->ses()->getEmailTemplate(name, &context, [&result](Aws::Result<Ses::EmailTemplate> r) {
        result = std::move(r);
    });
    if (!QTest::qWaitFor(
            [&result] {
                return result.has_value();
            },
            10000))
        return Aws::Result<Ses::EmailTemplate>::cancelled();
    return *result;
}

QStringList TestTemplatesPaneSandbox::storedNames()
{
    std::optional<Aws::Result<Ses::EmailTemplateList>> result;
    QObject context;
    m_session->ses()->listAllEmailTemplates(&context, [&result](Aws::Result<Ses::EmailTemplateList> r) {
        result = std::move(r);
    });
    if (!QTest::qWaitFor(
            [&result] {
                return result.has_value();
            },
            10000)
        || !result->ok())
        return {QStringLiteral("<ListEmailTemplates failed>")};
    QStringList names;
    for (const Ses::EmailTemplateMetadata &m : result->value().templates)
        names.append(m.templateName);
    return names;
}

QString TestTemplatesPaneSandbox::createInSandbox(const QString &name, const Ses::EmailTemplateContent &content)
{
    std::optional<QString> outcome;
    QObject context;
    Ses::EmailTemplate t;
    t.templateName = name;
    t.content = content;
    m_session->ses()->createEmailTemplate(t, &context, [&outcome](Aws::Result<Aws::Empty> r) {
        outcome = r.ok() ? QString() : (r.isError() ? r.error().toString() : QStringLiteral("cancelled"));
    });
    if (!QTest::qWaitFor(
            [&outcome] {
                return outcome.has_value();
            },
            10000))
        return QStringLiteral("timeout");
    return *outcome;
}

void TestTemplatesPaneSandbox::createPreviewSaveReloadEditDiscard()
{
    QCOMPARE(createInSandbox(QStringLiteral("Existing"), {QStringLiteral("s"), QStringLiteral("t"), {}}), QString());
    m_pane = makePane();
    QVERIFY(m_pane);
    QCOMPARE(m_pane->templateModel()->templateNames(), QStringList{QStringLiteral("Existing")});

    // A new template, typed in.
    click(QStringLiteral("newTemplateButton"));
    QVERIFY(m_pane->editor()->isNew());
    type(QStringLiteral("templateNameEdit"), QStringLiteral("Welcome"));
    type(QStringLiteral("subjectEdit"), QStringLiteral("Hello {{name}}"));
    type(QStringLiteral("htmlPartEdit"), QStringLiteral("<h1>Hi {{name}}</h1><p>Order {{order.id}}</p>"));
    type(QStringLiteral("textPartEdit"), QStringLiteral("Hi {{name}}, order {{order.id}}"));
    QVERIFY(m_pane->hasUnsavedChanges());
    auto *variables = child<QListWidget>(QStringLiteral("variablesList"));
    QTRY_VERIFY(variables->count() == 2 && variables->item(0)->text() == QStringLiteral("name (printed)")
        && variables->item(1)->text() == QStringLiteral("order.id (printed)"));

    // Sample data, checked as typed.
    type(QStringLiteral("sampleDataEditor"), QStringLiteral("{\"name\": \"Ana\", \"order\": {\"id\": \"A-1042\"}"));
    auto *status = child<QLabel>(QStringLiteral("jsonStatusLabel"));
    QVERIFY2(status->text().startsWith(QStringLiteral("Line 1, column ")), qPrintable(status->text()));
    type(QStringLiteral("sampleDataEditor"), QStringLiteral("}"));
    QCOMPARE(status->text(), QStringLiteral("Valid JSON."));

    // Preview: the Sandbox renders the unsaved edits with the sample data.
    QSignalSpy previewed(m_pane.get(), &Views::TemplatesPane::previewFinished);
    click(QStringLiteral("renderPreviewButton"));
    QVERIFY(previewed.wait(10000));
    QVERIFY2(previewed.constFirst().constFirst().toBool(),
        qPrintable(child<QLabel>(QStringLiteral("previewStatusLabel"))->text()));
    auto *html = child<Views::SafeTextBrowser>(QStringLiteral("previewHtmlBrowser"));
    QVERIFY2(html->toPlainText().contains(QStringLiteral("Hi Ana")), qPrintable(html->toPlainText()));
    QVERIFY2(html->toPlainText().contains(QStringLiteral("Order A-1042")), qPrintable(html->toPlainText()));
    QVERIFY(!html->toPlainText().contains(QStringLiteral("{{")));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("previewTextView"))->toPlainText().trimmed(),
        QStringLiteral("Hi Ana, order A-1042"));
    const QString mime = child<QPlainTextEdit>(QStringLiteral("previewMimeView"))->toPlainText();
    QVERIFY2(mime.contains(QStringLiteral("Subject: Hello Ana")), qPrintable(mime));
    QVERIFY(mime.contains(QStringLiteral("multipart/alternative")));
    // The preview used a scratch template that is gone again; nothing was saved yet.
    QCOMPARE(storedNames(), QStringList{QStringLiteral("Existing")});
    QVERIFY(m_pane->hasUnsavedChanges());

    // Save: the Sandbox has exactly what was typed; a local snapshot is kept.
    QVERIFY(save());
    const auto saved = stored(QStringLiteral("Welcome"));
    QVERIFY2(saved.ok(), qPrintable(saved.isError() ? saved.error().toString() : QString()));
    QCOMPARE(saved.value().content.subject, QStringLiteral("Hello {{name}}"));
    QCOMPARE(saved.value().content.html, QStringLiteral("<h1>Hi {{name}}</h1><p>Order {{order.id}}</p>"));
    QCOMPARE(saved.value().content.text, QStringLiteral("Hi {{name}}, order {{order.id}}"));
    QVERIFY(!m_pane->hasUnsavedChanges());
    QCOMPARE(child<QLabel>(QStringLiteral("editorStateLabel"))->text(), QStringLiteral("Saved."));
    Ses::TemplateVersionStore history(m_dir->path(), &m_fixture->clock);
    QCOMPARE(history.versions(scope(), QStringLiteral("Welcome")).value().size(), 1);

    // Reload: the list comes back from the Sandbox with both; the editor keeps Welcome.
    QSignalSpy loaded(m_pane.get(), &Views::Pane::loaded);
    m_pane->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(
        m_pane->templateModel()->templateNames(), (QStringList{QStringLiteral("Existing"), QStringLiteral("Welcome")}));
    QCOMPARE(m_pane->selectedTemplate(), QStringLiteral("Welcome"));

    // A pane opened afresh reads it back from the Sandbox.
    m_pane.reset();
    m_pane = makePane();
    QVERIFY(m_pane);
    QSignalSpy opened(m_pane.get(), &Views::TemplatesPane::templateOpened);
    m_pane->selectTemplate(QStringLiteral("Welcome"));
    QVERIFY(opened.wait(10000));
    auto *htmlEdit = child<QPlainTextEdit>(QStringLiteral("htmlPartEdit"));
    QCOMPARE(htmlEdit->toPlainText(), QStringLiteral("<h1>Hi {{name}}</h1><p>Order {{order.id}}</p>"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("subjectEdit"))->text(), QStringLiteral("Hello {{name}}"));
    QVERIFY(!m_pane->hasUnsavedChanges());

    // Edit, then discard: the confirmation first says no, then yes; the Sandbox never sees it.
    htmlEdit->moveCursor(QTextCursor::End);
    type(QStringLiteral("htmlPartEdit"), QStringLiteral("<p>more</p>"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QCOMPARE(child<QLabel>(QStringLiteral("editorStateLabel"))->text(), QStringLiteral("Unsaved changes."));
    m_fixture->boxes.enqueue(QMessageBox::Cancel);
    click(QStringLiteral("discardButton"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QCOMPARE(htmlEdit->toPlainText(), QStringLiteral("<h1>Hi {{name}}</h1><p>Order {{order.id}}</p><p>more</p>"));
    m_fixture->boxes.enqueue(QMessageBox::Discard);
    click(QStringLiteral("discardButton"));
    QVERIFY(!m_pane->hasUnsavedChanges());
    QCOMPARE(htmlEdit->toPlainText(), QStringLiteral("<h1>Hi {{name}}</h1><p>Order {{order.id}}</p>"));
    QCOMPARE(m_fixture->boxes.shown().size(), 2);
    QVERIFY(m_fixture->boxes.shown().constLast().text.contains(QStringLiteral("\"Welcome\"")));
    QCOMPARE(stored(QStringLiteral("Welcome")).value().content.html,
        QStringLiteral("<h1>Hi {{name}}</h1><p>Order {{order.id}}</p>"));

    // An edit that is saved reaches the Sandbox.
    htmlEdit->moveCursor(QTextCursor::End);
    type(QStringLiteral("htmlPartEdit"), QStringLiteral("<p>See you soon</p>"));
    QVERIFY(save());
    QCOMPARE(stored(QStringLiteral("Welcome")).value().content.html,
        QStringLiteral("<h1>Hi {{name}}</h1><p>Order {{order.id}}</p><p>See you soon</p>"));
    QCOMPARE(history.versions(scope(), QStringLiteral("Welcome")).value().size(), 2);
}

void TestTemplatesPaneSandbox::exportAndReimport()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    click(QStringLiteral("newTemplateButton"));
    type(QStringLiteral("templateNameEdit"), QStringLiteral("Welcome"));
    type(QStringLiteral("subjectEdit"), QStringLiteral("Hello {{name}}"));
    type(QStringLiteral("htmlPartEdit"), QStringLiteral("<h1>Hi {{name}}</h1>"));
    type(QStringLiteral("textPartEdit"), QStringLiteral("Hi {{name}}"));
    QVERIFY(save());

    // Export writes the AWS CLI's --cli-input-json format with what the Sandbox has.
    const QString file = m_dir->filePath(QStringLiteral("exports/Welcome.json"));
    m_fixture->files.enqueue(file);
    click(QStringLiteral("exportTemplateButton"));
    QCOMPARE(m_fixture->files.suggestions().constLast(), QStringLiteral("Welcome.json"));
    const auto exported = Ses::TemplateJsonFile::read(file);
    QVERIFY(exported.ok());
    QCOMPARE(exported.value().templateName, QStringLiteral("Welcome"));
    QCOMPARE(exported.value().content, stored(QStringLiteral("Welcome")).value().content);

    // Changed in the file (as in version control) and imported: an unsaved change of the
    // existing template, which saving sends to the Sandbox.
    Ses::EmailTemplate changed = exported.value();
    changed.content.html = QStringLiteral("<h1>Welcome back, {{name}}</h1>");
    QVERIFY(Ses::TemplateJsonFile::write(file, changed).ok());
    m_fixture->files.enqueue(file);
    QSignalSpy opened(m_pane.get(), &Views::TemplatesPane::templateOpened);
    click(QStringLiteral("importTemplateButton"));
    QVERIFY(opened.wait(10000));
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("htmlPartEdit"))->toPlainText(),
        QStringLiteral("<h1>Welcome back, {{name}}</h1>"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QVERIFY(!m_pane->editor()->isNew());
    QCOMPARE(stored(QStringLiteral("Welcome")).value().content.html, QStringLiteral("<h1>Hi {{name}}</h1>"));
    QVERIFY(save());
    QCOMPARE(stored(QStringLiteral("Welcome")).value().content, changed.content);

    // Into an account that does not have it (deleted in the Sandbox behind the pane's back): it
    // opens as a new template, and saving creates it again.
    std::optional<bool> deleted;
    m_session->ses()->deleteEmailTemplate(QStringLiteral("Welcome"), this, [&deleted](auto r) {
        deleted = r.ok();
    });
    QTRY_VERIFY(deleted.has_value());
    QVERIFY(*deleted);
    QSignalSpy loaded(m_pane.get(), &Views::Pane::loaded);
    m_pane->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_pane->templateModel()->rowCount(), 0);
    m_fixture->files.enqueue(file);
    click(QStringLiteral("importTemplateButton"));
    QTRY_VERIFY(m_pane->editor()->hasTemplate() && m_pane->editor()->isNew());
    QCOMPARE(child<QLineEdit>(QStringLiteral("templateNameEdit"))->text(), QStringLiteral("Welcome"));
    QVERIFY(save());
    QCOMPARE(stored(QStringLiteral("Welcome")).value().content, changed.content);
    QCOMPARE(m_pane->templateModel()->templateNames(), QStringList{QStringLiteral("Welcome")});
}

void TestTemplatesPaneSandbox::templatesCreatedElsewhereOpen()
{
    const Ses::EmailTemplateContent content{QStringLiteral("Ihre Bestellung {{order.id}}"),
        QStringLiteral("Hallo {{name}}"),
        QStringLiteral("<p>Hallo {{name}}</p>{{#each items}}<li>{{this}}</li>{{/each}}")};
    QCOMPARE(createInSandbox(QStringLiteral("FromElsewhere"), content), QString());
    m_pane = makePane();
    QVERIFY(m_pane);
    QSignalSpy opened(m_pane.get(), &Views::TemplatesPane::templateOpened);
    m_pane->selectTemplate(QStringLiteral("FromElsewhere"));
    QVERIFY(opened.wait(10000));
    QCOMPARE(child<QLineEdit>(QStringLiteral("subjectEdit"))->text(), content.subject);
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("htmlPartEdit"))->toPlainText(), content.html);
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("textPartEdit"))->toPlainText(), content.text);
    QVERIFY(!m_pane->hasUnsavedChanges());
    auto *variables = child<QListWidget>(QStringLiteral("variablesList"));
    QTRY_VERIFY(variables->count() >= 3);
    QStringList listed;
    for (int i = 0; i < variables->count(); ++i)
        listed << variables->item(i)->text();
    const QString all = listed.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("name")) && all.contains(QStringLiteral("order.id"))
            && all.contains(QStringLiteral("items")),
        qPrintable(all));

    // The stored template previews as it is.
    type(QStringLiteral("sampleDataEditor"),
        QStringLiteral("{\"name\": \"Jonas\", \"order\": {\"id\": \"B-7\"}, \"items\": [\"Tee\", \"Kaffee\"]}"));
    QSignalSpy previewed(m_pane.get(), &Views::TemplatesPane::previewFinished);
    click(QStringLiteral("renderPreviewButton"));
    QVERIFY(previewed.wait(10000));
    QVERIFY(previewed.constFirst().constFirst().toBool());
    const QString html = child<Views::SafeTextBrowser>(QStringLiteral("previewHtmlBrowser"))->toPlainText();
    QVERIFY2(html.contains(QStringLiteral("Hallo Jonas")) && html.contains(QStringLiteral("Kaffee")), qPrintable(html));
    QVERIFY(child<QPlainTextEdit>(QStringLiteral("previewMimeView"))
                ->toPlainText()
                .contains(QStringLiteral("Subject: Ihre Bestellung B-7")));
}

void TestTemplatesPaneSandbox::previewShowsSesWordsForMissingData()
{
    QCOMPARE(
        createInSandbox(QStringLiteral("Greeting"), {QStringLiteral("Hi {{name}}"), QStringLiteral("Hi {{name}}"), {}}),
        QString());
    m_pane = makePane();
    QVERIFY(m_pane);
    QSignalSpy opened(m_pane.get(), &Views::TemplatesPane::templateOpened);
    m_pane->selectTemplate(QStringLiteral("Greeting"));
    QVERIFY(opened.wait(10000));
    type(QStringLiteral("sampleDataEditor"), QStringLiteral("{\"nom\": \"Ana\"}"));
    QSignalSpy previewed(m_pane.get(), &Views::TemplatesPane::previewFinished);
    click(QStringLiteral("renderPreviewButton"));
    QVERIFY(previewed.wait(10000));
    QVERIFY(!previewed.constFirst().constFirst().toBool());
    const QString why = child<QLabel>(QStringLiteral("previewStatusLabel"))->text();
    QVERIFY2(why.contains(QStringLiteral("Attribute 'name' is not present in the rendering data.")), qPrintable(why));
}

void TestTemplatesPaneSandbox::sesRejectionKeepsTheEdits()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    click(QStringLiteral("newTemplateButton"));
    type(QStringLiteral("templateNameEdit"), QStringLiteral("Tracked"));
    type(QStringLiteral("subjectEdit"), QStringLiteral("Hi"));
    type(QStringLiteral("htmlPartEdit"), QStringLiteral("<p>{{ses:openTracker}}{{ses:openTracker}}</p>"));
    auto *findings = child<QListWidget>(QStringLiteral("findingsList"));
    QTRY_VERIFY(findings->count() > 0);
    // Saving anyway: the Sandbox refuses as SES does, its reason is shown, nothing is lost.
    m_fixture->boxes.enqueue(QMessageBox::Save);
    QVERIFY(!save());
    QCOMPARE(m_fixture->boxes.shown().constLast().title, QStringLiteral("Template has problems"));
    QVERIFY(m_pane->errorBanner()->isVisible());
    QVERIFY2(m_pane->errorBanner()->error().message.contains(QStringLiteral("openTracker")),
        qPrintable(m_pane->errorBanner()->error().message));
    QCOMPARE(m_pane->errorBanner()->error().code, QStringLiteral("BadRequestException"));
    QVERIFY(m_pane->hasUnsavedChanges());
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("htmlPartEdit"))->toPlainText(),
        QStringLiteral("<p>{{ses:openTracker}}{{ses:openTracker}}</p>"));
    QVERIFY(storedNames().isEmpty());
}

QTEST_MAIN(TestTemplatesPaneSandbox)
#include "tst_templatespanesandbox.moc"
