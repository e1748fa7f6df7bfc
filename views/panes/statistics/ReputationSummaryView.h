#pragma once

#include <optional>

#include <QWidget>

#include "models/ses/ReputationStatus.h"

class QLabel;
class QPushButton;

namespace Ses
{
class ReputationSeries;
}

namespace Views
{

class StatusBadge;

/// Where reputation stands at a glance: a badge per metric (healthy, under review risk, at
/// risk) with its latest value, the account's enforcement status from GetAccount beside them,
/// and the "Create alarm" action.
class ReputationSummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReputationSummaryView)

public:
    explicit ReputationSummaryView(QWidget *parent = nullptr);

    void setReputation(const Ses::ReputationSeries &series, const QString &scope);
    /// HEALTHY | PROBATION | SHUTDOWN, or empty when unknown.
    void setEnforcementStatus(const QString &status);
    void setAlarmEnabled(bool enabled);
    void clear();
    void retranslate();

    StatusBadge *bounceBadge() const
    {
        return m_bounceBadge;
    }
    StatusBadge *complaintBadge() const
    {
        return m_complaintBadge;
    }

Q_SIGNALS:
    void createAlarmRequested();

private:
    void showEnforcement();

    QLabel *m_scopeLabel;
    QLabel *m_bounceTitle;
    StatusBadge *m_bounceBadge;
    QLabel *m_bounceValue;
    QLabel *m_complaintTitle;
    StatusBadge *m_complaintBadge;
    QLabel *m_complaintValue;
    QLabel *m_enforcementTitle;
    StatusBadge *m_enforcementBadge;
    QPushButton *m_createAlarmButton;
    QString m_enforcement;
};

} // namespace Views
