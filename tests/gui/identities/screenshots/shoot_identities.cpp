// Takes the README's screenshots of the Identities pane, the create-identity wizard, an
// identity's details and its DNS records with a check result: a main window over an
// in-process Sandbox filled with example identities, and dnsmasq on loopback for the check.
// Run by scripts/screenshots/identities.sh under xvfb-run:  shoot_identities OUTDIR en|ko
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/ProfileCatalog.h"
#include "models/connection/Session.h"
#include "models/items/DnsRecordModel.h"
#include "models/items/IdentityTableModel.h"
#include "models/ses/SesClient.h"

#include "views/MainWindow.h"
#include "views/dialogs/CreateIdentityWizard.h"
#include "views/dialogs/DnsRecordsDialog.h"
#include "views/dialogs/IdentityDetailsDialog.h"
#include "views/i18n/LanguageSettings.h"
#include "views/panes/IdentitiesPane.h"
#include "views/panes/PaneRegistry.h"
#include "views/panes/identities/DnsRecordsView.h"
#include "views/panes/identities/IdentityActions.h"

#include "../IdentitiesFixture.h"
#include "tests/support/LoopbackDnsServer.h"

using namespace TestSupport;

namespace
{

bool waitFor(const std::function<bool()> &condition, int ms = 10000)
{
    return QTest::qWaitFor(condition, ms);
}

bool call(Connection::Session &session, Aws::AwsRequest request)
{
    std::optional<bool> ok;
    QObject context;
    session.ses()->call(std::move(request), &context, [&ok](Aws::Result<Aws::AwsResponse> r) {
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().toString()));
        ok = r.ok();
    });
    return waitFor([&ok] {
        return ok.has_value();
    }) && *ok;
}

bool controlVerify(QNetworkAccessManager &network, const QUrl &base, const QString &name, const QString &status)
{
    QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/_sandbox/identities/%1/verify").arg(name))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply
        = network.post(request, QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson());
    waitFor([reply] {
        return reply->isFinished();
    });
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

void save(QWidget *widget, const QString &path)
{
    widget->raise();
    widget->activateWindow();
    QTest::qWait(400);
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3)
        qFatal("usage: shoot_identities OUTDIR en|ko");
    const QDir out(QString::fromLocal8Bit(argv[1]));
    const QString lang = QString::fromLatin1(argv[2]);
    QTemporaryDir home;
    QSettings settings(home.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Views::LanguageSettings language(&settings, QStringLiteral("en_US"));
    language.setChoice(lang == QLatin1String("ko") ? Views::LanguageSettings::Choice::Korean
                                                   : Views::LanguageSettings::Choice::English);

    IdentitiesFixture fixture(60);
    if (const QString error = fixture.start(); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    auto session = fixture.openSession();
    if (!session)
        qFatal("no session");

    // Example data: verified identities first (the clock moves past the verify delay), then
    // pending ones, one failed.
    for (const QString &name : {QStringLiteral("shop.example.com"),
             QStringLiteral("billing@shop.example.com"),
             QStringLiteral("news.example.org")}) {
        if (const QString e = fixture.createIdentity(*session, name); !e.isEmpty())
            qFatal("%s", qPrintable(e));
    }
    call(*session,
        Aws::AwsRequest::restJson(QStringLiteral("CreateConfigurationSet"),
            "POST",
            "/v2/email/configuration-sets",
            QJsonObject{{QStringLiteral("ConfigurationSetName"), QStringLiteral("transactional")}}));
    call(*session,
        Aws::AwsRequest::restJson(QStringLiteral("PutEmailIdentityConfigurationSetAttributes"),
            "PUT",
            "/v2/email/identities/shop.example.com/configuration-set",
            QJsonObject{{QStringLiteral("ConfigurationSetName"), QStringLiteral("transactional")}}));
    call(*session,
        Aws::AwsRequest::restJson(QStringLiteral("PutEmailIdentityMailFromAttributes"),
            "PUT",
            "/v2/email/identities/shop.example.com/mail-from",
            QJsonObject{{QStringLiteral("MailFromDomain"), QStringLiteral("mail.shop.example.com")},
                {QStringLiteral("BehaviorOnMxFailure"), QStringLiteral("USE_DEFAULT_VALUE")}}));
    fixture.clock.advance(61);
    for (const QString &name : {QStringLiteral("xn--bcher-kva.example"),
             QStringLiteral("ops@example.net"),
             QStringLiteral("legacy.example.org")})
        fixture.createIdentity(*session, name);
    controlVerify(
        fixture.network, fixture.sandbox().url(), QStringLiteral("legacy.example.org"), QStringLiteral("FAILED"));

    settings.setValue(QStringLiteral("MainWindow/pane"), QStringLiteral("identities"));
    Connection::ProfileCatalog catalog(nullptr, nullptr, true);
    Views::PaneRegistry registry;
    Views::registerDefaultPanes(registry);
    Views::MainWindow::Dependencies deps;
    deps.sessions = &fixture.factory;
    deps.profiles = &catalog;
    deps.settings = &settings;
    deps.messageBoxes = &fixture.boxes;
    deps.language = &language;
    Views::MainWindow window(deps, registry);
    window.resize(1180, 700);
    window.show();
    window.start(true);
    window.showPane(QStringLiteral("identities"));
    auto *pane = qobject_cast<Views::IdentitiesPane *>(window.pane(QStringLiteral("identities")));
    pane->setFileDialogs(&fixture.files);
    waitFor([pane] {
        return pane->model()->rowCount() == 6 && pane->model()->pendingIdentities().size() >= 2
            && pane->model()->index(5, 0).data(Items::Identity::DetailsStateRole).toInt()
            == int(Items::Identity::DetailsState::Loaded);
    });
    pane->findChild<QTableView *>(QStringLiteral("identityTable"))->selectRow(1);
    save(&window, out.filePath(QStringLiteral("identities-%1.png").arg(lang)));

    // The wizard with an internationalized name, shown both ways.
    pane->actions()->create()->trigger();
    auto *wizard = pane->findChild<Views::CreateIdentityWizard *>(QStringLiteral("createIdentityWizard"));
    auto *edit = wizard->findChild<QLineEdit *>(QStringLiteral("identityNameEdit"));
    edit->setText(QStringLiteral("bücher-laden.example"));
    save(wizard, out.filePath(QStringLiteral("create-identity-%1.png").arg(lang)));
    wizard->reject();

    // Details of the verified domain.
    pane->openDetails(QStringLiteral("shop.example.com"));
    Views::IdentityDetailsDialog *details = pane->detailsDialog();
    waitFor([details] {
        return details->identity().has_value();
    });
    details->resize(760, 1240);
    save(details, out.filePath(QStringLiteral("identity-details-%1.png").arg(lang)));
    details->close();

    // Its DNS records, checked against a name server that has some right, one missing, one wrong.
    pane->openDnsRecords(QStringLiteral("shop.example.com"));
    Views::DnsRecordsDialog *dns = pane->dnsRecordsDialog();
    waitFor([dns] {
        return dns->isLoaded();
    });
    Items::DnsRecordModel *records = dns->view()->model();
    QStringList tokens;
    for (const Ses::DnsRecord &r : records->records()) {
        if (r.purpose == Ses::DnsRecord::Purpose::EasyDkim)
            tokens << r.name.section(QLatin1Char('.'), 0, 0);
    }
    LoopbackDnsServer server;
    const QString unavailable = LoopbackDnsServer::unavailableReason();
    if (unavailable.isEmpty() && tokens.size() == 3
        && server.start({QStringLiteral("shop.example.com")},
            {QStringLiteral("--cname=%1._domainkey.shop.example.com,%1.dkim.amazonses.com").arg(tokens.at(0)),
                QStringLiteral("--cname=%1._domainkey.shop.example.com.shop.example.com,%1.dkim.amazonses.com")
                    .arg(tokens.at(1)),
                QStringLiteral("--cname=%1._domainkey.shop.example.com,%1.dkim.amazonses.com").arg(tokens.at(2)),
                QStringLiteral("--mx-host=mail.shop.example.com,feedback-smtp.us-east-1.amazonses.com,10"),
                QStringLiteral("--txt-record=mail.shop.example.com,v=spf1 include:amazonses.com ~all"),
                QStringLiteral("--txt-record=_dmarc.shop.example.com,\"v=DMARC1; p=none\"")})) {
        dns->findChild<QLineEdit *>(QStringLiteral("nameserverEdit"))->setText(server.address().toString());
        QSignalSpy finished(dns->view(), &Views::DnsRecordsView::checkFinished);
        dns->findChild<QPushButton *>(QStringLiteral("checkDnsButton"))->click();
        finished.wait(60000);
        dns->findChild<QTableView *>(QStringLiteral("dnsRecordTable"))
            ->setCurrentIndex(records->index(1, Items::DnsRecordModel::CheckColumn));
    } else {
        qWarning("no DNS check in the screenshot: %s",
            qPrintable(unavailable.isEmpty() ? server.errorString() : unavailable));
    }
    dns->resize(1180, 640);
    save(dns, out.filePath(QStringLiteral("dns-records-%1.png").arg(lang)));
    server.stop();
    return 0;
}
