#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace TestSupport
{

/// A real DNS server for tests: Debian's dnsmasq on a loopback address of its own, port 53
/// (QDnsLookup in Qt 6.4 asks no other port, so this needs root), answering only from the
/// records it is given and NXDOMAIN for the rest of its local domains. Tests using it declare
/// the ctest RESOURCE_LOCK sesdesk_dns_127_0_0_153 so that two never run at once.
class LoopbackDnsServer
{
public:
    static constexpr const char *DefaultAddress = "127.0.0.153";

    explicit LoopbackDnsServer(QHostAddress address = QHostAddress(QString::fromLatin1(DefaultAddress)));
    ~LoopbackDnsServer();

    /// Empty if the server can run here, else why not (not root, dnsmasq missing): tests QSKIP
    /// or fail with it.
    static QString unavailableReason();

    /// Starts dnsmasq serving localDomains (NXDOMAIN for unknown names in them) with records given
    /// as dnsmasq options: "--cname=a.example.com,b.example.net", "--txt-record=n,part1,part2"
    /// (each comma-separated part is one string; quote characters are kept as text),
    /// "--mx-host=n,host,10". Waits until it answers; false (and errorString()) otherwise.
    bool start(const QStringList &localDomains, const QStringList &records);
    void stop();
    /// stop() and start() with other records, as an administrator's fix would.
    bool restart(const QStringList &records);

    QHostAddress address() const
    {
        return m_address;
    }
    QString errorString() const
    {
        return m_error;
    }

private:
    QHostAddress m_address;
    QProcess m_process;
    QStringList m_domains;
    QString m_error;
};

} // namespace TestSupport
