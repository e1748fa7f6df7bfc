#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QStringList>

#include "app/cli/commands/CliEnvironment.h"

namespace Cli
{

class Command;

/// sesdesk-cli: parses the global options and the command words, builds the AWS session, runs
/// one Command and returns its exit code. Everything it touches is injected, so tests run it
/// in-process with captured streams.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit CliApplication(CliEnvironment environment);
    ~CliApplication();

    /// Registers a command (the built-in ones are registered by the constructor).
    void addCommand(std::unique_ptr<Command> command);

    /// Runs argv (argv[0] is the program name) to completion, spinning an event loop while the
    /// command works. Returns the exit code.
    int run(const QStringList &arguments);

private:
    Command *findCommand(const QStringList &words, int *consumed) const;
    void printUsage() const;
    void printCommandHelp(const Command &command) const;

    CliEnvironment m_environment;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Cli
