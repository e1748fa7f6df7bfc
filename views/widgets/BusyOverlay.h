#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Views
{

/// A translucent layer over a widget while its data loads: an indeterminate progress bar and a
/// short text. It follows the covered widget's size and blocks clicks on stale content.
class BusyOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyOverlay)

public:
    explicit BusyOverlay(QWidget *covered);

    void setText(const QString &text);
    QString text() const;
    void start();
    void stop();
    bool isActive() const
    {
        return m_active;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *m_covered;
    QLabel *m_label;
    QProgressBar *m_progress;
    bool m_active = false;
};

} // namespace Views
