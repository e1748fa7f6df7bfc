#include "sandbox/mail/VirusScanner.h"

#include <QList>

namespace Sandbox
{

namespace
{

const QByteArray kEicar = QByteArrayLiteral("EICAR-STANDARD-ANTIVIRUS-TEST-FILE");

bool isBase64Line(const QByteArray &line)
{
    if (line.size() < 16)
        return false;
    for (const char c : line) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
            || c == '/' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool VirusScanner::containsVirus(const QByteArray &mime)
{
    if (mime.contains(kEicar))
        return true;
    QByteArray run;
    auto check = [&] {
        const bool found = !run.isEmpty() && QByteArray::fromBase64(run).contains(kEicar);
        run.clear();
        return found;
    };
    for (const QByteArray &rawLine : mime.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (isBase64Line(line)) {
            run += line;
            continue;
        }
        if (check())
            return true;
    }
    return check();
}

} // namespace Sandbox
