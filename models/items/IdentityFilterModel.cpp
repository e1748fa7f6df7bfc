#include "models/items/IdentityFilterModel.h"

#include "models/items/IdentityTableModel.h"

namespace Items
{

IdentityFilterModel::IdentityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Identity::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void IdentityFilterModel::setIdentitySource(IdentityTableModel *source)
{
    m_source = source;
    setSourceModel(source);
}

void IdentityFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

std::optional<IdentityEntry> IdentityFilterModel::identityAt(const QModelIndex &index) const
{
    if (!m_source || !index.isValid() || index.model() != this)
        return std::nullopt;
    return m_source->identityAt(mapToSource(index));
}

bool IdentityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || !m_source || sourceParent.isValid())
        return true;
    const std::optional<IdentityEntry> entry = m_source->identityAt(sourceRow);
    if (!entry)
        return false;
    const QStringList haystack{entry->unicodeName,
        entry->summary.identityName,
        Identity::typeText(Identity::typeFromSes(entry->summary.identityType)),
        entry->details ? entry->details->configurationSetName : QString()};
    for (const QString &word : m_words) {
        bool found = false;
        for (const QString &text : haystack) {
            if (text.contains(word, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace Items
