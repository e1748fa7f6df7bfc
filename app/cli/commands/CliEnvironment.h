#pragma once

#include <QProcessEnvironment>
#include <QString>

class QNetworkAccessManager;
class QTextStream;

namespace Aws
{
class Clock;
}

namespace Cli
{

/// What the composition root hands the CLI: the network manager, clock, process environment,
/// home folder and the two output streams. Tests pass their own and capture the output.
struct CliEnvironment {
    QNetworkAccessManager *network = nullptr;
    const Aws::Clock *clock = nullptr;
    QProcessEnvironment env;
    QString homeDir;
    QTextStream *out = nullptr;
    QTextStream *err = nullptr;
};

} // namespace Cli
