#include "sandbox/suppression/ImportJobRunner.h"

#include <algorithm>

#include <QJsonArray>
#include <QLoggingCategory>

#include "models/aws/Clock.h"

#include "sandbox/SandboxContext.h"
#include "sandbox/s3/ObjectStore.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/Timestamps.h"
#include "sandbox/suppression/SuppressionStore.h"

Q_LOGGING_CATEGORY(lcImportJobs, "sesdesk.sandbox.importjobs")

namespace Sandbox
{

namespace
{

bool isUnfinished(const QJsonObject &job)
{
    const QString status = job.value(QLatin1String("JobStatus")).toString();
    return status == QLatin1String("CREATED") || status == QLatin1String("PROCESSING");
}

} // namespace

ImportJobRunner::ImportJobRunner(SandboxContext &context,
    SuppressionStore &suppressions,
    ObjectStore &objects,
    std::function<QUrl()> baseUrl,
    QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_suppressions(suppressions)
    , m_objects(objects)
    , m_baseUrl(std::move(baseUrl))
{
    m_timer.setInterval(0);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ImportJobRunner::step);
}

void ImportJobRunner::schedule()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void ImportJobRunner::step()
{
    // A request is answered in one go on this thread, so no transaction is open here; if one
    // were, try again later rather than mix a chunk into it.
    if (m_context.store.inTransaction()) {
        m_timer.start(10);
        return;
    }
    if (runOnce())
        m_timer.start();
}

bool ImportJobRunner::fail(QJsonObject &job, const QString &message)
{
    job.insert(QStringLiteral("JobStatus"), QStringLiteral("FAILED"));
    job.insert(QStringLiteral("CompletedTimestamp"), Timestamps::toJson(m_context.clock.nowUtc()));
    job.insert(QStringLiteral("FailureInfo"), QJsonObject{{QStringLiteral("ErrorMessage"), message}});
    job.remove(QStringLiteral("_NextRecord"));
    return true;
}

bool ImportJobRunner::runOnce()
{
    // The oldest unfinished job first.
    std::optional<StoredDocument> next;
    for (const StoredDocument &doc : m_context.store.list(collection())) {
        if (!isUnfinished(doc.body))
            continue;
        if (!next
            || doc.body.value(QLatin1String("CreatedTimestamp")).toDouble()
                < next->body.value(QLatin1String("CreatedTimestamp")).toDouble())
            next = doc;
    }
    if (!next)
        return false;

    const QString jobId = next->key;
    QJsonObject job = next->body;
    const QJsonObject source = job.value(QLatin1String("ImportDataSource")).toObject();
    const bool put = job.value(QLatin1String("ImportDestination"))
                         .toObject()
                         .value(QLatin1String("SuppressionListDestination"))
                         .toObject()
                         .value(QLatin1String("SuppressionListImportAction"))
                         .toString()
        == QLatin1String("PUT");
    const QDateTime now = m_context.clock.nowUtc();

    m_context.store.begin();
    if (!m_parsed.contains(jobId)) {
        const QString url = source.value(QLatin1String("S3Url")).toString();
        const auto location = ObjectStore::parseUrl(url);
        const std::optional<ObjectStore::Object> object
            = location ? m_objects.get(location->first, location->second) : std::nullopt;
        if (!object) {
            fail(job,
                QStringLiteral("Unable to read the data source %1: no such object in the Sandbox's S3 stand-in "
                               "(upload it with PUT /_sandbox/s3/{bucket}/{key}).")
                    .arg(url));
        } else {
            Parsed parsed;
            parsed.records = SuppressionImportFile::read(object->body,
                source.value(QLatin1String("DataFormat")).toString() == QLatin1String("JSON")
                    ? SuppressionImportFile::Format::Json
                    : SuppressionImportFile::Format::Csv,
                put ? SuppressionImportFile::Action::Put : SuppressionImportFile::Action::Delete);
            const int limit = put ? kMaxPutRecords : kMaxDeleteRecords;
            if (parsed.records.size() > limit) {
                fail(job,
                    QStringLiteral("The data source has %1 records; an import job can %2 at most %3 addresses.")
                        .arg(parsed.records.size())
                        .arg(put ? QStringLiteral("add") : QStringLiteral("remove"))
                        .arg(limit));
            } else {
                m_parsed.insert(jobId, std::move(parsed));
            }
        }
    }

    if (isUnfinished(job)) {
        const QList<SuppressionImportRecord> records = m_parsed.value(jobId).records; // shared, not copied
        const int begin = job.value(QLatin1String("_NextRecord")).toInt(0);
        const int end = std::min<int>(static_cast<int>(records.size()), begin + kChunkSize);
        QList<SuppressionStore::Entry> entries;
        QStringList removals;
        int failed = 0;
        int processed = 0;
        for (int i = begin; i < end; ++i) {
            const SuppressionImportRecord &record = records.at(i);
            if (!record.error.isEmpty()) {
                ++failed;
                continue;
            }
            ++processed;
            if (put)
                entries.append(SuppressionStore::Entry{record.emailAddress, *record.reason, now, {}, {}});
            else
                removals.append(record.emailAddress);
        }
        if (put)
            m_suppressions.putMany(entries);
        else
            m_suppressions.removeMany(removals);
        job.insert(QStringLiteral("ProcessedRecordsCount"),
            job.value(QLatin1String("ProcessedRecordsCount")).toInt() + processed);
        job.insert(
            QStringLiteral("FailedRecordsCount"), job.value(QLatin1String("FailedRecordsCount")).toInt() + failed);
        job.insert(QStringLiteral("_NextRecord"), end);
        job.insert(QStringLiteral("JobStatus"), QStringLiteral("PROCESSING"));
        if (end >= records.size()) {
            job.insert(QStringLiteral("JobStatus"), QStringLiteral("COMPLETED"));
            job.insert(QStringLiteral("CompletedTimestamp"), Timestamps::toJson(now));
            job.remove(QStringLiteral("_NextRecord"));
            if (job.value(QLatin1String("FailedRecordsCount")).toInt() > 0) {
                const QString key = jobId + QStringLiteral(".csv");
                m_objects.put(ObjectStore::Object{ObjectStore::failureBucket(),
                    key,
                    SuppressionImportFile::failureReport(records),
                    QStringLiteral("text/csv"),
                    now});
                QUrl url = m_baseUrl();
                url.setPath(QStringLiteral("/_sandbox/s3/%1/%2").arg(ObjectStore::failureBucket(), key));
                job.insert(QStringLiteral("FailureInfo"),
                    QJsonObject{{QStringLiteral("FailedRecordsS3Url"), url.toString()},
                        {QStringLiteral("ErrorMessage"),
                            QStringLiteral("%1 records could not be imported; the file at FailedRecordsS3Url "
                                           "says which and why.")
                                .arg(job.value(QLatin1String("FailedRecordsCount")).toInt())}});
            }
        }
    }
    if (!isUnfinished(job))
        m_parsed.remove(jobId);
    m_context.store.put(collection(), jobId, job);
    QString error;
    if (!m_context.store.commit(&error)) {
        qCWarning(lcImportJobs) << "import job" << jobId << "could not be saved:" << error;
        m_parsed.remove(jobId);
        return false;
    }
    return true;
}

} // namespace Sandbox
