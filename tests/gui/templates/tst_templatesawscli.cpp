// Templates move between SesDesk and the AWS CLI, against a sesdesk-sandbox process: a template
// the AWS CLI created (`aws sesv2 create-email-template`) opens in the Templates pane's editor
// with its parts and previews; a template made in the editor and exported by the pane is
// accepted by `aws sesv2 create-email-template --cli-input-json file://...`, and what the AWS
// CLI then reads back is what was typed.
#include <QAbstractButton>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/aws/Clock.h"
#include "models/connection/Session.h"
#include "models/items/TemplateListModel.h"
#include "models/ses/TemplateJsonFile.h"

#include "views/panes/TemplatesPane.h"
#include "views/panes/templates/TemplateEditor.h"
#include "views/widgets/SafeTextBrowser.h"

#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedFileDialogs.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/CliRunner.h"
#include "tests/support/FindChild.h"
#include "tests/support/SandboxProcess.h"

using namespace TestSupport;

class TestTemplatesAwsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void awsCliTemplateOpensInTheEditor();
    void exportIsAcceptedByTheAwsCli();

private:
    std::unique_ptr<Views::TemplatesPane> makePane();
    template <typename T> T *child(const QString &name) const
    {
        return TestSupport::child<T>(m_pane.get(), name);
    }
    void type(const QString &name, const QString &text)
    {
        QWidget *w = child<QWidget>(name);
        w->setFocus();
        QTest::keyClicks(w, text);
    }
    CliRun aws(const QStringList &arguments)
    {
        return m_cli->aws(m_sandbox.awsArguments() + arguments);
    }
    static QString describe(const CliRun &r)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(QString::number(r.exitCode), r.out, r.err);
    }

    SandboxProcess m_sandbox{{QStringLiteral("--verify-delay"),
        QStringLiteral("0"),
        QStringLiteral("--check-responses"),
        QStringLiteral("--access-key-id"),
        LoopbackSessionFactory::testAccessKeyId(),
        QStringLiteral("--secret-access-key"),
        LoopbackSessionFactory::testSecret()}};
    std::unique_ptr<CliRunner> m_cli;
    Aws::SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<LoopbackSessionFactory> m_factory;
    std::shared_ptr<Connection::Session> m_session;
    std::unique_ptr<QTemporaryDir> m_dir;
    ScriptedMessageBoxes m_boxes;
    ScriptedFileDialogs m_files;
    std::unique_ptr<Views::TemplatesPane> m_pane;
};

void TestTemplatesAwsCli::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    QCOMPARE(m_sandbox.accessKeyId(), LoopbackSessionFactory::testAccessKeyId());
    m_cli = std::make_unique<CliRunner>(m_sandbox.awsEnvironment());
    m_factory = std::make_unique<LoopbackSessionFactory>(&m_network);
    m_factory->addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), m_sandbox.url());
    m_factory->open(Connection::ProfileRef::sandbox(), m_sandbox.region(), this, [this](auto r) {
        if (r.ok())
            m_session = r.value();
    });
    QTRY_VERIFY(m_session);
}

void TestTemplatesAwsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_boxes.clear();
}

void TestTemplatesAwsCli::cleanup()
{
    m_pane.reset();
    m_dir.reset();
}

std::unique_ptr<Views::TemplatesPane> TestTemplatesAwsCli::makePane()
{
    Views::PaneContext context{&m_boxes, nullptr, &m_clock, nullptr, &m_network, m_dir->path()};
    auto pane = std::make_unique<Views::TemplatesPane>(context);
    pane->setFileDialogs(&m_files);
    pane->resize(1200, 800);
    pane->show();
    pane->setSession(m_session);
    QSignalSpy loaded(pane.get(), &Views::Pane::loaded);
    pane->reload();
    if (!loaded.wait(10000))
        return nullptr;
    return pane;
}

void TestTemplatesAwsCli::awsCliTemplateOpensInTheEditor()
{
    const QJsonObject content{{QStringLiteral("Subject"), QStringLiteral("Bestellung {{order.id}} · ünïcødé")},
        {QStringLiteral("Text"), QStringLiteral("Hallo {{name}},\nIhre Bestellung ist unterwegs.")},
        {QStringLiteral("Html"), QStringLiteral("<p>Hallo {{name}}</p>{{#if vip}}<p>VIP</p>{{/if}}")}};
    const CliRun created = aws({QStringLiteral("sesv2"),
        QStringLiteral("create-email-template"),
        QStringLiteral("--template-name"),
        QStringLiteral("FromAwsCli"),
        QStringLiteral("--template-content"),
        QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact))});
    QVERIFY2(created.exitCode == 0, qPrintable(describe(created)));

    m_pane = makePane();
    QVERIFY(m_pane);
    QVERIFY(m_pane->templateModel()->templateNames().contains(QStringLiteral("FromAwsCli")));
    QSignalSpy opened(m_pane.get(), &Views::TemplatesPane::templateOpened);
    m_pane->selectTemplate(QStringLiteral("FromAwsCli"));
    QVERIFY(opened.wait(10000));
    QCOMPARE(child<QLineEdit>(QStringLiteral("templateNameEdit"))->text(), QStringLiteral("FromAwsCli"));
    QCOMPARE(
        child<QLineEdit>(QStringLiteral("subjectEdit"))->text(), content.value(QStringLiteral("Subject")).toString());
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("textPartEdit"))->toPlainText(),
        content.value(QStringLiteral("Text")).toString());
    QCOMPARE(child<QPlainTextEdit>(QStringLiteral("htmlPartEdit"))->toPlainText(),
        content.value(QStringLiteral("Html")).toString());
    QVERIFY(!m_pane->hasUnsavedChanges());

    // It previews with sample data, rendered by the Sandbox.
    type(QStringLiteral("sampleDataEditor"),
        QStringLiteral("{\"name\": \"Jonas\", \"vip\": true, \"order\": {\"id\": \"B-7\"}}"));
    QSignalSpy previewed(m_pane.get(), &Views::TemplatesPane::previewFinished);
    QTest::mouseClick(child<QAbstractButton>(QStringLiteral("renderPreviewButton")), Qt::LeftButton);
    QVERIFY(previewed.wait(10000));
    QVERIFY2(previewed.constFirst().constFirst().toBool(),
        qPrintable(child<QLabel>(QStringLiteral("previewStatusLabel"))->text()));
    const QString html = child<Views::SafeTextBrowser>(QStringLiteral("previewHtmlBrowser"))->toPlainText();
    QVERIFY2(html.contains(QStringLiteral("Hallo Jonas")) && html.contains(QStringLiteral("VIP")), qPrintable(html));
}

void TestTemplatesAwsCli::exportIsAcceptedByTheAwsCli()
{
    m_pane = makePane();
    QVERIFY(m_pane);
    QTest::mouseClick(child<QAbstractButton>(QStringLiteral("newTemplateButton")), Qt::LeftButton);
    type(QStringLiteral("templateNameEdit"), QStringLiteral("MadeInSesDesk"));
    type(QStringLiteral("subjectEdit"), QStringLiteral("Hello {{name}}"));
    type(QStringLiteral("htmlPartEdit"),
        QStringLiteral("<h1>Hi {{name}}</h1>{{#each items}}<li>{{this}}</li>{{/each}}"));
    type(QStringLiteral("textPartEdit"), QStringLiteral("Hi {{name}}"));
    QSignalSpy finished(m_pane.get(), &Views::TemplatesPane::actionFinished);
    QTest::mouseClick(child<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.constFirst().constFirst().toBool());

    const QString file = m_dir->filePath(QStringLiteral("MadeInSesDesk.json"));
    m_files.enqueue(file);
    QTest::mouseClick(child<QAbstractButton>(QStringLiteral("exportTemplateButton")), Qt::LeftButton);
    QVERIFY(QFile::exists(file));

    // Into "another account": the template is gone from the Sandbox, then the AWS CLI creates it
    // from SesDesk's file as it is.
    CliRun run = aws({QStringLiteral("sesv2"),
        QStringLiteral("delete-email-template"),
        QStringLiteral("--template-name"),
        QStringLiteral("MadeInSesDesk")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = aws({QStringLiteral("sesv2"),
        QStringLiteral("create-email-template"),
        QStringLiteral("--cli-input-json"),
        QStringLiteral("file://") + file});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    run = aws({QStringLiteral("sesv2"),
        QStringLiteral("get-email-template"),
        QStringLiteral("--template-name"),
        QStringLiteral("MadeInSesDesk")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QJsonObject got = run.json().object().value(QStringLiteral("TemplateContent")).toObject();
    QCOMPARE(got.value(QStringLiteral("Subject")).toString(), QStringLiteral("Hello {{name}}"));
    QCOMPARE(got.value(QStringLiteral("Html")).toString(),
        QStringLiteral("<h1>Hi {{name}}</h1>{{#each items}}<li>{{this}}</li>{{/each}}"));
    QCOMPARE(got.value(QStringLiteral("Text")).toString(), QStringLiteral("Hi {{name}}"));

    // The AWS CLI refuses the same file again with SES's words (the name is taken).
    run = aws({QStringLiteral("sesv2"),
        QStringLiteral("create-email-template"),
        QStringLiteral("--cli-input-json"),
        QStringLiteral("file://") + file});
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(QStringLiteral("AlreadyExistsException")), qPrintable(run.err));
}

QTEST_MAIN(TestTemplatesAwsCli)
#include "tst_templatesawscli.moc"
