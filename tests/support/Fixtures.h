#pragma once

#include <QString>
#include <QUrl>

namespace TestSupport
{

/// The URL of the moto server started by the ctest fixture "moto" (empty if it is not running).
QUrl motoUrl();

/// Reads a fixture's state file from the build's fixtures folder.
QString fixtureFile(const QString &name);

} // namespace TestSupport
