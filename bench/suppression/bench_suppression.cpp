#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include "models/aws/Clock.h"
#include "models/aws/SigV4Signer.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/suppression/SuppressionStore.h"

// Fills a Sandbox's suppression list with N entries (default 1,000,000: BOUNCE and COMPLAINT,
// spread over a year) and measures:
// - the fill rate (entries per second, 50,000 per transaction);
// - ListSuppressedDestinations pages per second through the Sandbox's request handler (SigV4
//   verification, routing, validation, JSON) for several filters, walking NextToken pages from the
//   newest entry and from deep in the list;
// - the same pages straight from the store, without HTTP;
// - disk bytes per entry (database after a WAL checkpoint) and, for an in-memory store, resident
//   memory bytes per entry.
// Run: bench_suppression [--entries N] [--pages P] [--page-size S] [--skip-memory]

namespace
{

class FixedClock final : public Aws::Clock
{
public:
    QDateTime nowUtc() const override
    {
        return QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    }
};

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return 0;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double fill(Sandbox::SandboxServer &server, int entries)
{
    Sandbox::SandboxContext &context = server.context();
    const QDateTime now = server.context().clock.nowUtc();
    QElapsedTimer timer;
    timer.start();
    QList<Sandbox::SuppressionStore::Entry> batch;
    batch.reserve(50000);
    for (int i = 0; i < entries; ++i) {
        batch.append({QStringLiteral("recipient%1@mail%2.example.com").arg(i).arg(i % 997),
            i % 7 == 0 ? Sandbox::SuppressionStore::Reason::Complaint : Sandbox::SuppressionStore::Reason::Bounce,
            now.addMSecs(-qint64(i % 365) * 86400000 - (i * 7919LL) % 86400000),
            {},
            {}});
        if (batch.size() == 50000 || i == entries - 1) {
            context.store.begin();
            context.suppressions.putMany(batch);
            QString error;
            if (!context.store.commit(&error))
                qFatal("fill failed: %s", qPrintable(error));
            batch.clear();
        }
    }
    return entries / (timer.nsecsElapsed() / 1e9);
}

Sandbox::HttpResponse list(Sandbox::SandboxServer &server, const QByteArray &query)
{
    Aws::SigningRequest signing;
    signing.method = "GET";
    signing.path = "/v2/email/suppression/addresses";
    signing.query = query;
    signing.headers.append(qMakePair(QByteArray("Host"), QByteArray("127.0.0.1:4580")));
    Aws::SigV4Signer(server.region(), QStringLiteral("ses"))
        .sign(signing, server.credentials(), server.context().clock.nowUtc());
    Sandbox::HttpRequest request;
    request.method = signing.method;
    request.path = signing.path;
    request.query = signing.query;
    request.headers = signing.headers;
    return server.handle(request);
}

struct Walk {
    int pages = 0;
    qint64 entries = 0;
    double seconds = 0;
    QString token;
};

/// Follows NextToken for up to pages pages, starting at token (empty: the newest entry).
Walk walk(Sandbox::SandboxServer &server, const QByteArray &filter, int pageSize, int pages, const QString &from = {})
{
    Walk w;
    w.token = from;
    QElapsedTimer timer;
    timer.start();
    for (int p = 0; p < pages; ++p) {
        QByteArray query = filter + (filter.isEmpty() ? "" : "&") + "PageSize=" + QByteArray::number(pageSize);
        if (!w.token.isEmpty())
            query += "&NextToken=" + QUrl::toPercentEncoding(w.token);
        const Sandbox::HttpResponse response = list(server, query);
        if (response.status != 200)
            qFatal("ListSuppressedDestinations failed: %s", response.body.constData());
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        w.entries += page.value(QLatin1String("SuppressedDestinationSummaries")).toArray().size();
        ++w.pages;
        w.token = page.value(QLatin1String("NextToken")).toString();
        if (w.token.isEmpty())
            break;
    }
    w.seconds = timer.nsecsElapsed() / 1e9;
    return w;
}

void report(const QString &name, const Walk &w)
{
    out() << QStringLiteral("  %1 %2 pages/s  (%3 pages, %4 entries, %5 entries/s)")
                 .arg(name, -34)
                 .arg(w.pages / w.seconds, 9, 'f', 1)
                 .arg(w.pages)
                 .arg(w.entries)
                 .arg(w.entries / w.seconds, 0, 'f', 0)
          << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Suppression-list scale benchmark for the SesDesk Sandbox."));
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"),
        QStringLiteral("Entries (default 1000000)."),
        QStringLiteral("N"),
        QStringLiteral("1000000"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"),
        QStringLiteral("Pages per walk (default 200)."),
        QStringLiteral("P"),
        QStringLiteral("200"));
    const QCommandLineOption sizeOption(QStringLiteral("page-size"),
        QStringLiteral("PageSize (default 1000)."),
        QStringLiteral("S"),
        QStringLiteral("1000"));
    const QCommandLineOption skipMemory(
        QStringLiteral("skip-memory"), QStringLiteral("Skip the in-memory store's memory figure."));
    parser.addOptions({entriesOption, pagesOption, sizeOption, skipMemory});
    parser.process(app);
    const int entries = parser.value(entriesOption).toInt();
    const int pages = parser.value(pagesOption).toInt();
    const int pageSize = parser.value(sizeOption).toInt();

    FixedClock clock;
    QTemporaryDir dir;
    Sandbox::SandboxConfig config;
    config.dataDir = dir.path();
    config.production = true;
    Sandbox::SandboxServer server(config, clock);
    QString error;
    if (!server.start(&error))
        qFatal("cannot start the Sandbox: %s", qPrintable(error));

    out() << QStringLiteral("Suppression list with %1 entries, pages of %2").arg(entries).arg(pageSize) << Qt::endl;
    out() << QStringLiteral("  fill (SQLite in %1)          %2 entries/s")
                 .arg(QDir::toNativeSeparators(dir.path()))
                 .arg(fill(server, entries), 0, 'f', 0)
          << Qt::endl;

    {
        QSqlQuery checkpoint(server.context().store.database());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    qint64 disk = 0;
    for (const QFileInfo &file : QDir(dir.path()).entryInfoList({QStringLiteral("sandbox.sqlite*")}, QDir::Files))
        disk += file.size();
    out() << QStringLiteral("  disk                           %1 bytes/entry (%2 MB)")
                 .arg(double(disk) / entries, 0, 'f', 1)
                 .arg(disk / 1048576.0, 0, 'f', 1)
          << Qt::endl;

    out() << "ListSuppressedDestinations through the request handler (signed, routed, validated, JSON):" << Qt::endl;
    const QByteArray window = "StartDate=" + QByteArray::number(clock.nowUtc().addDays(-200).toSecsSinceEpoch())
        + "&EndDate=" + QByteArray::number(clock.nowUtc().addDays(-170).toSecsSinceEpoch());
    report(QStringLiteral("no filter, from the newest"), walk(server, {}, pageSize, pages));
    report(QStringLiteral("Reason=COMPLAINT"), walk(server, "Reason=COMPLAINT", pageSize, pages));
    report(QStringLiteral("Reason=BOUNCE"), walk(server, "Reason=BOUNCE", pageSize, pages));
    report(QStringLiteral("30-day window, 200 days back"), walk(server, window, pageSize, pages));
    report(QStringLiteral("window + Reason=COMPLAINT"), walk(server, window + "&Reason=COMPLAINT", pageSize, pages));
    // Deep in the list: start from the token after half of the entries.
    const Walk half = walk(server, {}, 1000, entries / 2000);
    report(QStringLiteral("no filter, from the middle"), walk(server, {}, pageSize, pages, half.token));
    report(QStringLiteral("whole list, 1000 per page"), walk(server, {}, 1000, entries / 1000 + 1));

    // The store alone.
    {
        Sandbox::SuppressionStore &store = server.context().suppressions;
        QElapsedTimer timer;
        timer.start();
        std::optional<Sandbox::SuppressionStore::Cursor> after;
        int n = 0;
        for (; n < pages; ++n) {
            const auto page = store.page({}, after, pageSize);
            if (page.isEmpty())
                break;
            after = Sandbox::SuppressionStore::Cursor{
                page.last().lastUpdateTime.toMSecsSinceEpoch(), page.last().emailAddress};
        }
        Walk w;
        w.pages = n;
        w.entries = qint64(n) * pageSize;
        w.seconds = timer.nsecsElapsed() / 1e9;
        out() << "SuppressionStore::page() without HTTP:" << Qt::endl;
        report(QStringLiteral("no filter"), w);
    }

    if (!parser.isSet(skipMemory)) {
        Sandbox::SandboxConfig memoryConfig;
        memoryConfig.production = true;
        Sandbox::SandboxServer memory(memoryConfig, clock);
        if (!memory.start(&error))
            qFatal("cannot start the in-memory Sandbox: %s", qPrintable(error));
        const qint64 before = residentBytes();
        fill(memory, entries);
        const qint64 after = residentBytes();
        out() << QStringLiteral("  in-memory store                %1 bytes/entry resident (%2 MB)")
                     .arg(double(after - before) / entries, 0, 'f', 1)
                     .arg((after - before) / 1048576.0, 0, 'f', 1)
              << Qt::endl;
    }
    return 0;
}
