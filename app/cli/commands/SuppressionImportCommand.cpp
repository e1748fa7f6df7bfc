#include "app/cli/commands/SuppressionImportCommand.h"

#include <memory>

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include "models/ses/SesClient.h"
#include "models/ses/SuppressionImportParser.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/SuppressionCliSupport.h"

namespace Cli
{

namespace
{

/// Puts the parsed entries one after the other, stopping at the first failure.
struct ImportRun {
    CliContext *context = nullptr;
    QList<Ses::SuppressionImportParser::Entry> entries;
    qsizetype next = 0;
    int invalid = 0;
    int duplicates = 0;
    std::function<void(int)> done;
};

void finish(const std::shared_ptr<ImportRun> &run)
{
    CliContext &context = *run->context;
    const auto added = static_cast<int>(run->entries.size());
    if (context.jsonOutput()) {
        context.printJson(QJsonObject{{QStringLiteral("Added"), added},
            {QStringLiteral("SkippedInvalid"), run->invalid},
            {QStringLiteral("SkippedDuplicates"), run->duplicates}});
    } else {
        context.out() << SuppressionImportCommand::tr("Added %n address(es) to the suppression list.", nullptr, added)
                      << Qt::endl;
        if (run->invalid > 0)
            context.out() << SuppressionImportCommand::tr("Skipped %n invalid line(s).", nullptr, run->invalid)
                          << Qt::endl;
        if (run->duplicates > 0)
            context.out() << SuppressionImportCommand::tr("Skipped %n duplicate line(s).", nullptr, run->duplicates)
                          << Qt::endl;
    }
    run->done(ExitCode::Success);
}

void putNext(const std::shared_ptr<ImportRun> &run)
{
    if (run->next >= run->entries.size()) {
        finish(run);
        return;
    }
    const Ses::SuppressionImportParser::Entry entry = run->entries.at(run->next);
    Ses::SesClient *ses = run->context->ses();
    ses->putSuppressedDestination(entry.emailAddress, entry.reason, ses, [run, entry](Aws::Result<Aws::Empty> result) {
        CliContext &context = *run->context;
        const auto total = static_cast<int>(run->entries.size());
        if (!result.ok()) {
            if (!result.isCancelled())
                context.serviceError(QStringLiteral("PutSuppressedDestination"), result.error());
            context.err() << SuppressionImportCommand::tr(
                "Added %1 of %2 addresses; stopped at line %3 (%4), which and the lines after it "
                "were not added.")
                                 .arg(QString::number(run->next),
                                     QString::number(total),
                                     QString::number(entry.line),
                                     entry.emailAddress)
                          << Qt::endl;
            run->done(ExitCode::ServiceError);
            return;
        }
        ++run->next;
        context.err() << SuppressionImportCommand::tr("[%1/%2] line %3: added %4 (%5)")
                             .arg(QString::number(run->next),
                                 QString::number(total),
                                 QString::number(entry.line),
                                 entry.emailAddress,
                                 entry.reason)
                      << Qt::endl;
        putNext(run);
    });
}

} // namespace

QString SuppressionImportCommand::summary() const
{
    return tr("Put every address of a file (one a line, optionally with a reason column) on the suppression list.");
}

QList<QCommandLineOption> SuppressionImportCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("reason"),
            tr("The reason for lines without one: BOUNCE (default) or COMPLAINT."),
            QStringLiteral("REASON")),
        QCommandLineOption(QStringLiteral("skip-invalid"), tr("Import the valid lines even when some are not valid.")),
    };
}

void SuppressionImportCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || args.constFirst().isEmpty()) {
        done(context.usageError(tr("expected exactly one FILE")));
        return;
    }
    const QString path = args.constFirst();
    int code = 0;
    QString defaultReason = Ses::SuppressionReason::bounce();
    if (parser.isSet(QStringLiteral("reason"))) {
        const auto reason = suppressionReasonValue(context, parser.value(QStringLiteral("reason")), &code);
        if (!reason) {
            done(code);
            return;
        }
        defaultReason = *reason;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        done(context.usageError(tr("cannot read %1: %2").arg(path, file.errorString())));
        return;
    }
    const Ses::SuppressionImportParser::Result parsed
        = Ses::SuppressionImportParser::parse(file.readAll(), defaultReason);
    file.close();

    const bool skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    for (const Ses::SuppressionImportParser::LineError &e : parsed.errors) {
        context.err() << QStringLiteral("%1:%2: %3: %4")
                             .arg(path, QString::number(e.line), skipInvalid ? tr("skipped") : tr("error"), e.message)
                      << Qt::endl;
    }
    if (!parsed.errors.isEmpty() && !skipInvalid) {
        context.err() << tr("%n line(s) of %1 cannot be imported; nothing was added. Fix them, or use --skip-invalid "
                            "to add the valid lines only.",
            nullptr,
            static_cast<int>(parsed.errors.size()))
                             .arg(path)
                      << Qt::endl;
        done(ExitCode::UsageError);
        return;
    }
    if (parsed.entries.isEmpty()) {
        context.err() << tr("%1 names no address to add.").arg(path) << Qt::endl;
        done(parsed.errors.isEmpty() ? int(ExitCode::Success) : int(ExitCode::UsageError));
        return;
    }

    auto run = std::make_shared<ImportRun>();
    run->context = &context;
    run->entries = parsed.entries;
    run->invalid = static_cast<int>(parsed.errors.size());
    run->duplicates = parsed.duplicates;
    run->done = std::move(done);
    putNext(run);
}

} // namespace Cli
