#include "models/aws/RetryPolicy.h"

#include <algorithm>
#include <cmath>

#include <QRandomGenerator>
#include <QStringList>

#include "models/aws/AwsError.h"

namespace Aws
{

std::chrono::milliseconds RetryPolicy::backoff(int attempt) const
{
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const double exp = std::ldexp(1.0, std::clamp(attempt - 1, 0, 30));
    const double ceiling
        = std::min(static_cast<double>(maxBackoff.count()), static_cast<double>(baseDelay.count()) * exp);
    return std::chrono::milliseconds(static_cast<qint64>(std::clamp(r, 0.0, 1.0) * ceiling));
}

bool RetryPolicy::isThrottlingCode(const QString &code)
{
    // botocore's standard-mode list, minus LimitExceededException: SES uses that code for hard
    // resource limits (too many identities, event destinations...), which no retry can cure.
    static const QStringList codes{
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
    };
    return codes.contains(code);
}

bool RetryPolicy::isTransientCode(const QString &code)
{
    static const QStringList codes{
        QStringLiteral("RequestTimeout"),
        QStringLiteral("RequestTimeoutException"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("InternalFailure"),
        QStringLiteral("InternalError"),
        QStringLiteral("InternalServerError"),
        QStringLiteral("ServiceUnavailable"),
    };
    return codes.contains(code);
}

bool RetryPolicy::isClockSkewError(const AwsError &error)
{
    if (error.code == QLatin1String("RequestTimeTooSkewed") || error.code == QLatin1String("RequestExpired")
        || error.code == QLatin1String("RequestInTheFuture"))
        return true;
    // SES and STS answer a skewed clock with a signature error whose message says so.
    const bool signatureCode = error.code == QLatin1String("InvalidSignatureException")
        || error.code == QLatin1String("SignatureDoesNotMatch") || error.code == QLatin1String("AuthFailure");
    return signatureCode
        && (error.message.contains(QLatin1String("Signature expired"), Qt::CaseInsensitive)
            || error.message.contains(QLatin1String("Signature not yet current"), Qt::CaseInsensitive));
}

bool RetryPolicy::isRetryable(const AwsError &error)
{
    switch (error.kind) {
    case AwsError::Kind::Network:
    case AwsError::Kind::Timeout:
        return true;
    case AwsError::Kind::Service:
        break;
    default:
        return false;
    }
    // A daily quota does not come back within any backoff.
    if (error.message.contains(QLatin1String("Daily message quota exceeded"), Qt::CaseInsensitive))
        return false;
    if (isThrottlingCode(error.code) || isTransientCode(error.code))
        return true;
    return error.httpStatus == 429 || error.httpStatus == 500 || error.httpStatus == 502 || error.httpStatus == 503
        || error.httpStatus == 504;
}

} // namespace Aws
