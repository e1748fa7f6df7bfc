#pragma once

#include <memory>

#include <QPointer>
#include <QString>

#include "models/aws/AwsError.h"
#include "models/ses/SuppressionImportParser.h"

#include "views/commands/Command.h"

namespace Aws
{
class AwsJob;
}
namespace Connection
{
class Session;
}

namespace Views
{

class FileDialogs;
class MessageBoxes;

/// Puts the addresses of a CSV or text file on the account-level suppression list: asks for
/// the file, reads and checks it off the GUI thread (SuppressionImportParser: every bad line with
/// its number and why), confirms, then PutSuppressedDestination one address after the other
/// (the client paces and retries them) with progress. cancel() stops between addresses. An
/// address SES refuses is skipped with SES's reason; any other failure stops the run. Whatever
/// was not imported (cancelled, failed, refused) is written next to the file as
/// <name>-not-imported.csv, ready to import again, and the report says what was done and where
/// the rest is, so nothing is lost.
class ImportSuppressionListCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSuppressionListCommand)

public:
    struct Refused {
        Ses::SuppressionImportParser::Entry entry;
        QString message;
    };

    ImportSuppressionListCommand(std::shared_ptr<Connection::Session> session,
        FileDialogs &fileDialogs,
        MessageBoxes &messageBoxes,
        QWidget *parentWidget);
    ~ImportSuppressionListCommand() override;

    /// The reason of lines without one (BOUNCE by default).
    void setDefaultReason(const QString &reason)
    {
        m_defaultReason = reason;
    }
    /// How many bad lines the reports name before "and n more".
    static constexpr int NamedLines = 15;

    QString filePath() const
    {
        return m_path;
    }
    const Ses::SuppressionImportParser::Result &parsed() const
    {
        return m_parsed;
    }
    /// Entries SES accepted.
    const QList<Ses::SuppressionImportParser::Entry> &imported() const
    {
        return m_imported;
    }
    const QList<Refused> &refused() const
    {
        return m_refused;
    }
    /// Entries not tried (after a cancel or a failure), the interrupted one first.
    QList<Ses::SuppressionImportParser::Entry> remaining() const
    {
        return m_parsed.entries.mid(m_next);
    }
    /// Where the entries not imported were saved; empty when there were none (or saving failed:
    /// then report() lists them).
    QString notImportedPath() const
    {
        return m_notImportedPath;
    }
    /// The summary shown at the end: what was imported, what was not and where it is.
    QString report() const
    {
        return m_report;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void onParsed(const QString &readError, const Ses::SuppressionImportParser::Result &result);
    void saveNotImported();
    void putNext();
    void end(Outcome outcome);
    QString describeLineErrors() const;

    std::shared_ptr<Connection::Session> m_session;
    FileDialogs &m_fileDialogs;
    MessageBoxes &m_messageBoxes;
    QString m_defaultReason = QStringLiteral("BOUNCE");
    QString m_path;
    Ses::SuppressionImportParser::Result m_parsed;
    QList<Ses::SuppressionImportParser::Entry> m_imported;
    QList<Refused> m_refused;
    qsizetype m_next = 0;
    bool m_putting = false;
    bool m_cancelled = false;
    QPointer<Aws::AwsJob> m_job;
    QString m_notImportedPath;
    QString m_report;
    Aws::AwsError m_error;
};

} // namespace Views
