#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace TestSupport
{

/// The URL of the moto server started by the ctest fixture "moto" (empty if it is not running).
QUrl motoUrl();

/// The URL of the SesDesk Sandbox started by the ctest fixture "sandbox" (empty if not running).
QUrl sandboxUrl();

/// The AWS_REGION, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY of the fixture "sandbox".
QProcessEnvironment sandboxEnvironment();

/// Reads a fixture's state file from the build's fixtures folder.
QString fixtureFile(const QString &name);

} // namespace TestSupport
