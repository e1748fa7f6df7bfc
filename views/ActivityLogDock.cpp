#include "views/ActivityLogDock.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include "models/items/ActivityLogModel.h"

namespace Views
{

ActivityLogDock::ActivityLogDock(Items::ActivityLogModel *model, QWidget *parent)
    : QDockWidget(parent)
    , m_model(model)
    , m_view(new QTableView)
    , m_clearButton(new QPushButton)
{
    setObjectName(QStringLiteral("activityLogDock"));
    m_view->setObjectName(QStringLiteral("activityLogView"));
    m_clearButton->setObjectName(QStringLiteral("clearActivityLogButton"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(Items::ActivityLogModel::TimeColumn, 80);
    m_view->setColumnWidth(Items::ActivityLogModel::ConnectionColumn, 190);
    m_view->setColumnWidth(Items::ActivityLogModel::OperationColumn, 230);
    m_view->setColumnWidth(Items::ActivityLogModel::DurationColumn, 80);
    m_view->setColumnWidth(Items::ActivityLogModel::ResultColumn, 200);

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clearButton);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_clearButton, &QPushButton::clicked, model, &Items::ActivityLogModel::clear);
    // Follow new calls, unless the user scrolled up to read older ones.
    connect(model, &QAbstractItemModel::rowsInserted, m_view, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 1)
            QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
    retranslate();
}

void ActivityLogDock::retranslate()
{
    setWindowTitle(tr("Activity log"));
    m_view->setAccessibleName(tr("Activity log"));
    m_view->setAccessibleDescription(tr("Every API call SesDesk made, with its result and request ID"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setAccessibleName(tr("Clear the activity log"));
}

} // namespace Views
