// DnsRecordModel: the records of a DnsRecordSet with their check results, under
// QAbstractItemModelTester.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/items/DnsRecordModel.h"
#include "models/ses/IdentityTypes.h"

using Items::DnsRecordModel;
using Ses::DnsCheckResult;
using Ses::DnsRecord;

class tst_DnsRecordModel : public QObject
{
    Q_OBJECT

    static Ses::DnsRecordSet easyDkimSet(const QString &domain = QStringLiteral("example.com"))
    {
        Ses::EmailIdentity identity;
        identity.identityName = domain;
        identity.identityType = QStringLiteral("DOMAIN");
        identity.dkim.tokens = {QStringLiteral("t1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            QStringLiteral("t2bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
            QStringLiteral("t3cccccccccccccccccccccccccccccc")};
        identity.dkim.status = QStringLiteral("PENDING");
        identity.dkim.signingHostedZone = QStringLiteral("dkim.amazonses.com");
        identity.dkim.signingAttributesOrigin = QStringLiteral("AWS_SES");
        identity.mailFrom.mailFromDomain = QStringLiteral("mail.") + domain;
        identity.mailFrom.mailFromDomainStatus = QStringLiteral("SUCCESS");
        Ses::DnsRecordSet::Options options;
        options.regionCode = QStringLiteral("eu-west-1");
        return Ses::DnsRecordSet::fromIdentity(identity, options).value();
    }

private Q_SLOTS:
    void showsEveryRecord();
    void copyTextIsWhatGoesIntoDns_data();
    void copyTextIsWhatGoesIntoDns();
    void keepsCheckResults();
    void showsUnicodeNames();
};

void tst_DnsRecordModel::showsEveryRecord()
{
    DnsRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const Ses::DnsRecordSet set = easyDkimSet();
    model.setRecordSet(set);
    QCOMPARE(model.rowCount(), set.records().size());
    QCOMPARE(model.columnCount(), int(DnsRecordModel::ColumnCount));
    // Three DKIM CNAMEs first, with the target from SigningHostedZone.
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(model.index(row, DnsRecordModel::TypeColumn).data().toString(), QStringLiteral("CNAME"));
        QCOMPARE(model.index(row, DnsRecordModel::PurposeColumn).data(DnsRecordModel::PurposeRole).toInt(),
            int(DnsRecord::Purpose::EasyDkim));
        QVERIFY(model.index(row, DnsRecordModel::ValueColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral(".dkim.amazonses.com")));
        QCOMPARE(model.index(row, DnsRecordModel::StatusColumn).data(DnsRecordModel::StatusRole).toInt(),
            int(DnsRecord::Status::Pending));
        QCOMPARE(model.index(row, DnsRecordModel::PriorityColumn).data(), QVariant());
    }
    QCOMPARE(model.index(0, DnsRecordModel::NameColumn).data().toString(),
        QStringLiteral("t1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa._domainkey.example.com"));
    // The MAIL FROM MX with its priority in its own column.
    int mx = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.recordAt(row).purpose == DnsRecord::Purpose::MailFromMx)
            mx = row;
    }
    QVERIFY(mx >= 0);
    QCOMPARE(model.index(mx, DnsRecordModel::PriorityColumn).data().toInt(), 10);
    QCOMPARE(model.index(mx, DnsRecordModel::ValueColumn).data().toString(),
        QStringLiteral("feedback-smtp.eu-west-1.amazonses.com"));
    QCOMPARE(model.index(mx, DnsRecordModel::StatusColumn).data(DnsRecordModel::StatusRole).toInt(),
        int(DnsRecord::Status::Success));
    QCOMPARE(model.index(0, DnsRecordModel::CheckColumn).data(DnsRecordModel::CheckStateRole).toInt(),
        int(DnsCheckResult::State::NotChecked));
    QCOMPARE(model.index(0, 0).data(DnsRecordModel::RecordRole).value<DnsRecord>(), set.records().first());
    QCOMPARE(model.headerData(DnsRecordModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DnsRecordModel::copyTextIsWhatGoesIntoDns_data()
{
    QTest::addColumn<int>("purpose");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dkim name") << int(DnsRecord::Purpose::EasyDkim) << int(DnsRecordModel::NameColumn)
                               << QStringLiteral("t1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa._domainkey.example.com");
    QTest::newRow("dkim value") << int(DnsRecord::Purpose::EasyDkim) << int(DnsRecordModel::ValueColumn)
                                << QStringLiteral("t1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.dkim.amazonses.com");
    QTest::newRow("spf value") << int(DnsRecord::Purpose::MailFromSpf) << int(DnsRecordModel::ValueColumn)
                               << QStringLiteral("v=spf1 include:amazonses.com ~all");
    QTest::newRow("mx priority") << int(DnsRecord::Purpose::MailFromMx) << int(DnsRecordModel::PriorityColumn)
                                 << QStringLiteral("10");
    QTest::newRow("type") << int(DnsRecord::Purpose::MailFromSpf) << int(DnsRecordModel::TypeColumn)
                          << QStringLiteral("TXT");
}

void tst_DnsRecordModel::copyTextIsWhatGoesIntoDns()
{
    QFETCH(int, purpose);
    QFETCH(int, column);
    QFETCH(QString, expected);
    DnsRecordModel model;
    model.setRecordSet(easyDkimSet());
    for (int row = 0; row < model.rowCount(); ++row) {
        if (int(model.recordAt(row).purpose) == purpose) {
            QCOMPARE(model.index(row, column).data(DnsRecordModel::CopyTextRole).toString(), expected);
            return;
        }
    }
    QFAIL("no record of that purpose");
}

void tst_DnsRecordModel::keepsCheckResults()
{
    DnsRecordModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRecordSet(easyDkimSet());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    DnsCheckResult missing;
    missing.state = DnsCheckResult::State::Missing;
    missing.findings.append({DnsCheckResult::Mistake::DomainAppendedTwice, QStringLiteral("Found at a doubled name")});
    model.setCheckResult(1, missing);
    QCOMPARE(changed.size(), 1);
    const QModelIndex check = model.index(1, DnsRecordModel::CheckColumn);
    QCOMPARE(check.data(DnsRecordModel::CheckStateRole).toInt(), int(DnsCheckResult::State::Missing));
    QCOMPARE(check.data().toString(), QStringLiteral("Missing"));
    QVERIFY(check.data(Qt::ToolTipRole).toString().contains(QStringLiteral("doubled name")));
    QVERIFY(check.data(DnsRecordModel::CopyTextRole).toString().contains(QStringLiteral("doubled name")));
    QCOMPARE(check.data(DnsRecordModel::CheckResultRole).value<DnsCheckResult>().findings.size(), 1);
    model.setCheckResult(99, missing); // out of range: ignored
    QCOMPARE(changed.size(), 1);
    model.clearCheckResults();
    QCOMPARE(check.data(DnsRecordModel::CheckStateRole).toInt(), int(DnsCheckResult::State::NotChecked));
    // A new set forgets the results.
    model.setCheckResult(0, missing);
    model.setRecordSet(easyDkimSet(QStringLiteral("example.net")));
    QCOMPARE(model.checkResultAt(0).state, DnsCheckResult::State::NotChecked);
}

void tst_DnsRecordModel::showsUnicodeNames()
{
    DnsRecordModel model;
    model.setRecordSet(easyDkimSet(QStringLiteral("xn--bcher-kva.example")));
    const QModelIndex name = model.index(0, DnsRecordModel::NameColumn);
    QVERIFY(name.data().toString().contains(QStringLiteral("bücher.example")));
    QCOMPARE(name.data(DnsRecordModel::CopyTextRole).toString(),
        QStringLiteral("t1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa._domainkey.xn--bcher-kva.example"));
}

QTEST_GUILESS_MAIN(tst_DnsRecordModel)
#include "tst_dnsrecordmodel.moc"
