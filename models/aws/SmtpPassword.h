#pragma once

#include <QString>

#include "models/aws/Result.h"

namespace Aws
{

/// Derives the Amazon SES SMTP password of an IAM user from its secret access key, the way AWS
/// documents it: the SigV4 key derivation at the fixed date "11111111" for the service "ses" in
/// the region, an HMAC of "SendRawEmail" with that key, then Base64 of the version byte 0x04 and
/// the HMAC. The SMTP user name is the access key id. Temporary credentials cannot be converted:
/// SES SMTP only accepts long-term keys.
class SmtpPassword final
{
public:
    SmtpPassword() = delete;

    /// The SMTP password for the region's SMTP endpoint, or a Usage error naming the bad input.
    static Result<QString> fromSecretKey(const QString &secretAccessKey, const QString &region);
};

} // namespace Aws
