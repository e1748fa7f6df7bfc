#include "sandbox/suppression/SuppressionOperations.h"

#include <algorithm>

#include <QJsonArray>
#include <QUuid>

#include "sandbox/SandboxContext.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/s3/ObjectStore.h"
#include "sandbox/state/MailAddress.h"
#include "sandbox/state/PageToken.h"
#include "sandbox/state/SandboxRestrictions.h"
#include "sandbox/state/StateStore.h"
#include "sandbox/state/Timestamps.h"
#include "sandbox/suppression/ImportJobRunner.h"
#include "sandbox/suppression/SuppressionStore.h"

namespace Sandbox
{

namespace
{

QJsonObject summary(const SuppressionStore::Entry &entry)
{
    return QJsonObject{{QStringLiteral("EmailAddress"), entry.emailAddress},
        {QStringLiteral("Reason"), SuppressionStore::reasonName(entry.reason)},
        {QStringLiteral("LastUpdateTime"), Timestamps::toJson(entry.lastUpdateTime)}};
}

ServiceError notOnList(const QString &address)
{
    return ServiceError::notFound(
        QStringLiteral("Email address %1 does not exist on your suppression list.").arg(address));
}

Check checkAddress(const QString &address)
{
    const std::optional<MailAddress> parsed = MailAddress::parse(address);
    if (!parsed || !parsed->displayName.isEmpty() || parsed->address != address)
        return ServiceError::badRequest(QStringLiteral("Invalid email address: %1").arg(address));
    return passed();
}

QString jobToken(const QJsonObject &job)
{
    // Zero-padded so that tokens compare as the times do.
    return QStringLiteral("%1|%2")
        .arg(static_cast<qint64>(job.value(QLatin1String("CreatedTimestamp")).toDouble() * 1000),
            15,
            10,
            QLatin1Char('0'))
        .arg(job.value(QLatin1String("JobId")).toString());
}

} // namespace

SuppressionOperations::SuppressionOperations(
    SandboxContext &context, SuppressionStore &suppressions, ImportJobRunner &runner)
    : m_context(context)
    , m_suppressions(suppressions)
    , m_runner(runner)
{
}

void SuppressionOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("PutSuppressedDestination"), this, &SuppressionOperations::put);
    registry.add(QStringLiteral("GetSuppressedDestination"), this, &SuppressionOperations::get);
    registry.add(QStringLiteral("DeleteSuppressedDestination"), this, &SuppressionOperations::remove);
    registry.add(QStringLiteral("ListSuppressedDestinations"), this, &SuppressionOperations::list);
    registry.add(QStringLiteral("CreateImportJob"), this, &SuppressionOperations::createImportJob);
    registry.add(QStringLiteral("GetImportJob"), this, &SuppressionOperations::getImportJob);
    registry.add(QStringLiteral("ListImportJobs"), this, &SuppressionOperations::listImportJobs);
}

JsonOutcome SuppressionOperations::put(const OperationCall &call)
{
    if (const Check check = SandboxRestrictions::suppressionListManagement(m_context.account, call.now); !check)
        return check.error();
    const QString address = Inputs::string(call.input, "EmailAddress");
    if (const Check check = checkAddress(address); !check)
        return check.error();
    SuppressionStore::Entry entry;
    entry.emailAddress = address;
    entry.reason = *SuppressionStore::reasonFromName(Inputs::string(call.input, "Reason"));
    entry.lastUpdateTime = call.now;
    m_suppressions.put(entry);
    return QJsonObject();
}

JsonOutcome SuppressionOperations::get(const OperationCall &call)
{
    const QString address = Inputs::string(call.input, "EmailAddress");
    const std::optional<SuppressionStore::Entry> entry = m_suppressions.find(address);
    if (!entry)
        return notOnList(address);
    QJsonObject destination = summary(*entry);
    QJsonObject attributes;
    if (!entry->messageId.isEmpty())
        attributes.insert(QStringLiteral("MessageId"), entry->messageId);
    if (!entry->feedbackId.isEmpty())
        attributes.insert(QStringLiteral("FeedbackId"), entry->feedbackId);
    if (!attributes.isEmpty())
        destination.insert(QStringLiteral("Attributes"), attributes);
    return QJsonObject{{QStringLiteral("SuppressedDestination"), destination}};
}

JsonOutcome SuppressionOperations::remove(const OperationCall &call)
{
    const QString address = Inputs::string(call.input, "EmailAddress");
    if (!m_suppressions.remove(address))
        return notOnList(address);
    return QJsonObject();
}

JsonOutcome SuppressionOperations::list(const OperationCall &call)
{
    const QJsonObject &in = call.input;
    SuppressionStore::Filter filter;
    const QStringList reasons = Inputs::strings(in, "Reasons");
    if (!reasons.isEmpty()
        && !(reasons.contains(QLatin1String("BOUNCE")) && reasons.contains(QLatin1String("COMPLAINT"))))
        filter.reason = SuppressionStore::reasonFromName(reasons.first());
    if (Inputs::has(in, "StartDate"))
        filter.start = Timestamps::fromJson(in.value(QLatin1String("StartDate")));
    if (Inputs::has(in, "EndDate"))
        filter.end = Timestamps::fromJson(in.value(QLatin1String("EndDate")));
    if (filter.start && filter.end && *filter.start > *filter.end)
        return ServiceError::badRequest(QStringLiteral("StartDate must not be later than EndDate."));
    const Outcome<int> size = PageToken::pageSize(in, 1000, 1000);
    if (!size)
        return size.error();

    std::optional<SuppressionStore::Cursor> after;
    if (const QString token = Inputs::string(in, "NextToken"); !token.isEmpty()) {
        const Outcome<QString> decoded = PageToken::decode(token);
        const QString text = decoded ? decoded.value() : QString();
        const qsizetype bar = text.indexOf(QLatin1Char('|'));
        bool ok = false;
        const qint64 time = text.left(bar).toLongLong(&ok);
        if (!decoded || bar <= 0 || !ok)
            return ServiceError::invalidNextToken(QStringLiteral("The NextToken is invalid: %1").arg(token));
        after = SuppressionStore::Cursor{time, text.mid(bar + 1)};
    }

    const QList<SuppressionStore::Entry> page = m_suppressions.page(filter, after, size.value() + 1);
    QJsonArray summaries;
    for (qsizetype i = 0; i < page.size() && i < size.value(); ++i)
        summaries.append(summary(page.at(i)));
    QJsonObject out{{QStringLiteral("SuppressedDestinationSummaries"), summaries}};
    if (page.size() > size.value()) {
        const SuppressionStore::Entry &last = page.at(size.value() - 1);
        out.insert(QStringLiteral("NextToken"),
            PageToken::encode(
                QStringLiteral("%1|%2").arg(last.lastUpdateTime.toMSecsSinceEpoch()).arg(last.emailAddress)));
    }
    return out;
}

JsonOutcome SuppressionOperations::createImportJob(const OperationCall &call)
{
    const QJsonObject destination = call.input.value(QLatin1String("ImportDestination")).toObject();
    const QJsonObject source = call.input.value(QLatin1String("ImportDataSource")).toObject();
    const bool suppression = destination.contains(QLatin1String("SuppressionListDestination"));
    const bool contacts = destination.contains(QLatin1String("ContactListDestination"));
    if (suppression == contacts)
        return ServiceError::badRequest(QStringLiteral(
            "ImportDestination must have exactly one of SuppressionListDestination and ContactListDestination."));
    if (contacts)
        return ServiceError::badRequest(
            QStringLiteral("The SesDesk Sandbox imports into the suppression list only; use CreateContact for "
                           "contact lists."));
    if (const Check check = SandboxRestrictions::suppressionListManagement(m_context.account, call.now); !check)
        return check.error();
    const QString url = source.value(QLatin1String("S3Url")).toString();
    const auto location = ObjectStore::parseUrl(url);
    if (!location || !ObjectStore::isValidBucketName(location->first))
        return ServiceError::badRequest(QStringLiteral("Invalid S3 URL: %1").arg(url));

    const QString jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject job{{QStringLiteral("JobId"), jobId},
        {QStringLiteral("ImportDestination"), destination},
        {QStringLiteral("ImportDataSource"), source},
        {QStringLiteral("JobStatus"), QStringLiteral("CREATED")},
        {QStringLiteral("CreatedTimestamp"), Timestamps::toJson(call.now)},
        {QStringLiteral("ProcessedRecordsCount"), 0},
        {QStringLiteral("FailedRecordsCount"), 0}};
    m_context.store.put(ImportJobRunner::collection(), jobId, job);
    m_runner.schedule();
    return QJsonObject{{QStringLiteral("JobId"), jobId}};
}

JsonOutcome SuppressionOperations::getImportJob(const OperationCall &call)
{
    const QString jobId = Inputs::string(call.input, "JobId");
    std::optional<QJsonObject> job = m_context.store.get(ImportJobRunner::collection(), jobId);
    if (!job)
        return ServiceError::notFound(QStringLiteral("Import job %1 does not exist.").arg(jobId));
    job->remove(QStringLiteral("_NextRecord"));
    return *job;
}

JsonOutcome SuppressionOperations::listImportJobs(const OperationCall &call)
{
    const QString type = Inputs::string(call.input, "ImportDestinationType");
    const Outcome<int> size = PageToken::pageSize(call.input, 100, 1000);
    if (!size)
        return size.error();
    const Outcome<QString> after = PageToken::decode(Inputs::string(call.input, "NextToken"));
    if (!after)
        return after.error();
    QList<QJsonObject> jobs;
    for (const StoredDocument &doc : m_context.store.list(ImportJobRunner::collection())) {
        const bool isSuppression = doc.body.value(QLatin1String("ImportDestination"))
                                       .toObject()
                                       .contains(QLatin1String("SuppressionListDestination"));
        if (type == QLatin1String("SUPPRESSION_LIST") && !isSuppression)
            continue;
        if (type == QLatin1String("CONTACT_LIST") && isSuppression)
            continue;
        jobs.append(doc.body);
    }
    // Newest first; the token is the last job's (time, id).
    std::sort(jobs.begin(), jobs.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return jobToken(a) > jobToken(b);
    });
    QJsonArray out;
    QString last;
    bool more = false;
    for (const QJsonObject &job : std::as_const(jobs)) {
        if (!after.value().isEmpty() && jobToken(job) >= after.value())
            continue;
        if (out.size() == size.value()) {
            more = true;
            break;
        }
        QJsonObject summary;
        for (const char *member : {"JobId",
                 "ImportDestination",
                 "JobStatus",
                 "CreatedTimestamp",
                 "ProcessedRecordsCount",
                 "FailedRecordsCount"}) {
            if (job.contains(QLatin1String(member)))
                summary.insert(QLatin1String(member), job.value(QLatin1String(member)));
        }
        out.append(summary);
        last = jobToken(job);
    }
    QJsonObject answer{{QStringLiteral("ImportJobs"), out}};
    if (more)
        answer.insert(QStringLiteral("NextToken"), PageToken::encode(last));
    return answer;
}

} // namespace Sandbox
