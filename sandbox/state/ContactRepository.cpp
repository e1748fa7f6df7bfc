#include "sandbox/state/ContactRepository.h"

#include "sandbox/state/StateStore.h"

namespace Sandbox
{

namespace
{
const QString kLists = QStringLiteral("contact-lists");
const QString kContacts = QStringLiteral("contacts");
// List names cannot contain it, so "list<US>address" keys group a list's contacts together.
const QChar kSeparator(0x1f);
} // namespace

ContactRepository::ContactRepository(StateStore &store)
    : m_store(store)
{
}

QString ContactRepository::contactKey(const QString &list, const QString &address)
{
    return list + kSeparator + address;
}

std::optional<QJsonObject> ContactRepository::findList(const QString &name) const
{
    return m_store.get(kLists, name);
}

bool ContactRepository::saveList(const QJsonObject &list)
{
    return m_store.put(kLists, list.value(QLatin1String("ContactListName")).toString(), list);
}

bool ContactRepository::removeList(const QString &name)
{
    if (!m_store.remove(kLists, name))
        return false;
    m_store.removeWithPrefix(kContacts, name + kSeparator);
    return true;
}

QList<QJsonObject> ContactRepository::pageLists(const QString &afterName, int limit) const
{
    QList<QJsonObject> out;
    for (const StoredDocument &doc : m_store.list(kLists, afterName, limit))
        out.append(doc.body);
    return out;
}

qint64 ContactRepository::listCount() const
{
    return m_store.count(kLists);
}

std::optional<QJsonObject> ContactRepository::findContact(const QString &list, const QString &address) const
{
    return m_store.get(kContacts, contactKey(list, address));
}

bool ContactRepository::saveContact(const QString &list, const QJsonObject &contact)
{
    return m_store.put(kContacts, contactKey(list, contact.value(QLatin1String("EmailAddress")).toString()), contact);
}

bool ContactRepository::removeContact(const QString &list, const QString &address)
{
    return m_store.remove(kContacts, contactKey(list, address));
}

QList<QJsonObject> ContactRepository::pageContacts(const QString &list, const QString &afterAddress, int limit) const
{
    QList<QJsonObject> out;
    const QString after = afterAddress.isEmpty() ? QString() : contactKey(list, afterAddress);
    for (const StoredDocument &doc : m_store.list(kContacts, after, limit, list + kSeparator))
        out.append(doc.body);
    return out;
}

} // namespace Sandbox
