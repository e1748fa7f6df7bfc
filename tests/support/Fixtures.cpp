#include "tests/support/Fixtures.h"

#include <QFile>

namespace TestSupport
{

QString fixtureFile(const QString &name)
{
    QFile f(QStringLiteral(SESDESK_BINARY_DIR_FOR_SUPPORT "/fixtures/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

QUrl motoUrl()
{
    return QUrl(fixtureFile(QStringLiteral("moto.url")));
}

} // namespace TestSupport
