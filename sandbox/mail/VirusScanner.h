#pragma once

#include <QByteArray>

namespace Sandbox
{

/// SES scans every accepted message and rejects those carrying a virus (a Reject event). The
/// Sandbox recognises the EICAR test file the guide suggests for testing rejects, in the clear or
/// in a base64-encoded part.
class VirusScanner
{
public:
    static bool containsVirus(const QByteArray &mime);
};

} // namespace Sandbox
