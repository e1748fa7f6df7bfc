#include "sandbox/mail/MailboxSimulator.h"

#include "sandbox/state/MailAddress.h"

namespace Sandbox
{

MailboxSimulator::Scenario MailboxSimulator::scenarioFor(const MailAddress &address)
{
    if (address.domain.compare(domain(), Qt::CaseInsensitive) != 0)
        return Scenario::None;
    const QString mailbox = address.localPart.section(QLatin1Char('+'), 0, 0).toLower();
    if (mailbox == QLatin1String("success"))
        return Scenario::Success;
    if (mailbox == QLatin1String("bounce"))
        return Scenario::Bounce;
    if (mailbox == QLatin1String("ooto"))
        return Scenario::AutoResponse;
    if (mailbox == QLatin1String("complaint"))
        return Scenario::Complaint;
    if (mailbox == QLatin1String("suppressionlist"))
        return Scenario::SuppressionList;
    return Scenario::None;
}

} // namespace Sandbox
