#pragma once

#include <functional>

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Cli
{

class CliContext;

/// One sesdesk-cli subcommand ("identity create"): its words, help, options and the work.
/// run() is asynchronous and calls done exactly once with the exit code
/// (0 success, 1 service or network error, 2 usage error).
class Command
{
public:
    virtual ~Command() = default;

    /// The command words, e.g. {"identity", "create"}.
    virtual QStringList words() const = 0;
    virtual QString summary() const = 0;
    /// Positional arguments for the usage line, e.g. "NAME".
    virtual QString positionalSyntax() const
    {
        return {};
    }
    virtual QList<QCommandLineOption> options() const
    {
        return {};
    }
    /// Whether the command talks to AWS (and so needs credentials and a region).
    virtual bool needsSession() const
    {
        return true;
    }
    virtual void run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done) = 0;

    QString name() const
    {
        return words().join(QLatin1Char(' '));
    }
};

} // namespace Cli
