// The DNS records window's check against a real DNS server (dnsmasq on 127.0.0.153:53, as the
// DNS core's integration test runs it): right, missing and wrong records are reported as such,
// with what was found; Re-check sees a fix; a check can be cancelled. And "Send to DNS admin"
// opens a mailto: link holding the records.
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

#include "models/connection/Session.h"
#include "models/items/DnsRecordModel.h"
#include "models/ses/DnsCheckResult.h"
#include "models/ses/SesClient.h"

#include "views/dialogs/DnsRecordsDialog.h"
#include "views/panes/IdentitiesPane.h"
#include "views/panes/identities/DnsRecordsView.h"

#include "IdentitiesFixture.h"
#include "tests/support/LoopbackDnsServer.h"

using namespace TestSupport;
using Items::DnsRecordModel;
using State = Ses::DnsCheckResult::State;

class TestDnsRecordsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkReportsRightMissingAndWrong();
    void rejectsABadNameServerAndCancels();
    void sendToDnsAdminOpensMailto();

private:
    Views::DnsRecordsDialog *openRecords(const QString &domain);
    QStringList records(bool fixed) const;
    QList<int> dkimRows() const;

    std::unique_ptr<IdentitiesFixture> m_fixture;
    std::unique_ptr<Views::IdentitiesPane> m_pane;
    Views::DnsRecordsDialog *m_dialog = nullptr;
    QStringList m_tokens;
};

void TestDnsRecordsCheck::init()
{
    m_fixture = std::make_unique<IdentitiesFixture>();
    QVERIFY(m_fixture->start().isEmpty());
    auto session = m_fixture->openSession();
    QVERIFY(session);
    QVERIFY(m_fixture->createIdentity(*session, QStringLiteral("checked.example")).isEmpty());
    m_pane = m_fixture->makePane(session);
    QVERIFY(m_pane);
    m_dialog = openRecords(QStringLiteral("checked.example"));
    QVERIFY(m_dialog);
    for (int row : dkimRows())
        m_tokens << m_dialog->view()->model()->recordAt(row).name.section(QLatin1Char('.'), 0, 0);
    QCOMPARE(m_tokens.size(), 3);
}

void TestDnsRecordsCheck::cleanup()
{
    m_pane.reset();
    m_fixture.reset();
    m_tokens.clear();
}

Views::DnsRecordsDialog *TestDnsRecordsCheck::openRecords(const QString &domain)
{
    m_pane->openDnsRecords(domain);
    Views::DnsRecordsDialog *dialog = m_pane->dnsRecordsDialog();
    if (!dialog
        || !QTest::qWaitFor(
            [dialog] {
                return dialog->isLoaded();
            },
            5000))
        return nullptr;
    return dialog;
}

QList<int> TestDnsRecordsCheck::dkimRows() const
{
    QList<int> rows;
    DnsRecordModel *model = m_dialog->view()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->recordAt(r).purpose == Ses::DnsRecord::Purpose::EasyDkim)
            rows << r;
    }
    return rows;
}

QStringList TestDnsRecordsCheck::records(bool fixed) const
{
    const auto cname = [this](int i, const QString &target) {
        return QStringLiteral("--cname=%1._domainkey.checked.example,%2").arg(m_tokens.at(i), target);
    };
    QStringList out{cname(0, m_tokens.at(0) + QStringLiteral(".dkim.amazonses.com"))}; // right
    if (fixed) {
        out << cname(1, m_tokens.at(1) + QStringLiteral(".dkim.amazonses.com"))
            << cname(2, m_tokens.at(2) + QStringLiteral(".dkim.amazonses.com"));
    } else {
        // The second is missing; the third points to another region's DKIM domain.
        out << cname(2, m_tokens.at(2) + QStringLiteral(".dkim.eu-south-1.amazonses.com"));
    }
    return out;
}

void TestDnsRecordsCheck::checkReportsRightMissingAndWrong()
{
    const QString unavailable = LoopbackDnsServer::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    LoopbackDnsServer dns;
    QVERIFY2(dns.start({QStringLiteral("checked.example")}, records(false)), qPrintable(dns.errorString()));

    Views::DnsRecordsView *view = m_dialog->view();
    auto *server = m_dialog->findChild<QLineEdit *>(QStringLiteral("nameserverEdit"));
    auto *check = m_dialog->findChild<QPushButton *>(QStringLiteral("checkDnsButton"));
    QVERIFY(server && check);
    QCOMPARE(check->text().remove(QLatin1Char('&')), QStringLiteral("Check DNS"));
    QTest::keyClicks(server, dns.address().toString());
    QSignalSpy finished(view, &Views::DnsRecordsView::checkFinished);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(view->isChecking());
    QCOMPARE(check->text().remove(QLatin1Char('&')), QStringLiteral("Cancel check"));
    QVERIFY(finished.wait(60000));

    DnsRecordModel *model = view->model();
    const QList<int> rows = dkimRows();
    const auto state = [model](int row) {
        return static_cast<State>(
            model->index(row, DnsRecordModel::CheckColumn).data(DnsRecordModel::CheckStateRole).toInt());
    };
    QCOMPARE(state(rows.at(0)), State::Correct);
    QCOMPARE(state(rows.at(1)), State::Missing);
    QCOMPARE(state(rows.at(2)), State::Different);
    QCOMPARE(model->index(rows.at(0), DnsRecordModel::CheckColumn).data().toString(),
        QStringLiteral("Published and correct"));
    QCOMPARE(model->index(rows.at(1), DnsRecordModel::CheckColumn).data().toString(), QStringLiteral("Missing"));
    // The wrong one: found beside expected, and the mistake in words.
    auto *table = m_dialog->findChild<QTableView *>(QStringLiteral("dnsRecordTable"));
    table->setCurrentIndex(model->index(rows.at(2), DnsRecordModel::CheckColumn));
    const QString explanation
        = m_dialog->findChild<QTextBrowser *>(QStringLiteral("dnsCheckExplanation"))->toPlainText();
    QVERIFY2(explanation.contains(m_tokens.at(2) + QStringLiteral(".dkim.eu-south-1.amazonses.com")),
        qPrintable(explanation));
    QVERIFY2(explanation.contains(m_tokens.at(2) + QStringLiteral(".dkim.amazonses.com")), qPrintable(explanation));
    const auto result = model->checkResultAt(rows.at(2));
    QVERIFY(result.hasMistake(Ses::DnsCheckResult::Mistake::DkimWrongRegionZone));
    QVERIFY(explanation.contains(result.findings.first().message));
    const QString summary = m_dialog->findChild<QLabel *>(QStringLiteral("dnsCheckSummaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("1 correct")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("1 with a different value")));

    // The administrator fixes the records; Re-check sees it.
    QCOMPARE(check->text().remove(QLatin1Char('&')), QStringLiteral("Re-check"));
    QVERIFY2(dns.restart(records(true)), qPrintable(dns.errorString()));
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    for (int row : rows)
        QCOMPARE(state(row), State::Correct);
    dns.stop();
}

void TestDnsRecordsCheck::rejectsABadNameServerAndCancels()
{
    Views::DnsRecordsView *view = m_dialog->view();
    auto *server = m_dialog->findChild<QLineEdit *>(QStringLiteral("nameserverEdit"));
    auto *check = m_dialog->findChild<QPushButton *>(QStringLiteral("checkDnsButton"));
    auto *summary = m_dialog->findChild<QLabel *>(QStringLiteral("dnsCheckSummaryLabel"));
    QTest::keyClicks(server, QStringLiteral("ns1.example"));
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(!view->isChecking());
    QVERIFY2(summary->text().contains(QStringLiteral("not an IP address")), qPrintable(summary->text()));

    // A server that never answers (nothing listens on this loopback address): cancel at once.
    server->clear();
    QTest::keyClicks(server, QStringLiteral("127.0.0.154"));
    QSignalSpy finished(view, &Views::DnsRecordsView::checkFinished);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(view->isChecking());
    QTest::mouseClick(check, Qt::LeftButton); // "Cancel check"
    QCOMPARE(finished.size(), 1);
    QVERIFY(!view->isChecking());
    QCOMPARE(summary->text(), QStringLiteral("Check cancelled."));
    QCOMPARE(check->text().remove(QLatin1Char('&')), QStringLiteral("Re-check"));
}

void TestDnsRecordsCheck::sendToDnsAdminOpensMailto()
{
    QList<QUrl> opened;
    m_dialog->view()->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("sendToDnsAdminButton")), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().scheme(), QStringLiteral("mailto"));
    const QUrlQuery query(opened.first());
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    const QString subject = query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded);
    QVERIFY2(subject.contains(QStringLiteral("checked.example")), qPrintable(subject));
    for (const QString &token : std::as_const(m_tokens))
        QVERIFY2(body.contains(token + QStringLiteral("._domainkey.checked.example")), qPrintable(body));
}

QTEST_MAIN(TestDnsRecordsCheck)
#include "tst_dnsrecordscheck.moc"
