#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/s3/ObjectStore.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/suppression/ImportJobRunner.h"
#include "sandbox/suppression/SuppressionImportFile.h"
#include "sandbox/suppression/SuppressionStore.h"
#include "tests/support/FakeClock.h"
#include "tests/unit/sandbox/SignedRequests.h"

using Sandbox::SandboxServer;
using Sandbox::SuppressionImportFile;
using Sandbox::SuppressionStore;

namespace
{

const QDateTime kT0(QDate(2026, 3, 2), QTime(10, 0, 0), Qt::UTC);

} // namespace

/// The suppression list's store, import files and import-job runner in-process: keyset pages
/// with ties and filters, the file formats, chunked progress and resuming after a restart.
class tst_SuppressionStore : public QObject
{
    Q_OBJECT

private:
    TestSupport::FakeClock m_clock{kT0};

    std::unique_ptr<SandboxServer> server(const QString &dataDir = {})
    {
        Sandbox::SandboxConfig config;
        config.dataDir = dataDir;
        config.production = true;
        auto s = std::make_unique<SandboxServer>(config, m_clock);
        QString error;
        if (!s->start(&error))
            qWarning() << error;
        return s;
    }
    static QJsonObject call(SandboxServer &s,
        const QByteArray &method,
        const QByteArray &path,
        const QJsonObject &body,
        const QDateTime &now,
        const QByteArray &query = {})
    {
        const QByteArray payload = body.isEmpty() && method == "GET" ? QByteArray() : TestSupport::jsonBody(body);
        const Sandbox::HttpResponse r
            = s.handle(TestSupport::signedRequest(method, path, query, payload, s.credentials(), now));
        return QJsonDocument::fromJson(r.body).object();
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(kT0);
    }

    void keysetPagesWithTiesAndFilters()
    {
        auto s = server();
        Sandbox::SandboxContext &context = s->context();
        // 250 entries over 5 distinct times (50 share each time), alternating reasons.
        QList<SuppressionStore::Entry> entries;
        for (int i = 0; i < 250; ++i)
            entries.append({QStringLiteral("u%1@example.com").arg(i, 3, 10, QLatin1Char('0')),
                i % 2 ? SuppressionStore::Reason::Complaint : SuppressionStore::Reason::Bounce,
                kT0.addSecs(-(i / 50) * 86400),
                {},
                {}});
        context.store.begin();
        QVERIFY(context.suppressions.putMany(entries));
        QVERIFY(context.store.commit());
        QCOMPARE(context.suppressions.count(), 250);

        auto walk = [&](const SuppressionStore::Filter &filter, int pageSize) {
            QStringList seen;
            std::optional<SuppressionStore::Cursor> after;
            for (int guard = 0; guard < 1000; ++guard) {
                const QList<SuppressionStore::Entry> page = context.suppressions.page(filter, after, pageSize);
                for (const SuppressionStore::Entry &e : page)
                    seen.append(e.emailAddress);
                if (page.size() < pageSize)
                    break;
                after = SuppressionStore::Cursor{
                    page.last().lastUpdateTime.toMSecsSinceEpoch(), page.last().emailAddress};
            }
            return seen;
        };
        const QStringList all = walk({}, 7);
        QCOMPARE(all.size(), 250);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 250);
        QCOMPARE(all.first(), QStringLiteral("u049@example.com")); // newest time, then address descending
        QCOMPARE(all.last(), QStringLiteral("u200@example.com"));

        SuppressionStore::Filter complaints;
        complaints.reason = SuppressionStore::Reason::Complaint;
        QCOMPARE(walk(complaints, 10).size(), 125);
        SuppressionStore::Filter window;
        window.start = kT0.addDays(-2);
        window.end = kT0.addDays(-1);
        QCOMPARE(walk(window, 33).size(), 100);
        window.reason = SuppressionStore::Reason::Bounce;
        QCOMPARE(walk(window, 33).size(), 50);

        // Case-insensitive addresses: one row, the new spelling wins.
        context.store.begin();
        QVERIFY(context.suppressions.put(
            {QStringLiteral("U000@EXAMPLE.COM"), SuppressionStore::Reason::Complaint, kT0, {}, {}}));
        QVERIFY(context.store.commit());
        QCOMPARE(context.suppressions.count(), 250);
        QCOMPARE(context.suppressions.reasonFor(QStringLiteral("u000@example.com")),
            std::optional<QString>(QStringLiteral("COMPLAINT")));
    }

    void listThroughTheApi()
    {
        auto s = server();
        for (int i = 0; i < 5; ++i) {
            m_clock.set(kT0.addSecs(i));
            call(*s,
                "PUT",
                "/v2/email/suppression/addresses",
                QJsonObject{{QStringLiteral("EmailAddress"), QStringLiteral("a%1@example.com").arg(i)},
                    {QStringLiteral("Reason"), QStringLiteral("BOUNCE")}},
                kT0.addSecs(i));
        }
        const QJsonObject first = call(*s, "GET", "/v2/email/suppression/addresses", {}, kT0.addSecs(10), "PageSize=2");
        QCOMPARE(first.value(QLatin1String("SuppressedDestinationSummaries")).toArray().size(), 2);
        const QString token = first.value(QLatin1String("NextToken")).toString();
        QVERIFY(!token.isEmpty());
        const QJsonObject second = call(*s,
            "GET",
            "/v2/email/suppression/addresses",
            {},
            kT0.addSecs(10),
            "PageSize=2&NextToken=" + QUrl::toPercentEncoding(token));
        QCOMPARE(second.value(QLatin1String("SuppressedDestinationSummaries"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("EmailAddress"))
                     .toString(),
            QStringLiteral("a2@example.com"));
        // The date filter in epoch seconds on the query string, as the AWS CLI sends it.
        const QJsonObject dated = call(*s,
            "GET",
            "/v2/email/suppression/addresses",
            {},
            kT0.addSecs(10),
            "StartDate=" + QByteArray::number(kT0.addSecs(3).toSecsSinceEpoch()) + "&Reason=BOUNCE");
        QCOMPARE(dated.value(QLatin1String("SuppressedDestinationSummaries")).toArray().size(), 2);
    }

    void importFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("action");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("csv") << QByteArray("a@x.com,BOUNCE\r\nb@x.com,complaint\r\n\r\n") << 0 << 0
                             << QStringList{QStringLiteral("a@x.com"), QStringLiteral("b@x.com")}
                             << QStringList{QString(), QString()};
        QTest::newRow("csv header, bom, quotes")
            << QByteArray("\xEF\xBB\xBF"
                          "emailAddress,reason\n\"c@x.com\",\"BOUNCE\"\n")
            << 0 << 0 << QStringList{QStringLiteral("c@x.com")} << QStringList{QString()};
        QTest::newRow("csv errors") << QByteArray("nope,BOUNCE\nd@x.com\ne@x.com,LOUD\n") << 0 << 0
                                    << QStringList{QStringLiteral("nope"),
                                           QStringLiteral("d@x.com"),
                                           QStringLiteral("e@x.com")}
                                    << QStringList{QStringLiteral("Invalid email address: nope"),
                                           QStringLiteral("The reason is missing: it must be BOUNCE or COMPLAINT."),
                                           QStringLiteral("Invalid reason LOUD: it must be BOUNCE or COMPLAINT.")};
        QTest::newRow("csv delete") << QByteArray("f@x.com\ng@x.com,BOUNCE\n") << 0 << 1
                                    << QStringList{QStringLiteral("f@x.com"), QStringLiteral("g@x.com")}
                                    << QStringList{QString(), QString()};
        QTest::newRow("json") << QByteArray(
            "{\"emailAddress\":\"h@x.com\",\"reason\":\"COMPLAINT\"}\n[1]\n{\"reason\":\"BOUNCE\"}\n")
                              << 1 << 0 << QStringList{QStringLiteral("h@x.com"), QString(), QString()}
                              << QStringList{QString(),
                                     QStringLiteral("Not a JSON object: expected {...}"),
                                     QStringLiteral("The email address is missing.")};
    }

    void importFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, format);
        QFETCH(int, action);
        QFETCH(QStringList, addresses);
        QFETCH(QStringList, errors);
        const QList<Sandbox::SuppressionImportRecord> records = SuppressionImportFile::read(data,
            format ? SuppressionImportFile::Format::Json : SuppressionImportFile::Format::Csv,
            action ? SuppressionImportFile::Action::Delete : SuppressionImportFile::Action::Put);
        QCOMPARE(records.size(), addresses.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(records.at(i).emailAddress, addresses.at(i));
            QCOMPARE(records.at(i).error, errors.at(i));
        }
    }

    void jobsProgressInChunksAndResumeAfterARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray csv;
        for (int i = 0; i < 12000; ++i)
            csv += QStringLiteral("p%1@example.com,BOUNCE\n").arg(i).toUtf8();
        QString jobId;
        {
            auto s = server(dir.path());
            Sandbox::SandboxContext &context = s->context();
            context.store.begin();
            context.objects.put(
                {QStringLiteral("imports"), QStringLiteral("big.csv"), csv, QStringLiteral("text/csv"), kT0});
            QVERIFY(context.store.commit());
            jobId = call(*s,
                "POST",
                "/v2/email/import-jobs",
                QJsonObject{
                    {QStringLiteral("ImportDestination"),
                        QJsonObject{{QStringLiteral("SuppressionListDestination"),
                            QJsonObject{{QStringLiteral("SuppressionListImportAction"), QStringLiteral("PUT")}}}}},
                    {QStringLiteral("ImportDataSource"),
                        QJsonObject{{QStringLiteral("S3Url"), QStringLiteral("s3://imports/big.csv")},
                            {QStringLiteral("DataFormat"), QStringLiteral("CSV")}}}},
                kT0)
                        .value(QLatin1String("JobId"))
                        .toString();
            QVERIFY(!jobId.isEmpty());
            QCOMPARE(call(*s, "GET", "/v2/email/import-jobs/" + jobId.toLatin1(), {}, kT0)
                         .value(QLatin1String("JobStatus"))
                         .toString(),
                QStringLiteral("CREATED"));
            QVERIFY(s->importJobs().runOnce());
            const QJsonObject job = call(*s, "GET", "/v2/email/import-jobs/" + jobId.toLatin1(), {}, kT0);
            QCOMPARE(job.value(QLatin1String("JobStatus")).toString(), QStringLiteral("PROCESSING"));
            QCOMPARE(job.value(QLatin1String("ProcessedRecordsCount")).toInt(), Sandbox::ImportJobRunner::kChunkSize);
            QVERIFY(!job.contains(QLatin1String("_NextRecord")));
        }
        // A new server on the same data carries on from the committed chunk.
        auto s = server(dir.path());
        while (s->importJobs().runOnce()) { }
        const QJsonObject job = call(*s, "GET", "/v2/email/import-jobs/" + jobId.toLatin1(), {}, kT0);
        QCOMPARE(job.value(QLatin1String("JobStatus")).toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(job.value(QLatin1String("ProcessedRecordsCount")).toInt(), 12000);
        QCOMPARE(s->context().suppressions.count(), 12000);
    }
};

QTEST_GUILESS_MAIN(tst_SuppressionStore)
#include "tst_suppressionstore.moc"
