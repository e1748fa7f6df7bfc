#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include "sandbox/SandboxConfig.h"

namespace Sandbox
{

/// Reads sesdesk-sandbox's command line into a SandboxConfig, with a specific message for
/// every bad value.
class SandboxCommandLine
{
public:
    enum class Action {
        Run,
        ShowHelp,
        ShowVersion,
        Error,
    };
    struct Result {
        Action action = Action::Run;
        SandboxConfig config;
        QString message; ///< The help text, or what is wrong.
    };

    /// @param arguments including the program name, as QCoreApplication::arguments() gives them.
    /// @param environment SESDESK_SANDBOX_SECRET_ACCESS_KEY supplies the secret without
    ///        exposing it in the process list.
    static Result parse(const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    static constexpr quint16 kDefaultPort = 4580;
};

} // namespace Sandbox
