#include "sandbox/templates/EmailTemplateRepository.h"

#include "sandbox/state/StateStore.h"

namespace Sandbox
{

EmailTemplateRepository::EmailTemplateRepository(StateStore &store)
    : m_store(store)
{
}

std::optional<QJsonObject> EmailTemplateRepository::find(const QString &name) const
{
    return m_store.get(collection(), name);
}

bool EmailTemplateRepository::exists(const QString &name) const
{
    return m_store.contains(collection(), name);
}

bool EmailTemplateRepository::save(const QJsonObject &emailTemplate)
{
    return m_store.put(collection(), emailTemplate.value(QLatin1String("TemplateName")).toString(), emailTemplate);
}

bool EmailTemplateRepository::remove(const QString &name)
{
    return m_store.remove(collection(), name);
}

QList<QJsonObject> EmailTemplateRepository::page(const QString &afterName, int limit) const
{
    QList<QJsonObject> out;
    for (const StoredDocument &doc : m_store.list(collection(), afterName, limit))
        out.append(doc.body);
    return out;
}

qint64 EmailTemplateRepository::count() const
{
    return m_store.count(collection());
}

} // namespace Sandbox
