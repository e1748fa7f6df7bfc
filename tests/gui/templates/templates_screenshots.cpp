// Takes the README's screenshots of the template editor with a preview and of the Send test
// email dialog: builds the real main window over the in-process Sandbox (templates created in
// it, the preview rendered by its TestRenderEmailTemplate, the outcomes from its captured mail),
// drives it as a user would, and saves QWidget::grab() images, in English or Korean (the
// Korean run previews a Korean template). Run under xvfb-run by scripts/screenshots/templates.sh:
//
//     templates_screenshots OUTPUT_DIR [en|ko]
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "models/aws/Clock.h"
#include "models/connection/ProfileCatalog.h"
#include "models/connection/Session.h"
#include "models/items/TestSendHistoryModel.h"
#include "models/ses/SesClient.h"
#include "models/ses/TestSender.h"

#include "views/MainWindow.h"
#include "views/commands/SendTestEmailCommand.h"
#include "views/dialogs/SendTestEmailDialog.h"
#include "views/i18n/LanguageSettings.h"
#include "views/panes/PaneRegistry.h"
#include "views/panes/TemplatesPane.h"

#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxServer.h"
#include "tests/gui/support/LoopbackSessionFactory.h"
#include "tests/gui/support/ScriptedMessageBoxes.h"

using namespace TestSupport;

namespace
{

/// A template and the sample data its screenshot previews it with.
struct Example {
    QString name;
    QString subject;
    QString html;
    QString text;
    QString sampleData;
};

Example english()
{
    return {QStringLiteral("order-shipped"),
        QStringLiteral("Your order {{order.id}} is on its way, {{name}}"),
        QStringLiteral("<h2>Hello {{name}},</h2>\n"
                       "<p>Good news: order <b>{{order.id}}</b> has shipped.</p>\n"
                       "<table>\n"
                       "{{#each items}}\n"
                       "  <tr><td>{{qty}} ×</td><td>{{title}}</td></tr>\n"
                       "{{/each}}\n"
                       "</table>\n"
                       "<p>Total: {{order.total}}</p>\n"
                       "{{#if vip}}<p><i>Thanks for being a VIP customer!</i></p>{{/if}}\n"
                       "<p><a href=\"{{amazonSESUnsubscribeUrl}}\">Unsubscribe</a></p>\n"
                       "<img src=\"https://cdn.example.com/logo.png\" alt=\"Shop logo\">"),
        QStringLiteral("Hello {{name}},\n\nOrder {{order.id}} has shipped.\n{{#each items}}- {{qty}} x {{title}}\n"
                       "{{/each}}\nTotal: {{order.total}}\n\nUnsubscribe: {{amazonSESUnsubscribeUrl}}"),
        QStringLiteral("{\n  \"name\": \"Ana\",\n  \"vip\": true,\n  \"order\": {\"id\": \"A-1042\", \"total\": "
                       "\"€38.00\"},\n  \"items\": [\n    {\"qty\": 2, \"title\": \"Alpaca socks\"},\n    {\"qty\": 1, "
                       "\"title\": \"Tea sampler\"}\n  ]\n}")};
}

Example korean()
{
    return {QStringLiteral("order-shipped-ko"),
        QStringLiteral("{{name}}님, 주문 {{order.id}}이(가) 발송되었습니다"),
        QStringLiteral("<h2>{{name}}님, 안녕하세요.</h2>\n"
                       "<p>주문 <b>{{order.id}}</b>이(가) 발송되었습니다.</p>\n"
                       "<table>\n"
                       "{{#each items}}\n"
                       "  <tr><td>{{title}}</td><td>{{qty}}개</td></tr>\n"
                       "{{/each}}\n"
                       "</table>\n"
                       "<p>합계: {{order.total}}</p>\n"
                       "{{#if vip}}<p><i>VIP 고객님께 감사드립니다!</i></p>{{/if}}\n"
                       "<p><a href=\"{{amazonSESUnsubscribeUrl}}\">수신 거부</a></p>\n"
                       "<img src=\"https://cdn.example.com/logo.png\" alt=\"로고\">"),
        QStringLiteral("{{name}}님, 안녕하세요.\n\n주문 {{order.id}}이(가) 발송되었습니다.\n{{#each items}}- {{title}} "
                       "{{qty}}개\n{{/each}}\n합계: {{order.total}}\n\n수신 거부: {{amazonSESUnsubscribeUrl}}"),
        QStringLiteral("{\n  \"name\": \"김지민\",\n  \"vip\": true,\n  \"order\": {\"id\": \"KR-2087\", \"total\": "
                       "\"₩48,000\"},\n  \"items\": [\n    {\"qty\": 2, \"title\": \"녹차 세트\"},\n    {\"qty\": 1, "
                       "\"title\": \"머그컵\"}\n  ]\n}")};
}

int fail(const QString &why)
{
    QTextStream(stderr) << "templates_screenshots: " << why << Qt::endl;
    return 1;
}

/// Waits for an SES call made with call(callback); true when it succeeded.
template <typename R, typename Call> bool succeeds(Call call)
{
    std::optional<bool> ok;
    call([&ok](R r) {
        ok = r.ok();
    });
    return QTest::qWaitFor(
               [&ok] {
                   return ok.has_value();
               },
               10000)
        && *ok;
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
    const bool ko = lang == QLatin1String("ko");
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("Preferences/language"), lang);
    Views::LanguageSettings language(&settings, ko ? QStringLiteral("ko_KR") : QStringLiteral("en_US"));
    language.setChoice(ko ? Views::LanguageSettings::Choice::Korean : Views::LanguageSettings::Choice::English);
    Aws::SystemClock clock;
    QNetworkAccessManager network;
    ScriptedMessageBoxes boxes;
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    Connection::ProfileCatalog catalog(nullptr, nullptr, true);

    // The Sandbox, with a verified sender and the templates of a small shop.
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
    std::shared_ptr<Connection::Session> setup;
    QObject context;
    factory.open(Connection::ProfileRef::sandbox(), sandbox.region(), &context, [&setup](auto r) {
        if (r.ok())
            setup = r.value();
    });
    if (!QTest::qWaitFor(
            [&setup] {
                return setup != nullptr;
            },
            10000))
        return fail(QStringLiteral("no session"));
    Ses::CreateEmailIdentityRequest identity;
    identity.emailIdentity = QStringLiteral("shop.example.com");
    if (!succeeds<Aws::Result<Ses::CreateEmailIdentityResult>>([&](auto done) {
            setup->ses()->createEmailIdentity(identity, &context, done);
        }))
        return fail(QStringLiteral("cannot create the identity"));
    const Example example = ko ? korean() : english();
    auto make = [](const QString &name, const QString &subject, const QString &text, const QString &html) {
        Ses::EmailTemplate t;
        t.templateName = name;
        t.content = {subject, text, html};
        return t;
    };
    const QList<Ses::EmailTemplate> templates{make(example.name, example.subject, example.text, example.html),
        make(QStringLiteral("password-reset"),
            QStringLiteral("Reset your password"),
            QStringLiteral("Open {{link}} within an hour."),
            {}),
        make(QStringLiteral("weekly-digest"),
            QStringLiteral("This week at the shop"),
            QStringLiteral("{{#each news}}- {{this}}\n{{/each}}"),
            QStringLiteral("<ul>{{#each news}}<li>{{this}}</li>{{/each}}</ul>")),
        make(QStringLiteral("welcome"),
            QStringLiteral("Welcome, {{name}}"),
            QStringLiteral("Hello {{name}}, welcome aboard."),
            QStringLiteral("<p>Hello {{name}}, welcome aboard.</p>"))};
    for (const Ses::EmailTemplate &t : templates) {
        if (!succeeds<Aws::Result<Aws::Empty>>([&](auto done) {
                setup->ses()->createEmailTemplate(t, &context, done);
            }))
            return fail(QStringLiteral("cannot create the template ") + t.templateName);
    }

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

    // ---- The template editor with a preview the Sandbox rendered ----
    auto *pane = qobject_cast<Views::TemplatesPane *>(window.pane(QStringLiteral("templates")));
    QSignalSpy loaded(pane, &Views::Pane::loaded);
    window.start(true);
    if (!loaded.wait(10000))
        return fail(QStringLiteral("the Templates pane did not load"));
    // Room for the list's names and dates (longer in Korean) next to the editor.
    pane->findChild<QSplitter *>(QStringLiteral("templatesSplitter"))->setSizes({310, 970});
    pane->findChild<QTableView *>(QStringLiteral("templateTable"))->resizeColumnsToContents();
    QSignalSpy opened(pane, &Views::TemplatesPane::templateOpened);
    pane->selectTemplate(example.name);
    if (!opened.wait(10000))
        return fail(QStringLiteral("the template did not open"));
    auto *sample = pane->findChild<QPlainTextEdit *>(QStringLiteral("sampleDataEditor"));
    sample->setFocus();
    sample->insertPlainText(example.sampleData); // pasted: QTest cannot type "€" or Hangul
    QSignalSpy previewed(pane, &Views::TemplatesPane::previewFinished);
    QTest::mouseClick(pane->findChild<QAbstractButton *>(QStringLiteral("renderPreviewButton")), Qt::LeftButton);
    if (!previewed.wait(10000) || !previewed.constFirst().constFirst().toBool())
        return fail(QStringLiteral("the preview failed"));
    QTest::qWait(800); // layout, highlighting and the checks settle
    QString file = out + QStringLiteral("/template-editor-%1.png").arg(lang);
    if (!window.grab().save(file))
        return fail(QStringLiteral("cannot write ") + file);
    QTextStream(stdout) << "wrote " << file << Qt::endl;

    // ---- The Send test email dialog after "Run all scenarios", outcomes from captured mail ----
    window.findChild<QAction *>(QStringLiteral("sendTestEmailMenuAction"))->trigger();
    auto *dialog = window.findChild<Views::SendTestEmailDialog *>(QStringLiteral("sendTestEmailDialog"));
    if (!dialog
        || !QTest::qWaitFor(
            [dialog] {
                return dialog->findChild<QComboBox *>(QStringLiteral("fromCombo"))->count() > 0;
            },
            10000))
        return fail(QStringLiteral("the dialog did not list the senders"));
    dialog->resize(1280, dialog->height());
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
    file = out + QStringLiteral("/send-test-email-%1.png").arg(lang);
    if (!dialog->grab().save(file))
        return fail(QStringLiteral("cannot write ") + file);
    QTextStream(stdout) << "wrote " << file << Qt::endl;
    dialog->close();
    return 0;
}
