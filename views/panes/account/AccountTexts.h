#pragma once

#include <QCoreApplication>
#include <QString>

namespace Views
{

/// The words the Account pane uses for SES's account states, with what each means (from the
/// SES Developer Guide), in one place so the pane, its dialogs and tests agree.
class AccountTexts
{
    Q_DECLARE_TR_FUNCTIONS(Views::AccountTexts)

public:
    /// HEALTHY | PROBATION | SHUTDOWN → "Healthy"...
    static QString enforcementStatus(const QString &status);
    static QString enforcementMeaning(const QString &status);
    /// PENDING | FAILED | GRANTED | DENIED → "Pending"...
    static QString reviewStatus(const QString &status);
    static QString reviewMeaning(const QString &status);
    /// MARKETING | TRANSACTIONAL
    static QString mailType(const QString &type);
    /// EN | JA
    static QString contactLanguage(const QString &language);
    static QString sandboxLimits();
    static QString sendingPaused();
};

} // namespace Views
