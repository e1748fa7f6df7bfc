#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "models/aws/Result.h"

namespace Aws
{

/// Splits a command line into words the way Python's shlex.split (POSIX mode) does, which is
/// what botocore uses for credential_process and for "[profile name]" section headers: blanks
/// separate words, single quotes are literal, double quotes allow \" and \\, a backslash
/// outside quotes escapes any character. No shell is involved: no variables, globs or pipes.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(Aws::ShellWords)

public:
    /// The words, or a Usage error ("no closing quotation", "no escaped character").
    static Result<QStringList> split(const QString &commandLine);
};

} // namespace Aws
