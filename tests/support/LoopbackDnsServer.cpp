#include "tests/support/LoopbackDnsServer.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace TestSupport
{

namespace
{

QString dnsmasqPath()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

} // namespace

LoopbackDnsServer::LoopbackDnsServer(QHostAddress address)
    : m_address(std::move(address))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

LoopbackDnsServer::~LoopbackDnsServer()
{
    stop();
}

QString LoopbackDnsServer::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("dnsmasq must listen on port 53 (QDnsLookup in Qt 6.4 asks no other port), which "
                              "needs root");
    if (dnsmasqPath().isEmpty())
        return QStringLiteral("dnsmasq is missing: install Debian's dnsmasq-base (scripts/bootstrap.sh test does)");
    return {};
}

bool LoopbackDnsServer::start(const QStringList &localDomains, const QStringList &records)
{
    stop();
    m_domains = localDomains;
    m_error = unavailableReason();
    if (!m_error.isEmpty())
        return false;
    QStringList args{QStringLiteral("--keep-in-foreground"),
        QStringLiteral("--conf-file=/dev/null"),
        QStringLiteral("--no-resolv"),
        QStringLiteral("--no-hosts"),
        QStringLiteral("--bind-interfaces"),
        QStringLiteral("--listen-address=") + m_address.toString(),
        QStringLiteral("--port=53"),
        QStringLiteral("--pid-file="),
        QStringLiteral("--log-facility=-")};
    for (const QString &domain : localDomains)
        args << QStringLiteral("--local=/%1/").arg(domain);
    args << records;
    m_process.start(dnsmasqPath(), args);
    if (!m_process.waitForStarted(5000)) {
        m_error = m_process.errorString();
        return false;
    }
    // Ready when it answers NXDOMAIN for a name it does not hold (Qt 6.4 reports a closed port
    // like a NODATA answer, so only NXDOMAIN proves that the server is there).
    const QString probeName = QStringLiteral("sesdesk-ready-probe.") + localDomains.value(0, QStringLiteral("example"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("dnsmasq exited: ") + QString::fromLocal8Bit(m_process.readAll());
            return false;
        }
        QDnsLookup probe(QDnsLookup::TXT, probeName, m_address);
        QEventLoop loop;
        QObject::connect(&probe, &QDnsLookup::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        probe.lookup();
        loop.exec();
        if (probe.isFinished() && probe.error() == QDnsLookup::NotFoundError)
            return true;
        QEventLoop pause;
        QTimer::singleShot(100, &pause, &QEventLoop::quit);
        pause.exec();
    }
    m_error = QStringLiteral("dnsmasq did not answer on %1").arg(m_address.toString());
    return false;
}

void LoopbackDnsServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool LoopbackDnsServer::restart(const QStringList &records)
{
    return start(m_domains, records);
}

} // namespace TestSupport
