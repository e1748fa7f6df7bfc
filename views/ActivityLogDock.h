#pragma once

#include <QDockWidget>

class QPushButton;
class QTableView;

namespace Items
{
class ActivityLogModel;
}

namespace Views
{

/// The Activity log dock: every API call made (time, connection, operation, duration, result,
/// request id), newest at the bottom, following new calls while scrolled to the end.
class ActivityLogDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogDock)

public:
    ActivityLogDock(Items::ActivityLogModel *model, QWidget *parent = nullptr);

    QTableView *view() const
    {
        return m_view;
    }
    void retranslate();

private:
    Items::ActivityLogModel *m_model;
    QTableView *m_view;
    QPushButton *m_clearButton;
};

} // namespace Views
