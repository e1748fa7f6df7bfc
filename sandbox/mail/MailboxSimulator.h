#pragma once

#include <QString>

namespace Sandbox
{

struct MailAddress;

/// The SES mailbox simulator (success@, bounce@, ooto@, complaint@, suppressionlist@ at
/// simulator.amazonses.com, with +labels): which outcome an address asks for. Simulator mail is
/// allowed in the SES sandbox, is paced by the send rate, and uses neither the daily quota nor
/// the reputation metrics.
class MailboxSimulator
{
public:
    enum class Scenario {
        None, ///< Not a simulator address.
        Success, ///< Delivered.
        Bounce, ///< Hard bounce, SMTP 550 5.1.1 "Unknown User"; not added to the suppression list.
        AutoResponse, ///< Delivered, then an out-of-office reply (RFC 3834).
        Complaint, ///< Delivered, then a complaint (RFC 5965).
        SuppressionList, ///< Hard bounce as if the address were on the suppression list.
    };

    static QString domain()
    {
        return QStringLiteral("simulator.amazonses.com");
    }
    static Scenario scenarioFor(const MailAddress &address);
    static bool isSimulator(const MailAddress &address)
    {
        return scenarioFor(address) != Scenario::None;
    }
};

} // namespace Sandbox
