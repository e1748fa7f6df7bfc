#include "models/ses/MailboxSimulator.h"

#include <QRegularExpression>

namespace Ses
{

QList<MailboxSimulator::Scenario> MailboxSimulator::scenarios()
{
    return {Scenario::Success, Scenario::Bounce, Scenario::Ooto, Scenario::Complaint, Scenario::SuppressionList};
}

QString MailboxSimulator::keyword(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Success:
        return QStringLiteral("success");
    case Scenario::Bounce:
        return QStringLiteral("bounce");
    case Scenario::Ooto:
        return QStringLiteral("ooto");
    case Scenario::Complaint:
        return QStringLiteral("complaint");
    case Scenario::SuppressionList:
        break;
    }
    return QStringLiteral("suppressionlist");
}

std::optional<MailboxSimulator::Scenario> MailboxSimulator::fromKeyword(const QString &word)
{
    for (Scenario s : scenarios()) {
        if (keyword(s).compare(word, Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString MailboxSimulator::address(Scenario scenario, const QString &label)
{
    QString local = keyword(scenario);
    if (!label.isEmpty())
        local += QLatin1Char('+') + label;
    return local + QLatin1Char('@') + QLatin1String(Domain);
}

std::optional<MailboxSimulator::Scenario> MailboxSimulator::scenarioOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || address.mid(at + 1).compare(QLatin1String(Domain), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QString local = address.left(at);
    const qsizetype plus = local.indexOf(QLatin1Char('+'));
    if (plus >= 0)
        local.truncate(plus);
    return fromKeyword(local);
}

QString MailboxSimulator::labelOf(const QString &address)
{
    if (!scenarioOf(address))
        return {};
    const QString local = address.left(address.lastIndexOf(QLatin1Char('@')));
    const qsizetype plus = local.indexOf(QLatin1Char('+'));
    return plus < 0 ? QString() : local.mid(plus + 1);
}

bool MailboxSimulator::isSimulatorAddress(const QString &address)
{
    return scenarioOf(address).has_value();
}

QString MailboxSimulator::validateLabel(Scenario scenario, const QString &label)
{
    if (label.isEmpty())
        return {};
    static const QRegularExpression atom(
        QStringLiteral(R"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$)"));
    if (!atom.match(label).hasMatch())
        return tr("A label may contain letters, digits and !#$%&'*+-/=?^_`{|}~, and dots between them; "
                  "\"%1\" does not fit.")
            .arg(label);
    const qsizetype localLength = keyword(scenario).size() + 1 + label.size();
    if (localLength > MaxLocalPartLength)
        return tr("The label is too long: the part before \"@\" may have at most %1 characters.")
            .arg(MaxLocalPartLength);
    return {};
}

MailboxSimulator::Expectation MailboxSimulator::expectation(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Success:
        return Expectation::Delivered;
    case Scenario::Bounce:
        return Expectation::HardBounce;
    case Scenario::Ooto:
        return Expectation::AutoReply;
    case Scenario::Complaint:
        return Expectation::Complaint;
    case Scenario::SuppressionList:
        break;
    }
    return Expectation::SuppressedBounce;
}

QString MailboxSimulator::title(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Success:
        return tr("Success");
    case Scenario::Bounce:
        return tr("Bounce");
    case Scenario::Ooto:
        return tr("Out of office (auto-reply)");
    case Scenario::Complaint:
        return tr("Complaint");
    case Scenario::SuppressionList:
        break;
    }
    return tr("Suppression list");
}

QString MailboxSimulator::explanation(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Success:
        return tr("The simulator accepts the message and delivers it. If you set up notifications (Amazon SNS or an "
                  "event destination), you receive a delivery notification.");
    case Scenario::Bounce:
        return tr("The simulator rejects the message with SMTP status 550 5.1.1 (\"Unknown User\"), a hard bounce. "
                  "SES sends you a bounce notification (RFC 3464) by email or Amazon SNS, as you set up. The address "
                  "is not added to your suppression list.");
    case Scenario::Ooto:
        return tr("The simulator accepts the message and answers with an out-of-the-office auto-reply (RFC 3834), "
                  "sent to the Return-Path address, or to the MAIL FROM address when there is none.");
    case Scenario::Complaint:
        return tr("The simulator accepts the message and the recipient then marks it as spam. SES sends you a "
                  "complaint notification (RFC 5965) by email or Amazon SNS, as you set up.");
    case Scenario::SuppressionList:
        break;
    }
    return tr("SES treats the address as if it were on the suppression list and generates a hard bounce, as it does "
              "for an address on the list.");
}

QString MailboxSimulator::quotaNote()
{
    return tr("Mail to the mailbox simulator does not count against your daily sending quota, and its bounces and "
              "complaints do not count towards your reputation (bounce and complaint rates) or Virtual "
              "Deliverability Manager metrics. It is still limited by your maximum send rate, billed like other "
              "email, and allowed while the account is in the sandbox.");
}

QString MailboxSimulator::labelNote()
{
    return tr("An optional label after \"+\" (bounce+label1@simulator.amazonses.com) tells test messages apart, for "
              "example to test VERP; the simulator treats the address like the one without it.");
}

QString MailboxSimulator::customRecipientNote()
{
    return tr("While the account is in the SES sandbox, a custom recipient must be a verified email address or "
              "belong to a verified domain; only the mailbox simulator is exempt. Mail to a real address counts "
              "against the quota and the reputation.");
}

} // namespace Ses
