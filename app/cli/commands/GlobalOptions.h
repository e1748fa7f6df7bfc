#pragma once

#include <QString>
#include <QUrl>

namespace Cli
{

/// The options every command accepts (as the AWS CLI's global options).
struct GlobalOptions {
    enum class Output { Json, Table };

    QString profile;
    QString region;
    QUrl endpointUrl;
    Output output = Output::Table;
    bool debug = false;
    bool sandbox = false; ///< Run against an in-process SesDesk Sandbox.
};

} // namespace Cli
