#include "views/commands/ExportSuppressionListCommand.h"

#include <QDir>

#include "models/ses/AtomicFile.h"
#include "models/ses/SuppressionCsvExporter.h"

#include "views/widgets/FileDialogs.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

ExportSuppressionListCommand::ExportSuppressionListCommand(QList<Ses::SuppressedDestinationSummary> entries,
    QString suggestedName,
    bool moreOnServer,
    FileDialogs &fileDialogs,
    MessageBoxes &messageBoxes,
    QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
    , m_entries(std::move(entries))
    , m_suggestedName(std::move(suggestedName))
    , m_moreOnServer(moreOnServer)
    , m_fileDialogs(fileDialogs)
    , m_messageBoxes(messageBoxes)
{
}

void ExportSuppressionListCommand::doStart()
{
    m_path = m_fileDialogs.saveFileName(
        parentWidget(), tr("Export suppression list"), m_suggestedName, tr("CSV files (*.csv);;All files (*)"));
    if (m_path.isEmpty()) {
        finish(Outcome::Cancelled);
        return;
    }
    // A few bytes per entry: even a long loaded list writes in well under a frame's time.
    const Ses::LocalResult<Ses::Done> written
        = Ses::AtomicFile::write(m_path, Ses::SuppressionCsvExporter::exportList(m_entries));
    if (!written.ok()) {
        m_error = written.error().message;
        m_messageBoxes.warning(parentWidget(),
            tr("Export failed"),
            tr("The suppression list could not be saved to %1: %2").arg(QDir::toNativeSeparators(m_path), m_error));
        finish(Outcome::Failed);
        return;
    }
    QString text = tr("%n addresses saved to %1.", nullptr, static_cast<int>(m_entries.size()))
                       .arg(QDir::toNativeSeparators(m_path));
    if (m_moreOnServer)
        text += QLatin1Char(' ')
            + tr("These are the addresses loaded so far; more are on the list in SES (scroll to the end of the list "
                 "to load them, then export again).");
    Q_EMIT info(text);
    finish(Outcome::Succeeded);
}

void ExportSuppressionListCommand::doCancel()
{
}

} // namespace Views
