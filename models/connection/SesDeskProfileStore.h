#pragma once

#include <QList>
#include <QObject>

#include "models/connection/SesDeskProfile.h"

class QSettings;

namespace Connection
{

/// Keeps SesDesk's own profiles (name, region, endpoint, access key ID) in the injected
/// QSettings. Secrets are never written here: they go to the SecretStore.
class SesDeskProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SesDeskProfileStore)

public:
    explicit SesDeskProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<SesDeskProfile> profiles() const;
    bool contains(const QString &name) const;
    std::optional<SesDeskProfile> find(const QString &name) const;

    /// Validates and saves profile, replacing the one called originalName (empty: a new one).
    /// Returns the problems instead when there are any; nothing is written then.
    QList<FieldError> save(const SesDeskProfile &profile, const QString &originalName = {});
    void remove(const QString &name);

Q_SIGNALS:
    void changed();

private:
    void write(const QList<SesDeskProfile> &profiles);

    QSettings *m_settings;
};

} // namespace Connection
