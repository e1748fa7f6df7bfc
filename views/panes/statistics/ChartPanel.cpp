#include "views/panes/statistics/ChartPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/items/TimeSeriesModel.h"

#include "views/charts/TimeSeriesChartView.h"
#include "views/commands/ExportChartCommand.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

ChartPanel::ChartPanel(
    const QString &name, Items::TimeSeriesModel *model, const QStringList &seriesKeys, QWidget *parent)
    : QGroupBox(parent)
    , m_model(model)
    , m_chart(new TimeSeriesChartView)
    , m_resetZoomButton(new QToolButton)
    , m_exportPngButton(new QToolButton)
    , m_exportCsvButton(new QToolButton)
    , m_note(new QLabel)
    , m_exportName(name)
{
    setObjectName(name + QStringLiteral("Panel"));
    m_chart->setObjectName(name + QStringLiteral("Chart"));
    m_resetZoomButton->setObjectName(name + QStringLiteral("ResetZoomButton"));
    m_exportPngButton->setObjectName(name + QStringLiteral("ExportPngButton"));
    m_exportCsvButton->setObjectName(name + QStringLiteral("ExportCsvButton"));
    m_note->setObjectName(name + QStringLiteral("NoteLabel"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    for (QToolButton *b : {m_resetZoomButton, m_exportPngButton, m_exportCsvButton})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chart->setModel(model, seriesKeys);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_note, 1);
    tools->addWidget(m_resetZoomButton);
    tools->addWidget(m_exportPngButton);
    tools->addWidget(m_exportCsvButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addLayout(tools);

    connect(m_resetZoomButton, &QToolButton::clicked, m_chart, &TimeSeriesChartView::resetZoom);
    connect(m_exportPngButton, &QToolButton::clicked, this, &ChartPanel::exportPng);
    connect(m_exportCsvButton, &QToolButton::clicked, this, &ChartPanel::exportCsv);
}

void ChartPanel::setNote(const QString &note)
{
    m_note->setText(note);
}

void ChartPanel::retranslate(const QString &title)
{
    setTitle(title);
    m_chart->setTitle(QString());
    m_chart->setAccessibleName(title);
    m_chart->setAccessibleDescription(
        tr("Chart. Drag to zoom into a time span, use the mouse wheel or + and - to zoom, Shift+drag or the arrow "
           "keys to pan, 0 to reset. Click a legend entry to hide or show its series."));
    m_resetZoomButton->setText(tr("Reset zoom"));
    m_resetZoomButton->setAccessibleName(tr("Reset zoom of %1").arg(title));
    m_exportPngButton->setText(tr("Export PNG…"));
    m_exportPngButton->setAccessibleName(tr("Export %1 as PNG").arg(title));
    m_exportCsvButton->setText(tr("Export CSV…"));
    m_exportCsvButton->setAccessibleName(tr("Export the data of %1 as CSV").arg(title));
}

void ChartPanel::exportPng()
{
    startExport(true);
}

void ChartPanel::exportCsv()
{
    startExport(false);
}

void ChartPanel::startExport(bool png)
{
    auto *command = new ExportChartCommand(m_chart,
        m_model,
        png ? ExportChartCommand::Format::Png : ExportChartCommand::Format::Csv,
        m_exportName,
        window());
    connect(command, &Command::info, this, &ChartPanel::info);
    connect(command, &Command::finished, this, [this, command](Command::Outcome outcome) {
        if (outcome == Command::Outcome::Failed && m_messageBoxes)
            m_messageBoxes->warning(this, tr("Export failed"), command->errorString());
    });
    command->start();
}

} // namespace Views
