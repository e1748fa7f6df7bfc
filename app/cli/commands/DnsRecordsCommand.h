#pragma once

#include <QCoreApplication>

#include "app/cli/commands/Command.h"

namespace Cli
{

/// `dns-records NAME [--format table|bind|csv|route53] [--check [--nameserver IP]]`: the DNS
/// records an identity needs (GetEmailIdentity, then Ses::DnsRecordSet), exported in one of the
/// formats, or checked against the DNS with Ses::DnsChecker.
class DnsRecordsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DnsRecordsCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("dns-records")};
    }
    QString summary() const override;
    QString positionalSyntax() const override
    {
        return QStringLiteral("NAME");
    }
    QList<QCommandLineOption> options() const override;
    void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) override;
};

} // namespace Cli
