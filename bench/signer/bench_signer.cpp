#include <algorithm>
#include <limits>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include "models/aws/SigV4Signer.h"

// Measures SigV4Signer on a typical SES v2 SendEmail request: signatures per second for header
// signing and presigning, with the signing key cached (the steady state) and derived for every
// signature (the first call of a day or a new credential). Best of several rounds.

namespace
{

Aws::SigningRequest sendEmailRequest()
{
    Aws::SigningRequest request;
    request.method = "POST";
    request.path = "/v2/email/outbound-emails";
    request.body = QByteArray(R"({"FromEmailAddress":"ops+alerts@example.com","Destination":{"ToAddresses":[)")
        + QByteArray(R"("someone@example.net"]},"Content":{"Simple":{"Subject":{"Data":"Weekly report"},)")
        + R"("Body":{"Text":{"Data":")" + QByteArray(2000, 'x') + R"("}}}}})";
    request.headers = {{"Host", "email.us-east-1.amazonaws.com"},
        {"Content-Type", "application/json"},
        {"Content-Length", QByteArray::number(request.body.size())},
        {"User-Agent", "sesdesk-bench"}};
    return request;
}

struct Row {
    const char *name;
    bool presign;
    bool cached;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signatures per second of the SigV4 signer."));
    parser.addHelpOption();
    const QCommandLineOption iterationsOption(QStringLiteral("iterations"),
        QStringLiteral("Signatures per round (default 20000)."),
        QStringLiteral("n"),
        QStringLiteral("20000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
        QStringLiteral("Rounds per row, best kept (default 3)."),
        QStringLiteral("n"),
        QStringLiteral("3"));
    parser.addOption(iterationsOption);
    parser.addOption(roundsOption);
    parser.process(app);
    const int iterations = std::max(1, parser.value(iterationsOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    Aws::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    credentials.sessionToken = QStringLiteral("FQoGZXIvYXdzEBenchmarkSessionToken==");
    const QDateTime time(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC);
    const Aws::SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("ses"));
    const Aws::SigningRequest prototype = sendEmailRequest();

    QTextStream out(stdout);
    out << "SigV4Signer: SES SendEmail request, " << prototype.body.size() << "-byte body, " << iterations
        << " signatures per round, best of " << rounds << " rounds\n";
    const Row rows[] = {{"header signing, cached key", false, true},
        {"header signing, key derived each time", false, false},
        {"presigning, cached key", true, true},
        {"presigning, key derived each time", true, false}};
    quint64 checksum = 0; // keeps the work observable
    for (const Row &row : rows) {
        qint64 bestNs = std::numeric_limits<qint64>::max();
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i < iterations; ++i) {
                if (!row.cached)
                    signer.clearKeyCache();
                Aws::SigningRequest request = prototype;
                const Aws::SignatureParts parts = row.presign ? signer.presign(request, credentials, time, 900)
                                                              : signer.sign(request, credentials, time);
                checksum += quint8(parts.signature.at(i % 64));
            }
            bestNs = std::min(bestNs, timer.nsecsElapsed());
        }
        const double perSecond = double(iterations) * 1e9 / double(std::max<qint64>(bestNs, 1));
        const double microseconds = double(bestNs) / 1e3 / double(iterations);
        out << QStringLiteral("  %1 %2 signatures/s  (%3 us each)\n")
                   .arg(QString::fromLatin1(row.name), -40)
                   .arg(perSecond, 10, 'f', 0)
                   .arg(microseconds, 6, 'f', 1);
        out.flush();
    }
    out << "  (checksum " << checksum << ")\n";
    return 0;
}
