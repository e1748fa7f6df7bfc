#include "sandbox/ops/ContactOperations.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "sandbox/SandboxContext.h"
#include "sandbox/ops/ContactListOperations.h"
#include "sandbox/ops/Inputs.h"
#include "sandbox/state/ContactPreferences.h"
#include "sandbox/state/ContactRepository.h"
#include "sandbox/state/MailAddress.h"
#include "sandbox/state/PageToken.h"
#include "sandbox/state/Timestamps.h"

namespace Sandbox
{

namespace
{

ServiceError contactNotFound(const QString &address, const QString &list)
{
    return ServiceError::notFound(QStringLiteral("Contact %1 does not exist in list %2.").arg(address, list));
}

} // namespace

ContactOperations::ContactOperations(SandboxContext &context)
    : m_context(context)
{
}

void ContactOperations::registerWith(OperationRegistry &registry)
{
    registry.add(QStringLiteral("CreateContact"), this, &ContactOperations::create);
    registry.add(QStringLiteral("GetContact"), this, &ContactOperations::get);
    registry.add(QStringLiteral("ListContacts"), this, &ContactOperations::list);
    registry.add(QStringLiteral("UpdateContact"), this, &ContactOperations::update);
    registry.add(QStringLiteral("DeleteContact"), this, &ContactOperations::remove);
}

Outcome<QJsonObject> ContactOperations::contactList(const OperationCall &call) const
{
    const QString name = Inputs::string(call.input, "ContactListName");
    const std::optional<QJsonObject> list = m_context.contacts.findList(name);
    if (!list)
        return ContactListOperations::listNotFound(name);
    return *list;
}

Check ContactOperations::applyInput(QJsonObject &contact, const QJsonObject &input, const QJsonObject &list) const
{
    if (Inputs::has(input, "TopicPreferences")) {
        const QJsonArray preferences = input.value(QLatin1String("TopicPreferences")).toArray();
        if (const Check check = ContactPreferences::checkPreferences(preferences, list); !check)
            return check;
        contact.insert(QStringLiteral("TopicPreferences"), preferences);
    }
    if (Inputs::has(input, "UnsubscribeAll"))
        contact.insert(QStringLiteral("UnsubscribeAll"), input.value(QLatin1String("UnsubscribeAll")).toBool());
    if (Inputs::has(input, "AttributesData")) {
        const QString attributes = Inputs::string(input, "AttributesData");
        QJsonParseError error;
        if (!QJsonDocument::fromJson(attributes.toUtf8(), &error).isObject())
            return ServiceError::badRequest(
                QStringLiteral("AttributesData must be a JSON object: %1").arg(error.errorString()));
        contact.insert(QStringLiteral("AttributesData"), attributes);
    }
    return passed();
}

JsonOutcome ContactOperations::create(const OperationCall &call)
{
    const Outcome<QJsonObject> list = contactList(call);
    if (!list)
        return list.error();
    const QString listName = list->value(QLatin1String("ContactListName")).toString();
    const QString address = Inputs::string(call.input, "EmailAddress");
    const auto parsed = MailAddress::parse(address);
    if (!parsed || !parsed->displayName.isEmpty())
        return ServiceError::badRequest(QStringLiteral("Invalid email address: %1").arg(address));
    if (m_context.contacts.findContact(listName, address))
        return ServiceError::alreadyExists(
            QStringLiteral("Contact %1 already exists in list %2.").arg(address, listName));
    QJsonObject contact{{QStringLiteral("EmailAddress"), address},
        {QStringLiteral("TopicPreferences"), QJsonArray()},
        {QStringLiteral("UnsubscribeAll"), false},
        {QStringLiteral("CreatedTimestamp"), Timestamps::toJson(call.now)},
        {QStringLiteral("LastUpdatedTimestamp"), Timestamps::toJson(call.now)}};
    if (const Check check = applyInput(contact, call.input, list.value()); !check)
        return check.error();
    m_context.contacts.saveContact(listName, contact);
    return QJsonObject();
}

JsonOutcome ContactOperations::get(const OperationCall &call)
{
    const Outcome<QJsonObject> list = contactList(call);
    if (!list)
        return list.error();
    const QString listName = list->value(QLatin1String("ContactListName")).toString();
    const QString address = Inputs::string(call.input, "EmailAddress");
    std::optional<QJsonObject> contact = m_context.contacts.findContact(listName, address);
    if (!contact)
        return contactNotFound(address, listName);
    contact->insert(QStringLiteral("ContactListName"), listName);
    contact->insert(QStringLiteral("TopicDefaultPreferences"), ContactPreferences::defaultPreferences(list.value()));
    return *contact;
}

JsonOutcome ContactOperations::list(const OperationCall &call)
{
    const Outcome<QJsonObject> found = contactList(call);
    if (!found)
        return found.error();
    const QJsonObject &list = found.value();
    const QString listName = list.value(QLatin1String("ContactListName")).toString();
    const Outcome<PageRequest> request = PageToken::request(call.input, 100, 1000);
    if (!request)
        return request.error();

    const QJsonObject filter = call.input.value(QLatin1String("Filter")).toObject();
    const QString wanted = filter.value(QLatin1String("FilteredStatus")).toString();
    const QJsonObject topicFilter = filter.value(QLatin1String("TopicFilter")).toObject();
    const QString topic = topicFilter.value(QLatin1String("TopicName")).toString();
    const bool useDefault = topicFilter.value(QLatin1String("UseDefaultIfPreferenceUnavailable")).toBool();
    if (!topic.isEmpty() && !ContactPreferences::hasTopic(list, topic))
        return ServiceError::badRequest(QStringLiteral("Topic %1 does not exist in list %2.").arg(topic, listName));
    auto matches = [&](const QJsonObject &contact) {
        if (!topic.isEmpty()) {
            const QString status = ContactPreferences::statusFor(contact, list, topic, useDefault);
            return wanted.isEmpty() ? !status.isEmpty() : status == wanted;
        }
        if (wanted.isEmpty())
            return true;
        const bool unsubscribed = contact.value(QLatin1String("UnsubscribeAll")).toBool();
        return wanted == QLatin1String("OPT_OUT") ? unsubscribed : !unsubscribed;
    };

    const QJsonArray defaults = ContactPreferences::defaultPreferences(list);
    QJsonArray contacts;
    QString cursor = request->after;
    QString lastReturned;
    bool more = false;
    // Scan in address order, filtering, until a page is full and one more match proves there is a next page.
    while (!more) {
        const QList<QJsonObject> batch = m_context.contacts.pageContacts(listName, cursor, 500);
        if (batch.isEmpty())
            break;
        for (const QJsonObject &contact : batch) {
            cursor = contact.value(QLatin1String("EmailAddress")).toString();
            if (!matches(contact))
                continue;
            if (contacts.size() == request->size) {
                more = true;
                break;
            }
            contacts.append(QJsonObject{{QStringLiteral("EmailAddress"), contact.value(QLatin1String("EmailAddress"))},
                {QStringLiteral("TopicPreferences"), contact.value(QLatin1String("TopicPreferences"))},
                {QStringLiteral("TopicDefaultPreferences"), defaults},
                {QStringLiteral("UnsubscribeAll"), contact.value(QLatin1String("UnsubscribeAll"))},
                {QStringLiteral("LastUpdatedTimestamp"), contact.value(QLatin1String("LastUpdatedTimestamp"))}});
            lastReturned = cursor;
        }
    }
    QJsonObject out{{QStringLiteral("Contacts"), contacts}};
    if (more)
        out.insert(QStringLiteral("NextToken"), PageToken::encode(lastReturned));
    return out;
}

JsonOutcome ContactOperations::update(const OperationCall &call)
{
    const Outcome<QJsonObject> list = contactList(call);
    if (!list)
        return list.error();
    const QString listName = list->value(QLatin1String("ContactListName")).toString();
    const QString address = Inputs::string(call.input, "EmailAddress");
    std::optional<QJsonObject> contact = m_context.contacts.findContact(listName, address);
    if (!contact)
        return contactNotFound(address, listName);
    if (const Check check = applyInput(*contact, call.input, list.value()); !check)
        return check.error();
    contact->insert(QStringLiteral("LastUpdatedTimestamp"), Timestamps::toJson(call.now));
    m_context.contacts.saveContact(listName, *contact);
    return QJsonObject();
}

JsonOutcome ContactOperations::remove(const OperationCall &call)
{
    const Outcome<QJsonObject> list = contactList(call);
    if (!list)
        return list.error();
    const QString listName = list->value(QLatin1String("ContactListName")).toString();
    const QString address = Inputs::string(call.input, "EmailAddress");
    if (!m_context.contacts.removeContact(listName, address))
        return contactNotFound(address, listName);
    return QJsonObject();
}

} // namespace Sandbox
