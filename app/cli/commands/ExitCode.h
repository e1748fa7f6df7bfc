#pragma once

namespace Cli
{

/// sesdesk-cli's exit codes, as the AWS CLI uses them.
enum ExitCode : int {
    Success = 0,
    ServiceError = 1, ///< The service or the network failed; details on stderr.
    UsageError = 2,
};

} // namespace Cli
