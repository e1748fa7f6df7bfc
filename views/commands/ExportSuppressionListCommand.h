#pragma once

#include <QList>
#include <QString>

#include "models/ses/SuppressionTypes.h"

#include "views/commands/Command.h"

namespace Views
{

class FileDialogs;
class MessageBoxes;

/// Saves the suppression-list entries loaded in the pane as CSV (emailAddress,reason,
/// lastUpdateTime; SuppressionCsvExporter), a file the import reads back. Asks where, writes
/// atomically and says how many were written and whether more wait on SES unloaded.
class ExportSuppressionListCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportSuppressionListCommand)

public:
    /// moreOnServer: the list has pages not loaded yet (the report says so).
    ExportSuppressionListCommand(QList<Ses::SuppressedDestinationSummary> entries,
        QString suggestedName,
        bool moreOnServer,
        FileDialogs &fileDialogs,
        MessageBoxes &messageBoxes,
        QWidget *parentWidget);

    QString filePath() const
    {
        return m_path;
    }
    QString errorText() const
    {
        return m_error;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    QList<Ses::SuppressedDestinationSummary> m_entries;
    QString m_suggestedName;
    bool m_moreOnServer;
    FileDialogs &m_fileDialogs;
    MessageBoxes &m_messageBoxes;
    QString m_path;
    QString m_error;
};

} // namespace Views
