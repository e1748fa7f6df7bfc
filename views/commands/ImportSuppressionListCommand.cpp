#include "views/commands/ImportSuppressionListCommand.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/AtomicFile.h"
#include "models/ses/SesClient.h"
#include "models/ses/SuppressionCsvExporter.h"

#include "views/widgets/FileDialogs.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

namespace
{
struct ParseOutcome {
    QString readError;
    Ses::SuppressionImportParser::Result result;
};

/// SES refuses one address (not the whole import) with a Bad Request that names it.
bool refusesOnlyThisAddress(const Aws::AwsError &error, const QString &address)
{
    return error.code == QLatin1String("BadRequestException") && error.message.contains(address, Qt::CaseInsensitive);
}
} // namespace

ImportSuppressionListCommand::ImportSuppressionListCommand(std::shared_ptr<Connection::Session> session,
    FileDialogs &fileDialogs,
    MessageBoxes &messageBoxes,
    QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
    , m_session(std::move(session))
    , m_fileDialogs(fileDialogs)
    , m_messageBoxes(messageBoxes)
{
}

ImportSuppressionListCommand::~ImportSuppressionListCommand()
{
    if (m_job)
        m_job->cancel();
}

void ImportSuppressionListCommand::doStart()
{
    m_path = m_fileDialogs.openFileName(parentWidget(),
        tr("Import addresses to the suppression list"),
        tr("CSV or text files (*.csv *.txt);;All files (*)"));
    if (m_path.isEmpty()) {
        finish(Outcome::Cancelled);
        return;
    }
    Q_EMIT progress(0, 0, tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
    // Reading and checking a large file (IDNA on every address) must not freeze the window.
    auto promise = std::make_shared<QPromise<ParseOutcome>>();
    auto *watcher = new QFutureWatcher<ParseOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const ParseOutcome outcome = watcher->future().resultCount() > 0 ? watcher->result() : ParseOutcome{};
        watcher->deleteLater();
        if (!isRunning())
            return;
        onParsed(outcome.readError, outcome.result);
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, path = m_path, reason = m_defaultReason] {
        promise->start();
        ParseOutcome outcome;
        const Ses::LocalResult<QByteArray> data = Ses::AtomicFile::read(path);
        if (data.ok())
            outcome.result = Ses::SuppressionImportParser::parse(data.value(), reason);
        else
            outcome.readError = data.error().message;
        promise->addResult(outcome);
        promise->finish();
    });
}

QString ImportSuppressionListCommand::describeLineErrors() const
{
    QStringList lines;
    const auto &errors = m_parsed.errors;
    for (qsizetype i = 0; i < errors.size() && i < NamedLines; ++i)
        lines.append(tr("Line %1: %2").arg(errors.at(i).line).arg(errors.at(i).message));
    if (errors.size() > NamedLines)
        lines.append(tr("…and %n more lines", nullptr, static_cast<int>(errors.size() - NamedLines)));
    return lines.join(QLatin1Char('\n'));
}

void ImportSuppressionListCommand::onParsed(
    const QString &readError, const Ses::SuppressionImportParser::Result &result)
{
    const QString fileName = QFileInfo(m_path).fileName();
    if (!readError.isEmpty()) {
        m_report = tr("%1 could not be read: %2").arg(fileName, readError);
        m_messageBoxes.warning(parentWidget(), tr("Import failed"), m_report);
        finish(Outcome::Failed);
        return;
    }
    m_parsed = result;
    const int count = static_cast<int>(m_parsed.entries.size());
    if (count == 0) {
        m_report = tr("%1 holds no address that can be imported.").arg(fileName);
        if (!m_parsed.errors.isEmpty())
            m_report += QStringLiteral("\n\n") + describeLineErrors();
        m_messageBoxes.warning(parentWidget(), tr("Nothing to import"), m_report);
        finish(Outcome::Failed);
        return;
    }
    QString text = tr("Add %n addresses from %1 to the suppression list of %2?", nullptr, count)
                       .arg(fileName, m_session->region());
    if (!m_parsed.errors.isEmpty())
        text += QStringLiteral("\n\n")
            + tr("%n lines cannot be imported and are skipped:", nullptr, static_cast<int>(m_parsed.errors.size()))
            + QLatin1Char('\n') + describeLineErrors();
    if (m_parsed.duplicates > 0)
        text += QStringLiteral("\n\n")
            + tr("%n lines repeat an address read before and are skipped.", nullptr, m_parsed.duplicates);
    const auto answer = m_messageBoxes.question(parentWidget(),
        tr("Import to suppression list"),
        text,
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        finish(Outcome::Cancelled);
        return;
    }
    m_putting = true;
    putNext();
}

void ImportSuppressionListCommand::putNext()
{
    if (m_cancelled)
        return;
    const int total = static_cast<int>(m_parsed.entries.size());
    if (m_next >= m_parsed.entries.size()) {
        Q_EMIT progress(total, total, tr("Imported %n addresses", nullptr, static_cast<int>(m_imported.size())));
        end(Outcome::Succeeded);
        return;
    }
    const Ses::SuppressionImportParser::Entry entry = m_parsed.entries.at(m_next);
    Q_EMIT progress(static_cast<int>(m_next),
        total,
        tr("Importing %1 (%2 of %3)…").arg(entry.emailAddress).arg(m_next + 1).arg(total));
    if (m_cancelled) // cancelled by a progress listener
        return;
    m_job = m_session->ses()->putSuppressedDestination(
        entry.emailAddress, entry.reason, this, [this, entry](Aws::Result<Aws::Empty> r) {
            m_job = nullptr;
            if (r.isCancelled() || m_cancelled)
                return;
            if (r.isError()) {
                if (!refusesOnlyThisAddress(r.error(), entry.emailAddress)) {
                    m_error = r.error();
                    end(Outcome::Failed);
                    return;
                }
                m_refused.append(Refused{entry, r.error().message});
            } else {
                m_imported.append(entry);
            }
            ++m_next;
            putNext();
        });
}

void ImportSuppressionListCommand::doCancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
    if (m_putting)
        end(Outcome::Cancelled);
}

void ImportSuppressionListCommand::saveNotImported()
{
    QList<Ses::SuppressionImportParser::Entry> rest = remaining();
    for (const Refused &r : std::as_const(m_refused))
        rest.append(r.entry);
    if (rest.isEmpty())
        return;
    const QFileInfo source(m_path);
    QString path = source.dir().filePath(source.completeBaseName() + QStringLiteral("-not-imported.csv"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = source.dir().filePath(source.completeBaseName() + QStringLiteral("-not-imported-%1.csv").arg(n));
    const Ses::LocalResult<Ses::Done> written
        = Ses::AtomicFile::write(path, Ses::SuppressionCsvExporter::exportEntries(rest));
    if (written.ok())
        m_notImportedPath = path;
    else
        m_report += QStringLiteral("\n\n")
            + tr("The addresses not imported could not be saved: %1").arg(written.error().message);
}

void ImportSuppressionListCommand::end(Outcome outcome)
{
    m_putting = false;
    const QString fileName = QFileInfo(m_path).fileName();
    const int total = static_cast<int>(m_parsed.entries.size());
    const int notTried = static_cast<int>(m_parsed.entries.size() - m_next);
    m_report = tr("Imported %1 of %n addresses from %2 into the suppression list of %3.", nullptr, total)
                   .arg(m_imported.size())
                   .arg(fileName, m_session->region());
    if (outcome == Outcome::Cancelled)
        m_report += QLatin1Char(' ') + tr("The import was cancelled; %n addresses were not tried.", nullptr, notTried);
    else if (outcome == Outcome::Failed)
        m_report += QLatin1Char(' ')
            + tr("The import stopped because SES answered %1; %n addresses were not tried.", nullptr, notTried)
                  .arg(m_error.toString());
    if (notTried > 0)
        m_report += QLatin1Char(' ')
            + tr("The first of them is on line %1 of %2.").arg(m_parsed.entries.at(m_next).line).arg(fileName);
    if (!m_refused.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < m_refused.size() && i < NamedLines; ++i)
            lines.append(tr("Line %1: %2").arg(m_refused.at(i).entry.line).arg(m_refused.at(i).message));
        if (m_refused.size() > NamedLines)
            lines.append(tr("…and %n more", nullptr, static_cast<int>(m_refused.size() - NamedLines)));
        m_report += QStringLiteral("\n\n")
            + tr("SES refused %n addresses:", nullptr, static_cast<int>(m_refused.size())) + QLatin1Char('\n')
            + lines.join(QLatin1Char('\n'));
    }
    if (!m_parsed.errors.isEmpty())
        m_report += QStringLiteral("\n\n")
            + tr("%n lines of the file were skipped:", nullptr, static_cast<int>(m_parsed.errors.size()))
            + QLatin1Char('\n') + describeLineErrors();
    saveNotImported();
    if (!m_notImportedPath.isEmpty()) {
        const int rest = notTried + static_cast<int>(m_refused.size());
        m_report += QStringLiteral("\n\n")
            + tr("The %n addresses not imported are saved in %1, ready to import again.", nullptr, rest)
                  .arg(QDir::toNativeSeparators(m_notImportedPath));
    }
    const bool clean = outcome == Outcome::Succeeded && m_refused.isEmpty() && m_parsed.errors.isEmpty();
    if (clean) {
        Q_EMIT info(
            tr("%n addresses imported into the suppression list", nullptr, static_cast<int>(m_imported.size())));
        m_messageBoxes.information(parentWidget(), tr("Import finished"), m_report);
    } else {
        m_messageBoxes.warning(parentWidget(),
            outcome == Outcome::Succeeded       ? tr("Import finished with problems")
                : outcome == Outcome::Cancelled ? tr("Import cancelled")
                                                : tr("Import failed"),
            m_report);
    }
    finish(outcome);
}

} // namespace Views
