#include "models/items/IdentityTableModel.h"

#include <QTimer>

#include "models/aws/AwsJob.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/SesClient.h"

namespace Items
{

using namespace Identity;

namespace
{

/// The name for people: the domain part decoded from Punycode ("xn--bcher-kva.example" →
/// "bücher.example"); the local part of an address is kept as SES has it.
QString unicodeFor(const QString &name)
{
    const qsizetype at = name.lastIndexOf(QLatin1Char('@'));
    const QString domain = at < 0 ? name : name.mid(at + 1);
    const QString decoded = Ses::DnsRecordSet::toUnicodeDomain(domain);
    if (decoded.isEmpty())
        return name;
    return at < 0 ? decoded : name.left(at + 1) + decoded;
}

int statusOrder(Status status)
{
    // Problems first when sorting ascending: they need attention.
    switch (status) {
    case Status::Failed:
        return 0;
    case Status::TemporaryFailure:
        return 1;
    case Status::Pending:
        return 2;
    case Status::NotStarted:
        return 3;
    case Status::Success:
        return 4;
    case Status::Unknown:
        break;
    }
    return 5;
}

} // namespace

IdentityTableModel::IdentityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

IdentityTableModel::~IdentityTableModel()
{
    cancelAll();
}

void IdentityTableModel::setClient(Ses::SesClient *client)
{
    clear();
    m_client = client;
}

void IdentityTableModel::setPageSize(int pageSize)
{
    m_pageSize = pageSize;
}

void IdentityTableModel::setMaximumConcurrentDetails(int count)
{
    m_maximumDetails = qMax(1, count);
}

void IdentityTableModel::clear()
{
    cancelAll();
    ++m_generation;
    m_detailsRunning = 0;
    m_detailQueue.clear();
    m_nextToken.clear();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    setLoading(false);
}

void IdentityTableModel::reload()
{
    clear();
    if (!m_client)
        return;
    fetchPage();
}

void IdentityTableModel::cancelAll()
{
    const auto jobs = std::exchange(m_jobs, {});
    for (const QPointer<Aws::AwsJob> &job : jobs) {
        if (job)
            job->cancel();
    }
}

void IdentityTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

bool IdentityTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_client && !m_loading && !m_nextToken.isEmpty();
}

void IdentityTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchPage();
}

void IdentityTableModel::fetchPage()
{
    setLoading(true);
    const quint64 gen = m_generation;
    m_jobs.removeAll(nullptr);
    m_jobs.append(
        m_client->listEmailIdentities(m_nextToken, m_pageSize, this, [this, gen](Aws::Result<Ses::IdentityPage> page) {
            if (gen != m_generation || page.isCancelled())
                return;
            setLoading(false);
            if (page.isError()) {
                Q_EMIT loadFailed(page.error());
                return;
            }
            const QList<Ses::IdentitySummary> &items = page.value().identities;
            m_nextToken = page.value().nextToken;
            if (!items.isEmpty()) {
                const int first = static_cast<int>(m_rows.size());
                beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
                for (const Ses::IdentitySummary &summary : items) {
                    IdentityEntry entry;
                    entry.summary = summary;
                    entry.unicodeName = unicodeFor(summary.identityName);
                    m_rows.append(std::move(entry));
                }
                endInsertRows();
            }
            Q_EMIT pageLoaded(static_cast<int>(m_rows.size()), hasMore());
        }));
}

int IdentityTableModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).summary.identityName == name)
            return i;
    }
    return -1;
}

void IdentityTableModel::refreshIdentity(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0 || !m_client)
        return;
    if (m_rows.at(row).detailsState == DetailsState::Loading)
        return;
    m_rows[row].detailsState = DetailsState::NotLoaded;
    m_detailQueue.removeAll(name);
    m_detailQueue.append(name);
    drainDetails();
}

void IdentityTableModel::requestDetails(int row)
{
    scheduleDetails(row);
}

void IdentityTableModel::removeIdentity(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    m_detailQueue.removeAll(name);
}

QStringList IdentityTableModel::pendingIdentities() const
{
    QStringList out;
    for (const IdentityEntry &e : m_rows) {
        const bool verificationPending = statusFromSes(e.summary.verificationStatus) == Status::Pending;
        const bool dkimPending = e.details && statusFromSes(e.details->dkim.status) == Status::Pending;
        if (verificationPending || dkimPending)
            out.append(e.summary.identityName);
    }
    return out;
}

void IdentityTableModel::scheduleDetails(int row) const
{
    if (!m_client || row < 0 || row >= m_rows.size())
        return;
    const IdentityEntry &entry = m_rows.at(row);
    if (entry.detailsState != DetailsState::NotLoaded || m_detailQueue.contains(entry.summary.identityName))
        return;
    m_detailQueue.append(entry.summary.identityName);
    if (!m_drainScheduled) {
        m_drainScheduled = true;
        // data() is const and may run inside a view's paint: start the calls afterwards.
        auto *self = const_cast<IdentityTableModel *>(this);
        QTimer::singleShot(0, self, [self] {
            self->m_drainScheduled = false;
            self->drainDetails();
        });
    }
}

void IdentityTableModel::drainDetails()
{
    // Newest requests first: they are the rows the user is looking at now.
    while (m_detailsRunning < m_maximumDetails && !m_detailQueue.isEmpty())
        loadDetails(m_detailQueue.takeLast());
}

void IdentityTableModel::loadDetails(const QString &name)
{
    const int row = rowOf(name);
    if (row < 0 || !m_client)
        return;
    m_rows[row].detailsState = DetailsState::Loading;
    emitRowChanged(row);
    ++m_detailsRunning;
    const quint64 gen = m_generation;
    m_jobs.removeAll(nullptr);
    m_jobs.append(m_client->getEmailIdentity(name, this, [this, gen, name](Aws::Result<Ses::EmailIdentity> r) {
        if (gen != m_generation)
            return;
        --m_detailsRunning;
        const int at = rowOf(name);
        if (at >= 0 && !r.isCancelled()) {
            IdentityEntry &entry = m_rows[at];
            if (r.ok()) {
                entry.details = r.value();
                entry.detailsState = DetailsState::Loaded;
                if (!r.value().verificationStatus.isEmpty())
                    entry.summary.verificationStatus = r.value().verificationStatus;
                if (!r.value().identityType.isEmpty())
                    entry.summary.identityType = r.value().identityType;
                entry.summary.sendingEnabled = r.value().verifiedForSendingStatus;
            } else {
                entry.detailsState = DetailsState::Failed;
                entry.detailsError = r.error();
            }
            emitRowChanged(at);
            Q_EMIT detailsLoaded(name);
        }
        drainDetails();
    }));
}

void IdentityTableModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<IdentityEntry> IdentityTableModel::identityAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return std::nullopt;
    return identityAt(index.row());
}

std::optional<IdentityEntry> IdentityTableModel::identityAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

void IdentityTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int IdentityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int IdentityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IdentityTableModel::displayData(const IdentityEntry &entry, int column) const
{
    switch (column) {
    case NameColumn:
        return entry.unicodeName == entry.summary.identityName
            ? entry.unicodeName
            : tr("%1 (%2)", "Unicode name (ASCII name)").arg(entry.unicodeName, entry.summary.identityName);
    case TypeColumn:
        return typeText(typeFromSes(entry.summary.identityType));
    case VerificationColumn:
        return statusText(statusFromSes(entry.summary.verificationStatus));
    case DkimColumn:
        switch (entry.detailsState) {
        case DetailsState::Loaded:
            if (!entry.details->dkim.signingEnabled && statusFromSes(entry.details->dkim.status) == Status::Success)
                return tr("Verified, signing off");
            return statusText(statusFromSes(entry.details->dkim.status));
        case DetailsState::Failed:
            return tr("Unavailable");
        case DetailsState::NotLoaded:
        case DetailsState::Loading:
            return tr("Loading…");
        }
        break;
    case SendingColumn:
        return entry.summary.sendingEnabled ? tr("Yes") : tr("No");
    case ConfigurationSetColumn:
        if (entry.detailsState == DetailsState::Loaded)
            return entry.details->configurationSetName.isEmpty() ? tr("None") : entry.details->configurationSetName;
        if (entry.detailsState == DetailsState::Failed)
            return tr("Unavailable");
        return tr("Loading…");
    default:
        break;
    }
    return {};
}

QVariant IdentityTableModel::sortData(const IdentityEntry &entry, int column) const
{
    switch (column) {
    case NameColumn:
        return entry.unicodeName.toCaseFolded();
    case TypeColumn:
        return static_cast<int>(typeFromSes(entry.summary.identityType));
    case VerificationColumn:
        return statusOrder(statusFromSes(entry.summary.verificationStatus));
    case DkimColumn:
        return entry.details ? statusOrder(statusFromSes(entry.details->dkim.status)) : 6;
    case SendingColumn:
        return entry.summary.sendingEnabled ? 1 : 0;
    case ConfigurationSetColumn:
        return entry.details ? entry.details->configurationSetName.toCaseFolded() : QString();
    default:
        break;
    }
    return {};
}

QVariant IdentityTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IdentityEntry &entry = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // A view asks for what it shows: fetch the details of the rows on screen only.
        if (entry.detailsState == DetailsState::NotLoaded)
            scheduleDetails(index.row());
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == VerificationColumn)
            return verificationMeaning(
                statusFromSes(entry.summary.verificationStatus), typeFromSes(entry.summary.identityType));
        if (index.column() == DkimColumn && entry.details)
            return dkimMeaning(statusFromSes(entry.details->dkim.status));
        if (index.column() == DkimColumn && entry.detailsState == DetailsState::Failed)
            return entry.detailsError.toString();
        if (index.column() == NameColumn)
            return entry.summary.identityName;
        return {};
    case AsciiNameRole:
        return entry.summary.identityName;
    case UnicodeNameRole:
        return entry.unicodeName;
    case TypeRole:
        return static_cast<int>(typeFromSes(entry.summary.identityType));
    case VerificationStatusRole:
        return static_cast<int>(statusFromSes(entry.summary.verificationStatus));
    case DkimStatusRole:
        return static_cast<int>(entry.details ? statusFromSes(entry.details->dkim.status) : Status::Unknown);
    case SendingEnabledRole:
        return entry.summary.sendingEnabled;
    case ConfigurationSetRole:
        return entry.details ? entry.details->configurationSetName : QString();
    case DetailsStateRole:
        return static_cast<int>(entry.detailsState);
    case SortRole:
        return sortData(entry, index.column());
    default:
        break;
    }
    return {};
}

QVariant IdentityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Identity");
    case TypeColumn:
        return tr("Type");
    case VerificationColumn:
        return tr("Verification");
    case DkimColumn:
        return tr("DKIM");
    case SendingColumn:
        return tr("Sending enabled");
    case ConfigurationSetColumn:
        return tr("Default configuration set");
    default:
        break;
    }
    return {};
}

} // namespace Items
