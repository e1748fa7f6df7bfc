#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Ses
{

/// The SES mailbox simulator (developer guide, "Test sending with the mailbox simulator"): its
/// addresses, their optional "+label", and what each scenario produces, in words for people.
/// Mail to the simulator is allowed in the SES sandbox, does not use the daily sending quota and
/// does not count towards bounce and complaint rates (reputation) or VDM metrics; it is still
/// limited by the maximum send rate and billed.
class MailboxSimulator
{
    Q_DECLARE_TR_FUNCTIONS(Ses::MailboxSimulator)

public:
    enum class Scenario { Success, Bounce, Ooto, Complaint, SuppressionList };

    /// What the scenario is expected to produce, for matching against what happened.
    enum class Expectation { Delivered, HardBounce, AutoReply, Complaint, SuppressedBounce };

    static constexpr const char *Domain = "simulator.amazonses.com";
    static constexpr int MaxLocalPartLength = 64;

    static QList<Scenario> scenarios();

    /// "success", "bounce", "ooto", "complaint", "suppressionlist": the address's local part
    /// and the CLI's --scenario value.
    static QString keyword(Scenario scenario);
    static std::optional<Scenario> fromKeyword(const QString &keyword);

    /// "bounce@simulator.amazonses.com", or "bounce+label@simulator.amazonses.com" with a label.
    static QString address(Scenario scenario, const QString &label = {});
    /// The scenario of a simulator address (labels and letter case ignored); nullopt for any
    /// other address.
    static std::optional<Scenario> scenarioOf(const QString &address);
    /// The label of a simulator address ("label1" in "bounce+label1@..."), empty when none.
    static QString labelOf(const QString &address);
    static bool isSimulatorAddress(const QString &address);

    /// Empty when label can follow "+" in an address (RFC 5322 dot-atom characters, and short
    /// enough for a 64-character local part); otherwise why not.
    static QString validateLabel(Scenario scenario, const QString &label);

    static Expectation expectation(Scenario scenario);

    /// "Success", "Bounce", "Out of office (auto-reply)", "Complaint", "Suppression list".
    static QString title(Scenario scenario);
    /// The guide's description of what the scenario produces.
    static QString explanation(Scenario scenario);
    /// That simulator mail counts neither against the quota nor the reputation.
    static QString quotaNote();
    /// What labels are for.
    static QString labelNote();
    /// The sandbox's rule for any other recipient.
    static QString customRecipientNote();
};

} // namespace Ses
