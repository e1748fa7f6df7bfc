// Takes the README's screenshots of the template editor with a preview and of the Send test
// email dialog: builds the real main window over loopback servers (a scripted SES for the
// templates, the in-process Sandbox for the sends), drives it as a user would, and saves
// QWidget::grab() images. Run under xvfb-run by scripts/screenshots-templates.sh:
//
//     templates_screenshots OUTPUT_DIR [en|ko]
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "models/aws/Clock.h"
#include "models/connection/ProfileCatalog.h"
#include "models/connection/Session.h"
#include "models/items/TestSendHistoryModel.h"
#include "models/ses/MailAddress.h"
#include "models/ses/MimeMessageBuilder.h"
#include "models/ses/SesClient.h"
#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateRenderer.h"
#include "models/ses/TestSender.h"

#include "views/MainWindow.h"
#include "views/commands/SendTestEmailCommand.h"
#include "views/dialogs/SendTestEmailDialog.h"
#include "views/i18n/LanguageSettings.h"
#include "views/panes/PaneRegistry.h"
#include "views/panes/TemplatesPane.h"
#include "views/panes/templates/TemplateEditor.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"
#include "tests/support/ScriptedHttpServer.h"

using namespace TestSupport;

namespace
{

const QString Subject = QStringLiteral("Your order {{order.id}} is on its way, {{name}}");
const QString Html = QStringLiteral("<h2>Hello {{name}},</h2>\n"
                                    "<p>Good news: order <b>{{order.id}}</b> has shipped.</p>\n"
                                    "<table>\n"
                                    "{{#each items}}\n"
                                    "  <tr><td>{{qty}} ×</td><td>{{title}}</td></tr>\n"
                                    "{{/each}}\n"
                                    "</table>\n"
                                    "<p>Total: {{order.total}}</p>\n"
                                    "{{#if vip}}<p><i>Thanks for being a VIP customer!</i></p>{{/if}}\n"
                                    "<p><a href=\"{{amazonSESUnsubscribeUrl}}\">Unsubscribe</a></p>\n"
                                    "<img src=\"https://cdn.example.com/logo.png\" alt=\"Shop logo\">\n"
                                    "{{ses:openTracker}}");
const QString Text = QStringLiteral(
    "Hello {{name}},\n\nOrder {{order.id}} has shipped.\n{{#each items}}- {{qty}} x {{title}}\n{{/each}}\n"
    "Total: {{order.total}}\n\nUnsubscribe: {{amazonSESUnsubscribeUrl}}");
const QString SampleData = QStringLiteral(
    "{\n  \"name\": \"Ana\",\n  \"vip\": true,\n  \"order\": {\"id\": \"A-1042\", \"total\": \"€38.00\"},\n"
    "  \"items\": [\n    {\"qty\": 2, \"title\": \"Alpaca socks\"},\n    {\"qty\": 1, \"title\": \"Tea sampler\"}\n  "
    "]\n}");

/// What SES answers: the parts rendered, its own placeholders replaced (here by nothing).
QString render(const QString &part, const QJsonObject &data)
{
    Ses::TemplateRenderer::Options options;
    options.keepSesPlaceholders = false;
    return Ses::TemplateRenderer(options).render(Ses::TemplateDocument::parse(part), data).text;
}

int fail(const QString &why)
{
    QTextStream(stderr) << "templates_screenshots: " << why << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SesDeskScreenshots"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2)
        return fail(QStringLiteral("usage: templates_screenshots OUTPUT_DIR [en|ko]"));
    const QString out = args.at(1);
    const QString lang = args.value(2, QStringLiteral("en"));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("Preferences/language"), lang);
    Views::LanguageSettings language(
        &settings, lang == QLatin1String("ko") ? QStringLiteral("ko_KR") : QStringLiteral("en_US"));
    language.setChoice(lang == QLatin1String("ko") ? Views::LanguageSettings::Choice::Korean
                                                   : Views::LanguageSettings::Choice::English);
    Aws::SystemClock clock;
    QNetworkAccessManager network;
    ScriptedMessageBoxes boxes;
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    Connection::ProfileCatalog catalog(nullptr, nullptr, true);

    // ---- The template editor with a preview, over a scripted SES ----
    {
        ScriptedHttpServer ses;
        if (!ses.start())
            return fail(QStringLiteral("no loopback server"));
        QJsonArray items;
        for (const char *name : {"order-shipped", "password-reset", "weekly-digest", "welcome"})
            items.append(QJsonObject{{QStringLiteral("TemplateName"), QLatin1String(name)},
                {QStringLiteral("CreatedTimestamp"), 1717000000.0 + items.size() * 86400}});
        ses.enqueue(ScriptedHttpServer::Reply::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("TemplatesMetadata"), items}}).toJson()));
        ses.enqueue(ScriptedHttpServer::Reply::json(200,
            QJsonDocument(QJsonObject{{QStringLiteral("TemplateName"), QStringLiteral("order-shipped")},
                              {QStringLiteral("TemplateContent"),
                                  QJsonObject{{QStringLiteral("Subject"), Subject},
                                      {QStringLiteral("Html"), Html},
                                      {QStringLiteral("Text"), Text}}}})
                .toJson()));
        const QJsonObject data = QJsonDocument::fromJson(SampleData.toUtf8()).object();
        const QByteArray mime = Ses::MimeMessageBuilder()
                                    .setFrom(Ses::MailAddress::parse(QStringLiteral("shop@example.com")))
                                    .setSubject(render(Subject, data))
                                    .setTextBody(render(Text, data))
                                    .setHtmlBody(render(Html, data))
                                    .setBoundarySeed(42)
                                    .build();
        ses.enqueue(ScriptedHttpServer::Reply::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("RenderedTemplate"), QString::fromUtf8(mime)}}).toJson()));

        LoopbackSessionFactory factory(&network);
        factory.addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), ses.url());
        settings.setValue(QStringLiteral("MainWindow/pane"), QStringLiteral("templates"));
        Views::MainWindow::Dependencies deps;
        deps.sessions = &factory;
        deps.profiles = &catalog;
        deps.settings = &settings;
        deps.messageBoxes = &boxes;
        deps.clock = &clock;
        deps.network = &network;
        deps.dataDirectory = dir.filePath(QStringLiteral("data"));
        Views::MainWindow window(deps, registry);
        window.resize(1280, 900);
        window.show();
        auto *pane = qobject_cast<Views::TemplatesPane *>(window.pane(QStringLiteral("templates")));
        QSignalSpy loaded(pane, &Views::Pane::loaded);
        window.start(true);
        if (!loaded.wait(10000))
            return fail(QStringLiteral("the Templates pane did not load"));
        QSignalSpy opened(pane, &Views::TemplatesPane::templateOpened);
        pane->selectTemplate(QStringLiteral("order-shipped"));
        if (!opened.wait(10000))
            return fail(QStringLiteral("the template did not open"));
        auto *sample = pane->findChild<QPlainTextEdit *>(QStringLiteral("sampleDataEditor"));
        sample->setFocus();
        sample->insertPlainText(SampleData); // pasted: QTest cannot type "€"
        QSignalSpy previewed(pane, &Views::TemplatesPane::previewFinished);
        QTest::mouseClick(pane->findChild<QAbstractButton *>(QStringLiteral("renderPreviewButton")), Qt::LeftButton);
        if (!previewed.wait(10000) || !previewed.constFirst().constFirst().toBool())
            return fail(QStringLiteral("the preview failed"));
        QTest::qWait(800); // layout, highlighting and the checks settle
        const QString file = out + QStringLiteral("/template-editor-%1.png").arg(lang);
        if (!window.grab().save(file))
            return fail(QStringLiteral("cannot write ") + file);
        QTextStream(stdout) << "wrote " << file << Qt::endl;
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.hide();
    }

    // ---- The Send test email dialog, against the Sandbox ----
    {
        Sandbox::SandboxConfig config;
        config.accessKeyId = LoopbackSessionFactory::testAccessKeyId();
        config.secretAccessKey = LoopbackSessionFactory::testSecret();
        config.verifyDelaySeconds = 0;
        Sandbox::SandboxServer sandbox(config, clock);
        QString error;
        if (!sandbox.start(&error))
            return fail(error);
        LoopbackSessionFactory factory(&network);
        factory.addProfile(Connection::ProfileRef::sandbox(), QStringLiteral("Local Sandbox"), sandbox.url());
        settings.setValue(QStringLiteral("MainWindow/pane"), QStringLiteral("account"));
        Views::MainWindow::Dependencies deps;
        deps.sessions = &factory;
        deps.profiles = &catalog;
        deps.settings = &settings;
        deps.messageBoxes = &boxes;
        deps.clock = &clock;
        deps.network = &network;
        deps.dataDirectory = dir.filePath(QStringLiteral("data2"));
        Views::MainWindow window(deps, registry);
        window.resize(1280, 900);
        window.show();
        QSignalSpy changed(&window, &Views::MainWindow::sessionChanged);
        window.start(true);
        if (!changed.wait(10000) || !window.session())
            return fail(QStringLiteral("no session"));
        std::optional<Aws::Result<Ses::CreateEmailIdentityResult>> created;
        Ses::CreateEmailIdentityRequest request;
        request.emailIdentity = QStringLiteral("shop.example.com");
        window.session()->ses()->createEmailIdentity(request, &window, [&created](auto r) {
            created = r;
        });
        if (!QTest::qWaitFor(
                [&created] {
                    return created.has_value();
                },
                10000)
            || !created->ok())
            return fail(QStringLiteral("cannot create the identity"));
        window.findChild<QAction *>(QStringLiteral("sendTestEmailMenuAction"))->trigger();
        auto *dialog = window.findChild<Views::SendTestEmailDialog *>(QStringLiteral("sendTestEmailDialog"));
        if (!dialog
            || !QTest::qWaitFor(
                [dialog] {
                    return dialog->findChild<QComboBox *>(QStringLiteral("fromCombo"))->count() > 0;
                },
                10000))
            return fail(QStringLiteral("the dialog did not list the senders"));
        auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
        label->setFocus();
        QTest::keyClicks(label, QStringLiteral("release-42"));
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("runAllButton")), Qt::LeftButton);
        auto *table = dialog->findChild<QAbstractItemView *>(QStringLiteral("historyTable"));
        const bool done = QTest::qWaitFor(
            [table] {
                auto *model = qobject_cast<Items::TestSendHistoryModel *>(table->model());
                if (!model || model->rowCount() < 5)
                    return false;
                for (int r = 0; r < model->rowCount(); ++r) {
                    if (!Ses::TestSender::isSettled(model->recordAt(r)))
                        return false;
                }
                return true;
            },
            30000);
        if (!done)
            return fail(QStringLiteral("the test sends did not settle"));
        QTest::qWait(800);
        const QString file = out + QStringLiteral("/send-test-email-%1.png").arg(lang);
        if (!dialog->grab().save(file))
            return fail(QStringLiteral("cannot write ") + file);
        QTextStream(stdout) << "wrote " << file << Qt::endl;
        dialog->close();
    }
    return 0;
}
