#include "models/aws/Credentials.h"

#include <QDebug>

namespace Aws {

QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Credentials(" << credentials.accessKeyId << ", secret=<redacted>";
    if (credentials.isTemporary())
        debug << ", token=<redacted>";
    if (credentials.expiration.isValid())
        debug << ", expires " << credentials.expiration.toString(Qt::ISODate);
    debug << ')';
    return debug;
}

} // namespace Aws
