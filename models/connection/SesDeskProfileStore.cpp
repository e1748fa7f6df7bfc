#include "models/connection/SesDeskProfileStore.h"

#include <QSettings>

namespace Connection
{

namespace
{
const QString ArrayKey = QStringLiteral("SesDeskProfiles");
}

SesDeskProfileStore::SesDeskProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QList<SesDeskProfile> SesDeskProfileStore::profiles() const
{
    QList<SesDeskProfile> out;
    const int n = m_settings->beginReadArray(ArrayKey);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        SesDeskProfile p;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.region = m_settings->value(QStringLiteral("region")).toString();
        p.endpoint = QUrl(m_settings->value(QStringLiteral("endpoint")).toString());
        p.accessKeyId = m_settings->value(QStringLiteral("accessKeyId")).toString();
        if (!p.name.isEmpty())
            out.append(p);
    }
    m_settings->endArray();
    return out;
}

bool SesDeskProfileStore::contains(const QString &name) const
{
    return find(name).has_value();
}

std::optional<SesDeskProfile> SesDeskProfileStore::find(const QString &name) const
{
    for (const SesDeskProfile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QList<FieldError> SesDeskProfileStore::save(const SesDeskProfile &profile, const QString &originalName)
{
    QList<FieldError> errors = profile.validate();
    QList<SesDeskProfile> all = profiles();
    if (profile.name != originalName && contains(profile.name))
        errors.prepend({QStringLiteral("name"), tr("Name: a profile called “%1” already exists.").arg(profile.name)});
    if (!errors.isEmpty())
        return errors;
    bool replaced = false;
    for (SesDeskProfile &p : all) {
        if (!originalName.isEmpty() && p.name == originalName) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        all.append(profile);
    write(all);
    return {};
}

void SesDeskProfileStore::remove(const QString &name)
{
    QList<SesDeskProfile> all = profiles();
    const auto removed = all.removeIf([&name](const SesDeskProfile &p) {
        return p.name == name;
    });
    if (removed > 0)
        write(all);
}

void SesDeskProfileStore::write(const QList<SesDeskProfile> &profiles)
{
    m_settings->remove(ArrayKey);
    m_settings->beginWriteArray(ArrayKey, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const SesDeskProfile &p = profiles.at(i);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("region"), p.region);
        m_settings->setValue(QStringLiteral("endpoint"), p.endpoint.toString());
        m_settings->setValue(QStringLiteral("accessKeyId"), p.accessKeyId);
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT changed();
}

} // namespace Connection
