#pragma once

#include <QRegularExpression>
#include <QString>

namespace TestSupport
{

/// Reads the AWS CLI's error line: "An error occurred (NotFoundException) when calling the
/// GetEmailIdentity operation: Email identity x does not exist."
struct AwsCliError {
    QString code;
    QString operation;
    QString message;

    static AwsCliError parse(const QString &stderrText)
    {
        static const QRegularExpression line(QStringLiteral("An error occurred \\(([^)]*)\\) when calling the (\\w+) "
                                                            "operation(?: \\(reached max retries: \\d+\\))?: (.*)"));
        AwsCliError error;
        const QRegularExpressionMatch m = line.match(stderrText);
        if (m.hasMatch()) {
            error.code = m.captured(1);
            error.operation = m.captured(2);
            error.message = m.captured(3).trimmed();
        }
        return error;
    }
};

} // namespace TestSupport
