#include <algorithm>
#include <limits>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include "models/aws/AwsResponse.h"
#include "models/ses/AwsTimestamp.h"
#include "models/ses/SendStatisticsSeries.h"
#include "models/ses/SesV1Client.h"
#include "models/ses/StatisticsDatabase.h"

// Measures what the Statistics pane does with a year of history (35,040 points of 15 minutes):
// parsing a two-week GetSendStatistics answer, merging and bucketing the year into each period,
// and writing and reading the SQLite history. Best of several rounds, in milliseconds.

namespace
{

QList<Ses::SendDataPoint> year()
{
    QList<Ses::SendDataPoint> points;
    const QDateTime start(QDate(2025, 3, 15), QTime(0, 13), Qt::UTC);
    for (int i = 0; i < 365 * 96; ++i) {
        Ses::SendDataPoint p;
        p.timestamp = start.addSecs(i * 900LL);
        p.deliveryAttempts = 40 + (i * 7) % 60;
        p.bounces = i % 4 == 0 ? (i * 3) % 5 : 0;
        p.complaints = i % 97 == 0 ? 1 : 0;
        p.rejects = i % 53 == 0 ? 1 : 0;
        points.append(p);
    }
    // SES answers in no particular order.
    std::reverse(points.begin(), points.end());
    return points;
}

QByteArray xml(const QList<Ses::SendDataPoint> &points)
{
    QByteArray out = "<GetSendStatisticsResponse xmlns=\"http://ses.amazonaws.com/doc/2010-12-01/\">"
                     "<GetSendStatisticsResult><SendDataPoints>";
    for (const Ses::SendDataPoint &p : points)
        out += "<member><DeliveryAttempts>" + QByteArray::number(p.deliveryAttempts) + "</DeliveryAttempts><Timestamp>"
            + Ses::AwsTimestamp::toIso(p.timestamp).toUtf8() + "</Timestamp><Rejects>" + QByteArray::number(p.rejects)
            + "</Rejects><Bounces>" + QByteArray::number(p.bounces) + "</Bounces><Complaints>"
            + QByteArray::number(p.complaints) + "</Complaints></member>";
    return out + "</SendDataPoints></GetSendStatisticsResult></GetSendStatisticsResponse>";
}

template <typename F> double best(int rounds, F &&f)
{
    double bestMs = std::numeric_limits<double>::max();
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        f();
        bestMs = std::min(bestMs, t.nsecsElapsed() / 1e6);
    }
    return bestMs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Parsing, bucketing and history figures for sending statistics."));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
        QStringLiteral("Rounds per row, best kept (default 3)."),
        QStringLiteral("n"),
        QStringLiteral("3"));
    parser.addOption(roundsOption);
    parser.process(app);
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    QTextStream out(stdout);

    const QList<Ses::SendDataPoint> points = year();
    Aws::AwsResponse twoWeeks;
    twoWeeks.body = xml(points.mid(0, 14 * 96));
    out << QStringLiteral("%1 points (a year of 15 minutes), best of %2 rounds").arg(points.size()).arg(rounds)
        << Qt::endl;

    int parsed = 0;
    out << QStringLiteral("parse GetSendStatistics (1,344 points, %1 KB):  %2 ms")
               .arg(twoWeeks.body.size() / 1024)
               .arg(best(rounds,
                        [&] {
                            parsed = static_cast<int>(
                                Ses::SesV1Client::parseSendStatistics(twoWeeks).value().points.size());
                        }),
                   0,
                   'f',
                   2)
        << Qt::endl;

    Ses::SendStatisticsSeries series;
    out << QStringLiteral("sort and deduplicate the year:                 %1 ms")
               .arg(best(rounds,
                        [&] {
                            series = Ses::SendStatisticsSeries(points);
                        }),
                   0,
                   'f',
                   2)
        << Qt::endl;
    const Ses::TimeRange all{series.first(), series.last().addSecs(900)};
    for (Ses::Aggregation a : {Ses::Aggregation(Ses::Aggregation::FifteenMinutes),
             Ses::Aggregation(Ses::Aggregation::Hour),
             Ses::Aggregation(Ses::Aggregation::Day)}) {
        int rows = 0;
        const double ms = best(rounds, [&] {
            rows = series.aggregate(a, all).rowCount();
        });
        out << QStringLiteral("bucket the year by %1 (%2 rows):").arg(a.key()).arg(rows).leftJustified(47)
            << QStringLiteral("%1 ms").arg(ms, 0, 'f', 2) << Qt::endl;
    }

    QTemporaryDir dir;
    const auto scope = Ses::StatisticsScope::forAccount(QStringLiteral("123456789012"), QStringLiteral("us-east-1"));
    Ses::StatisticsDatabase db;
    if (!db.open(dir.filePath(QStringLiteral("statistics.sqlite"))).ok())
        return 1;
    out << QStringLiteral("write the year to the history (one batch):     %1 ms")
               .arg(best(rounds,
                        [&] {
                            db.saveSendPoints(scope, points);
                        }),
                   0,
                   'f',
                   2)
        << Qt::endl;
    out << QStringLiteral("write two weeks again (a refresh):             %1 ms")
               .arg(best(rounds,
                        [&] {
                            db.saveSendPoints(scope, points.mid(0, 14 * 96));
                        }),
                   0,
                   'f',
                   2)
        << Qt::endl;
    int read = 0;
    out << QStringLiteral("read the year back:                            %1 ms")
               .arg(best(rounds,
                        [&] {
                            read = static_cast<int>(db.sendPoints(scope.key()).value().size());
                        }),
                   0,
                   'f',
                   2)
        << Qt::endl;
    return parsed == 14 * 96 && read == points.size() ? 0 : 1;
}
