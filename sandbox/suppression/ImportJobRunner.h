#pragma once

#include <functional>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include "sandbox/suppression/SuppressionImportFile.h"

namespace Sandbox
{

class ObjectStore;
class SuppressionStore;
struct SandboxContext;

/// Runs suppression-list import jobs in the background, as SES does: a new job is CREATED, then
/// PROCESSING while its records are applied a chunk at a time (each chunk one transaction, so
/// requests are served in between and ProcessedRecordsCount / FailedRecordsCount grow as GetImportJob
/// watches), then COMPLETED (with the failed records written to the S3 stand-in and
/// FailureInfo.FailedRecordsS3Url pointing at them) or FAILED (unreadable object, too many
/// records: at most 100,000 to add and 10,000 to remove per job, the guide's limits). Jobs left
/// unfinished by a crash resume where their last committed chunk ended.
class ImportJobRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJobRunner)

public:
    static constexpr int kChunkSize = 5000;
    static constexpr int kMaxPutRecords = 100000;
    static constexpr int kMaxDeleteRecords = 10000;

    /// @param baseUrl the Sandbox's URL once it listens (for FailedRecordsS3Url).
    ImportJobRunner(SandboxContext &context,
        SuppressionStore &suppressions,
        ObjectStore &objects,
        std::function<QUrl()> baseUrl,
        QObject *parent = nullptr);

    static QString collection()
    {
        return QStringLiteral("import-jobs");
    }

    /// Starts working through unfinished jobs from the event loop.
    void schedule();
    /// Processes one chunk of the oldest unfinished job in its own transaction; false when
    /// there is nothing left to do (tests drive it directly).
    bool runOnce();

private:
    struct Parsed {
        QList<SuppressionImportRecord> records;
    };

    void step();
    bool fail(QJsonObject &job, const QString &message);

    SandboxContext &m_context;
    SuppressionStore &m_suppressions;
    ObjectStore &m_objects;
    std::function<QUrl()> m_baseUrl;
    QHash<QString, Parsed> m_parsed; ///< By job id: the object read once per job.
    QTimer m_timer;
};

} // namespace Sandbox
