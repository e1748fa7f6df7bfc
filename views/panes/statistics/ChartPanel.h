#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QToolButton;

namespace Items
{
class TimeSeriesModel;
}

namespace Views
{

class MessageBoxes;
class TimeSeriesChartView;

/// One chart with its tools: reset zoom, export as PNG, export the data as CSV
/// (ExportChartCommand). exportName is the suggested file name, without extension.
class ChartPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    ChartPanel(
        const QString &name, Items::TimeSeriesModel *model, const QStringList &seriesKeys, QWidget *parent = nullptr);

    TimeSeriesChartView *chart() const
    {
        return m_chart;
    }
    void setMessageBoxes(MessageBoxes *messageBoxes)
    {
        m_messageBoxes = messageBoxes;
    }
    void setExportName(const QString &exportName)
    {
        m_exportName = exportName;
    }
    /// A line under the chart (a legend note, "history since...").
    void setNote(const QString &note);
    void retranslate(const QString &title);

public Q_SLOTS:
    void exportPng();
    void exportCsv();

Q_SIGNALS:
    /// An export finished; for the status bar.
    void info(const QString &message);

private:
    void startExport(bool png);

    Items::TimeSeriesModel *m_model;
    TimeSeriesChartView *m_chart;
    QToolButton *m_resetZoomButton;
    QToolButton *m_exportPngButton;
    QToolButton *m_exportCsvButton;
    QLabel *m_note;
    MessageBoxes *m_messageBoxes = nullptr;
    QString m_exportName;
};

} // namespace Views
