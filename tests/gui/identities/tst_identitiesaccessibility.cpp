// Every control of the Identities pane, the wizard's pages, the details and the DNS records
// windows has an object name (tests find it) and an accessible name (screen readers say it),
// and the status cells follow a dark palette.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/Session.h"
#include "models/items/IdentityTableModel.h"

#include "views/dialogs/CreateIdentityWizard.h"
#include "views/dialogs/DnsRecordsDialog.h"
#include "views/dialogs/IdentityDetailsDialog.h"
#include "views/i18n/LanguageSettings.h"
#include "views/panes/IdentitiesPane.h"
#include "views/panes/identities/IdentityActions.h"

#include "IdentitiesFixture.h"

using namespace TestSupport;

class TestIdentitiesAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        QApplication::setPalette(QPalette());
    }
    void everyControlIsNamed();
    void darkPaletteKeepsTableReadable();
    void switchesLanguageLive();

private:
    static QStringList unnamed(QWidget *top)
    {
        QStringList problems;
        const auto controls = top->findChildren<QWidget *>();
        for (QWidget *w : controls) {
            const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QPlainTextEdit *>(w);
            if (!interactive || !w->isVisibleTo(top))
                continue;
            const QString cls = QString::fromLatin1(w->metaObject()->className());
            if (cls == QLatin1String("QComboBoxListView") || cls == QLatin1String("QHeaderView")
                || w->objectName().startsWith(QLatin1String("qt_")))
                continue;
            const auto *button = qobject_cast<QAbstractButton *>(w);
            const QString spoken
                = !w->accessibleName().isEmpty() ? w->accessibleName() : (button ? button->text() : QString());
            if (w->objectName().isEmpty())
                problems << QStringLiteral("%1 without objectName (%2) in %3").arg(cls, spoken, top->objectName());
            else if (spoken.isEmpty())
                problems << QStringLiteral("%1 \"%2\" without accessible name").arg(cls, w->objectName());
        }
        return problems;
    }
};

void TestIdentitiesAccessibility::everyControlIsNamed()
{
    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(fixture.createIdentity(*session, QStringLiteral("named.example")).isEmpty());
    auto pane = fixture.makePane(session);
    QVERIFY(pane);
    QStringList problems = unnamed(pane.get());

    pane->openDetails(QStringLiteral("named.example"));
    QTRY_VERIFY(pane->detailsDialog() && pane->detailsDialog()->identity().has_value());
    problems << unnamed(pane->detailsDialog());
    pane->openDnsRecords(QStringLiteral("named.example"));
    QTRY_VERIFY(pane->dnsRecordsDialog() && pane->dnsRecordsDialog()->isLoaded());
    problems << unnamed(pane->dnsRecordsDialog());

    pane->actions()->create()->trigger();
    auto *wizard = pane->findChild<Views::CreateIdentityWizard *>(QStringLiteral("createIdentityWizard"));
    QVERIFY(wizard);
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("identityNameEdit")), QStringLiteral("x.example"));
    for (int page = 0; page < 5; ++page) {
        problems << unnamed(wizard);
        wizard->next();
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestIdentitiesAccessibility::darkPaletteKeepsTableReadable()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(35, 38, 41));
    dark.setColor(QPalette::WindowText, QColor(239, 240, 241));
    dark.setColor(QPalette::Base, QColor(27, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(35, 38, 41));
    dark.setColor(QPalette::Text, QColor(239, 240, 241));
    dark.setColor(QPalette::Button, QColor(49, 54, 59));
    dark.setColor(QPalette::ButtonText, QColor(239, 240, 241));
    QApplication::setPalette(dark);
    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(fixture.createIdentity(*session, QStringLiteral("dark.example")).isEmpty());
    auto pane = fixture.makePane(session);
    QVERIFY(pane);
    auto *table = pane->findChild<QTableView *>(QStringLiteral("identityTable"));
    QTRY_COMPARE(pane->model()->index(0, Items::Identity::DkimColumn).data(Items::Identity::DetailsStateRole).toInt(),
        int(Items::Identity::DetailsState::Loaded));
    // The status cell: dark background, light text, a coloured dot; nothing light painted.
    const QRect cell = table->visualRect(table->model()->index(0, Items::Identity::VerificationColumn));
    const QImage image = table->viewport()->grab(cell).toImage();
    int light = 0;
    int dark_ = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            (c.lightnessF() > 0.8 ? light : dark_)++;
        }
    }
    QVERIFY2(dark_ > light * 4, qPrintable(QStringLiteral("%1 light, %2 dark pixels").arg(light).arg(dark_)));
    QVERIFY(light > 0); // the text is drawn, in the palette's light text colour
}

void TestIdentitiesAccessibility::switchesLanguageLive()
{
    IdentitiesFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(fixture.createIdentity(*session, QStringLiteral("lang.example")).isEmpty());
    auto pane = fixture.makePane(session);
    QVERIFY(pane);
    pane->openDnsRecords(QStringLiteral("lang.example"));
    QTRY_VERIFY(pane->dnsRecordsDialog() && pane->dnsRecordsDialog()->isLoaded());
    QAbstractItemModel *model = pane->findChild<QTableView *>(QStringLiteral("identityTable"))->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Identity"));

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("l.ini")), QSettings::IniFormat);
    Views::LanguageSettings language(&settings, QStringLiteral("en_US"));
    language.setChoice(Views::LanguageSettings::Choice::Korean);
    QTRY_COMPARE(pane->actions()->create()->text(), QStringLiteral("자격 증명 생성(&C)…"));
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("자격 증명"));
    QCOMPARE(model->index(0, Items::Identity::VerificationColumn).data().toString(), QStringLiteral("대기 중"));
    auto *check = pane->dnsRecordsDialog()->findChild<QPushButton *>(QStringLiteral("checkDnsButton"));
    QCOMPARE(check->text(), QStringLiteral("DNS 확인(&D)"));
    language.setChoice(Views::LanguageSettings::Choice::English);
    QTRY_COMPARE(check->text(), QStringLiteral("Check &DNS"));
}

QTEST_MAIN(TestIdentitiesAccessibility)
#include "tst_identitiesaccessibility.moc"
