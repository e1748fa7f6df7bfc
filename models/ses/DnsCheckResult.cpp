#include "models/ses/DnsCheckResult.h"

namespace Ses
{

bool DnsCheckResult::hasMistake(Mistake mistake) const
{
    for (const Finding &f : findings) {
        if (f.mistake == mistake)
            return true;
    }
    return false;
}

QString DnsCheckResult::stateText(State state)
{
    switch (state) {
    case State::NotChecked:
        return tr("Not checked");
    case State::Correct:
        return tr("Published and correct");
    case State::PresentUnverified:
        return tr("Published (value not compared)");
    case State::Missing:
        return tr("Missing");
    case State::Different:
        return tr("Published with a different value");
    case State::LookupFailed:
        return tr("Lookup failed");
    }
    return {};
}

QString DnsCheckResult::summary() const
{
    if (state == State::LookupFailed && !errorString.isEmpty())
        return tr("Lookup failed: %1").arg(errorString);
    return stateText(state);
}

QString DnsCheckResult::explanation() const
{
    QStringList lines{summary()};
    for (const Finding &f : findings)
        lines << f.message;
    lines << notes;
    return lines.join(QLatin1Char('\n'));
}

} // namespace Ses
