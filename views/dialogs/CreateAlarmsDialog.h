#pragma once

#include <memory>

#include <QDialog>

#include "models/ses/CloudWatchTypes.h"

namespace Ui
{
class CreateAlarmsDialog;
}

namespace Views
{

/// Shows exactly which CloudWatch alarms "Create alarm" will make (Ses::ReputationAlarmPlan:
/// names, metrics, scope, statistic, period, threshold, missing-data rule, notification) and
/// lets the user add an SNS topic to notify; the plan updates as they type.
class CreateAlarmsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateAlarmsDialog)

public:
    CreateAlarmsDialog(const QString &region, const QString &configurationSet, QWidget *parent = nullptr);
    ~CreateAlarmsDialog() override;

    /// The alarms to create, as shown.
    QList<Ses::PutMetricAlarmRequest> plan() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updatePlan();
    QStringList topics() const;

    std::unique_ptr<Ui::CreateAlarmsDialog> m_ui;
    QString m_region;
    QString m_configurationSet;
};

} // namespace Views
