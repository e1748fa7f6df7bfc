#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>

namespace Sandbox
{

class StateStore;

/// Configuration sets: GetConfigurationSet's shape, with the set's event destinations kept in
/// the same document ("_EventDestinations"), so deleting a set removes them with it.
class ConfigurationSetRepository
{
public:
    explicit ConfigurationSetRepository(StateStore &store);

    std::optional<QJsonObject> find(const QString &name) const;
    bool exists(const QString &name) const;
    bool save(const QJsonObject &set);
    bool remove(const QString &name);
    QList<QJsonObject> page(const QString &afterName, int limit) const;
    qint64 count() const;

    static QJsonObject publicView(const QJsonObject &set);

    static constexpr int kMaxConfigurationSets = 10000;
    static constexpr int kMaxEventDestinations = 10;

private:
    StateStore &m_store;
};

} // namespace Sandbox
