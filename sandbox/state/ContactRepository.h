#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>

namespace Sandbox
{

class StateStore;

/// Contact lists (GetContactList's shape) and their contacts, each contact its own document so a
/// list can hold as many as an import brings.
class ContactRepository
{
public:
    explicit ContactRepository(StateStore &store);

    static constexpr int kMaxContactLists = 1; ///< The guide: one contact list per account.
    static constexpr int kMaxTopics = 20;

    std::optional<QJsonObject> findList(const QString &name) const;
    bool saveList(const QJsonObject &list);
    /// Removes the list and all its contacts.
    bool removeList(const QString &name);
    QList<QJsonObject> pageLists(const QString &afterName, int limit) const;
    qint64 listCount() const;

    std::optional<QJsonObject> findContact(const QString &list, const QString &address) const;
    bool saveContact(const QString &list, const QJsonObject &contact);
    bool removeContact(const QString &list, const QString &address);
    /// Contacts of a list in address order after afterAddress, at most limit.
    QList<QJsonObject> pageContacts(const QString &list, const QString &afterAddress, int limit) const;

private:
    static QString contactKey(const QString &list, const QString &address);

    StateStore &m_store;
};

} // namespace Sandbox
