#pragma once

#include <QString>
#include <QUrl>

namespace Aws
{

/// What the user asked for explicitly (command-line options or the connection dialog). Empty
/// means "not given": the environment and the shared files decide.
struct ResolveOptions {
    QString profile; ///< --profile: also turns off AWS_ACCESS_KEY_ID & co., as in botocore.
    QString region; ///< --region
    QUrl endpointUrl; ///< --endpoint-url: every service (SES v2, SES, CloudWatch, STS) goes there.
    QString accessKeyId; ///< Explicit keys win over everything else.
    QString secretAccessKey;
    QString sessionToken;
};

} // namespace Aws
