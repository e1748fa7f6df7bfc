#pragma once

#include <QString>

namespace Ses
{

/// One SES region and the hosts an administrator needs for it: the API, SMTP and receiving
/// endpoints, the custom MAIL FROM feedback host and the Easy DKIM CNAME target domain.
/// An empty host means the region has no such endpoint.
struct SesRegion {
    QString code; ///< "ap-northeast-2"
    /// English display name, marked with QT_TRANSLATE_NOOP("Ses::RegionTable", ...).
    const char *displayNameSource = nullptr;
    QString apiEndpoint; ///< email.<region>.amazonaws.com (SES v1 and v2)
    QString smtpEndpoint; ///< email-smtp.<region>.amazonaws.com, or empty (no SMTP interface)
    QString inboundSmtpEndpoint; ///< inbound-smtp.<region>.amazonaws.com, or empty (no receiving)
    QString feedbackSmtpEndpoint; ///< feedback-smtp.<region>.amazonses.com (custom MAIL FROM MX)
    QString dkimDomain; ///< Easy DKIM CNAME target domain; empty when not known (unlisted region)
    /// False for a region missing from the table, whose hosts were derived from the naming
    /// pattern (see RegionTable::regionOrFallback()).
    bool known = true;

    bool hasSmtp() const
    {
        return !smtpEndpoint.isEmpty();
    }
    bool receivesMail() const
    {
        return !inboundSmtpEndpoint.isEmpty();
    }
    /// The display name in the UI language (the code itself for an unlisted region).
    QString displayName() const;
};

} // namespace Ses
