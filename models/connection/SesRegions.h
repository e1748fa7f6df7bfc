#pragma once

#include <QStringList>

namespace Connection
{

/// The regions where SES v2 is offered, for the region switcher and the profile dialog.
/// (Interim list; the full Ses::RegionTable with display names and endpoints replaces it.)
class SesRegions
{
public:
    static QStringList codes();
    static bool isKnown(const QString &code);
    /// "Asia Pacific (Seoul)" for "ap-northeast-2"; the code itself when unknown.
    static QString displayName(const QString &code);
};

} // namespace Connection
