#pragma once

#include <QWidget>

class QLabel;

namespace Ses
{
struct SendTotals;
}

namespace Views
{

/// The totals of the range shown: delivery attempts, bounces, complaints and rejects, with the
/// rates SES derives (per delivery attempt).
class SendingTotalsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendingTotalsView)

public:
    explicit SendingTotalsView(QWidget *parent = nullptr);

    void setTotals(const Ses::SendTotals &totals);
    void clear();
    void retranslate();

private:
    struct Figure {
        QLabel *title;
        QLabel *value;
    };
    Figure makeFigure(const QString &name);

    Figure m_attempts;
    Figure m_bounces;
    Figure m_complaints;
    Figure m_rejects;
};

} // namespace Views
