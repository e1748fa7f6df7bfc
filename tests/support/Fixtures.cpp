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

QUrl sandboxUrl()
{
    return QUrl(fixtureFile(QStringLiteral("sandbox.url")));
}

QProcessEnvironment sandboxEnvironment()
{
    QProcessEnvironment env;
    for (const QString &line :
        fixtureFile(QStringLiteral("sandbox.env")).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return env;
}

} // namespace TestSupport
