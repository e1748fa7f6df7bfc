#include "sandbox/state/ConfigurationSetRepository.h"

#include "sandbox/state/StateStore.h"

namespace Sandbox
{

namespace
{
const QString kCollection = QStringLiteral("configuration-sets");
}

ConfigurationSetRepository::ConfigurationSetRepository(StateStore &store)
    : m_store(store)
{
}

std::optional<QJsonObject> ConfigurationSetRepository::find(const QString &name) const
{
    return m_store.get(kCollection, name);
}

bool ConfigurationSetRepository::exists(const QString &name) const
{
    return m_store.contains(kCollection, name);
}

bool ConfigurationSetRepository::save(const QJsonObject &set)
{
    return m_store.put(kCollection, set.value(QLatin1String("ConfigurationSetName")).toString(), set);
}

bool ConfigurationSetRepository::remove(const QString &name)
{
    return m_store.remove(kCollection, name);
}

QList<QJsonObject> ConfigurationSetRepository::page(const QString &afterName, int limit) const
{
    QList<QJsonObject> out;
    for (const StoredDocument &doc : m_store.list(kCollection, afterName, limit))
        out.append(doc.body);
    return out;
}

qint64 ConfigurationSetRepository::count() const
{
    return m_store.count(kCollection);
}

QJsonObject ConfigurationSetRepository::publicView(const QJsonObject &set)
{
    QJsonObject out;
    for (auto it = set.begin(); it != set.end(); ++it) {
        if (!it.key().startsWith(QLatin1Char('_')))
            out.insert(it.key(), it.value());
    }
    return out;
}

} // namespace Sandbox
