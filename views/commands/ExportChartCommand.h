#pragma once

#include <QPointer>

#include "views/commands/Command.h"

class QFileDialog;

namespace Items
{
class TimeSeriesModel;
}

namespace Views
{

class TimeSeriesChartView;

/// Exports one chart: as a PNG of what it shows, or its model's data as CSV
/// (Ses::TimeSeriesCsv, the same bytes as `sesdesk-cli stats ... --csv`). Asks for the file
/// with a window-modal save dialog unless a path was set; writes atomically.
class ExportChartCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportChartCommand)

public:
    enum class Format { Png, Csv };

    ExportChartCommand(TimeSeriesChartView *chart,
        const Items::TimeSeriesModel *model,
        Format format,
        const QString &suggestedName,
        QWidget *parentWidget);
    ~ExportChartCommand() override;

    /// Skips the dialog.
    void setPath(const QString &path)
    {
        m_path = path;
    }
    QString path() const
    {
        return m_path;
    }
    QString errorString() const
    {
        return m_error;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void write();

    QPointer<TimeSeriesChartView> m_chart;
    QPointer<const Items::TimeSeriesModel> m_model;
    Format m_format;
    QString m_suggestedName;
    QString m_path;
    QString m_error;
    QPointer<QFileDialog> m_dialog;
};

} // namespace Views
