#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/ses/SesRegion.h"

namespace Ses
{

/// Every SES region the Developer Guide lists (guide part-1 §1.2–1.4, L239-355, L2218-2221,
/// L9508-9511), with lookup by code and by the hosts that identify a region.
class RegionTable
{
    Q_DECLARE_TR_FUNCTIONS(Ses::RegionTable)

public:
    /// Every listed region, in the guide's order (US first).
    static const QList<SesRegion> &all();
    /// The listed region with this code; nullopt for an unlisted or malformed code.
    static std::optional<SesRegion> find(const QString &code);
    static bool isKnown(const QString &code);
    /// True if code looks like an AWS region code ("eu-west-1", "us-gov-west-1").
    static bool isValidCode(const QString &code);
    /// The listed region, or for a well-formed but unlisted code (a region newer than this table)
    /// one derived from AWS's naming pattern: API and feedback hosts by pattern, SMTP, receiving
    /// and the DKIM domain unknown (empty), known = false. nullopt for a malformed code.
    static std::optional<SesRegion> regionOrFallback(const QString &code);

    /// The default Easy DKIM domain, used by every region without a region-specific one.
    static QString defaultDkimDomain();
    /// The codes of the listed regions whose Easy DKIM domain is host (case-insensitive, a
    /// trailing dot ignored); empty if host is no SES DKIM domain.
    static QStringList regionsForDkimDomain(const QString &host);
    /// The region whose feedback-smtp host this is; nullopt if it is none.
    static std::optional<SesRegion> findByFeedbackHost(const QString &host);
    /// The region whose inbound-smtp host this is; nullopt if it is none.
    static std::optional<SesRegion> findByInboundHost(const QString &host);
};

} // namespace Ses
