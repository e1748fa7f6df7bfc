#include "sandbox/ops/ContactListOperations.h"

#include <QJsonArray>
#include <QSet>

#include "sandbox/SandboxContext.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/ContactRepository.h"
#include "sandbox/state/NameRules.h"
#include "sandbox/state/PageToken.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

ContactListOperations::ContactListOperations(SandboxContext &context)
    : m_context(context)
{
}

void ContactListOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("CreateContactList"), this, &ContactListOperations::create);
    registry.add(QStringLiteral("GetContactList"), this, &ContactListOperations::get);
    registry.add(QStringLiteral("ListContactLists"), this, &ContactListOperations::list);
    registry.add(QStringLiteral("UpdateContactList"), this, &ContactListOperations::update);
    registry.add(QStringLiteral("DeleteContactList"), this, &ContactListOperations::remove);
}

ServiceError ContactListOperations::listNotFound(const QString &name)
{
    return ServiceError::notFound(QStringLiteral("List with name %1 does not exist.").arg(name));
}

Check ContactListOperations::checkTopics(const QJsonArray &topics)
{
    if (topics.size() > ContactRepository::kMaxTopics)
        return ServiceError::limitExceeded(
            QStringLiteral("A contact list can have at most %1 topics.").arg(ContactRepository::kMaxTopics));
    QSet<QString> names;
    for (const auto &value : topics) {
        const QString name = value.toObject().value(QLatin1String("TopicName")).toString();
        if (const Check check = NameRules::topicName(name); !check)
            return check;
        if (names.contains(name))
            return ServiceError::badRequest(QStringLiteral("Duplicate topic name %1.").arg(name));
        names.insert(name);
    }
    return passed();
}

JsonOutcome ContactListOperations::create(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "ContactListName");
    if (const Check check = NameRules::contactListName(name); !check)
        return check.error();
    if (m_context.contacts.findList(name))
        return ServiceError::alreadyExists(QStringLiteral("List with name %1 already exists.").arg(name));
    if (m_context.contacts.listCount() >= ContactRepository::kMaxContactLists)
        return ServiceError::limitExceeded(QStringLiteral("An account can have only one contact list."));
    const QJsonArray topics = call.input.value(QLatin1String("Topics")).toArray();
    if (const Check check = checkTopics(topics); !check)
        return check.error();
    const QJsonArray tags = call.input.value(QLatin1String("Tags")).toArray();
    if (const Check check = NameRules::tags(tags); !check)
        return check.error();
    QJsonObject list{{QStringLiteral("ContactListName"), name},
        {QStringLiteral("Topics"), topics},
        {QStringLiteral("Tags"), tags},
        {QStringLiteral("CreatedTimestamp"), Timestamps::toJson(call.now)},
        {QStringLiteral("LastUpdatedTimestamp"), Timestamps::toJson(call.now)}};
    if (Inputs::has(call.input, "Description"))
        list.insert(QStringLiteral("Description"), call.input.value(QLatin1String("Description")));
    m_context.contacts.saveList(list);
    return QJsonObject();
}

JsonOutcome ContactListOperations::get(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "ContactListName");
    const std::optional<QJsonObject> list = m_context.contacts.findList(name);
    if (!list)
        return listNotFound(name);
    return *list;
}

JsonOutcome ContactListOperations::list(const OperationCall &call)
{
    const Outcome<PageRequest> request = PageToken::request(call.input, 100, 1000);
    if (!request)
        return request.error();
    const QList<QJsonObject> page = m_context.contacts.pageLists(request->after, request->size + 1);
    QJsonArray lists;
    for (qsizetype i = 0; i < page.size() && i < request->size; ++i) {
        lists.append(
            QJsonObject{{QStringLiteral("ContactListName"), page.at(i).value(QLatin1String("ContactListName"))},
                {QStringLiteral("LastUpdatedTimestamp"), page.at(i).value(QLatin1String("LastUpdatedTimestamp"))}});
    }
    QJsonObject out{{QStringLiteral("ContactLists"), lists}};
    if (page.size() > request->size)
        out.insert(QStringLiteral("NextToken"),
            PageToken::encode(page.at(request->size - 1).value(QLatin1String("ContactListName")).toString()));
    return out;
}

JsonOutcome ContactListOperations::update(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "ContactListName");
    std::optional<QJsonObject> list = m_context.contacts.findList(name);
    if (!list)
        return listNotFound(name);
    if (Inputs::has(call.input, "Topics")) {
        const QJsonArray topics = call.input.value(QLatin1String("Topics")).toArray();
        if (const Check check = checkTopics(topics); !check)
            return check.error();
        list->insert(QStringLiteral("Topics"), topics);
    }
    if (Inputs::has(call.input, "Description"))
        list->insert(QStringLiteral("Description"), call.input.value(QLatin1String("Description")));
    list->insert(QStringLiteral("LastUpdatedTimestamp"), Timestamps::toJson(call.now));
    m_context.contacts.saveList(*list);
    return QJsonObject();
}

JsonOutcome ContactListOperations::remove(const OperationCall &call)
{
    const QString name = Inputs::string(call.input, "ContactListName");
    if (!m_context.contacts.removeList(name))
        return listNotFound(name);
    return QJsonObject();
}

} // namespace Sandbox
