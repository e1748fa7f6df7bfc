#include "views/commands/ExportChartCommand.h"

#include <QDir>
#include <QFileDialog>
#include <QSaveFile>
#include <QStandardPaths>

#include "models/items/TimeSeriesModel.h"
#include "models/ses/TimeSeriesCsv.h"

#include "views/charts/TimeSeriesChartView.h"

namespace Views
{

ExportChartCommand::ExportChartCommand(TimeSeriesChartView *chart,
    const Items::TimeSeriesModel *model,
    Format format,
    const QString &suggestedName,
    QWidget *parentWidget)
    : Command(parentWidget)
    , m_chart(chart)
    , m_model(model)
    , m_format(format)
    , m_suggestedName(suggestedName)
{
}

ExportChartCommand::~ExportChartCommand()
{
    if (m_dialog)
        m_dialog->deleteLater();
}

void ExportChartCommand::doStart()
{
    if (!m_path.isEmpty()) {
        write();
        return;
    }
    const bool png = m_format == Format::Png;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_dialog = new QFileDialog(parentWidget(),
        png ? tr("Export chart as PNG") : tr("Export chart data as CSV"),
        QDir(folder).filePath(m_suggestedName + (png ? QStringLiteral(".png") : QStringLiteral(".csv"))),
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    m_dialog->setObjectName(QStringLiteral("exportChartFileDialog"));
    // The Qt dialog, so tests (and every platform) get the same, scriptable widget. Set first:
    // the widget dialog is built from the options in force when it is created.
    m_dialog->setOption(QFileDialog::DontUseNativeDialog);
    m_dialog->setAcceptMode(QFileDialog::AcceptSave);
    m_dialog->setDefaultSuffix(png ? QStringLiteral("png") : QStringLiteral("csv"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_path = file;
        write();
    });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        finish(Outcome::Cancelled);
    });
    m_dialog->open();
}

void ExportChartCommand::write()
{
    if (!m_chart || !m_model) {
        finish(Outcome::Cancelled);
        return;
    }
    if (m_format == Format::Png) {
        if (!m_chart->savePng(m_path)) {
            m_error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(m_path), m_chart->errorString());
            finish(Outcome::Failed);
            return;
        }
    } else {
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Ses::TimeSeriesCsv::write(m_model->table())) < 0
            || !file.commit()) {
            m_error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
            finish(Outcome::Failed);
            return;
        }
    }
    Q_EMIT info(tr("Saved %1").arg(QDir::toNativeSeparators(m_path)));
    finish(Outcome::Succeeded);
}

void ExportChartCommand::doCancel()
{
    if (m_dialog)
        m_dialog->close();
}

} // namespace Views
