#include "sandbox/protocol/QueryEndpoint.h"

#include <QXmlStreamWriter>

#include "models/aws/Clock.h"

#include "sandbox/auth/RequestAuthenticator.h"
#include "sandbox/protocol/QueryProtocol.h"
#include "sandbox/state/StateStore.h"

namespace Sandbox
{

QueryEndpoint::QueryEndpoint(const RequestAuthenticator &authenticator, StateStore &store, const Aws::Clock &clock)
    : m_authenticator(authenticator)
    , m_store(store)
    , m_clock(clock)
{
}

QueryService &QueryEndpoint::service(const QString &signingName, const QString &version, const QString &xmlNamespace)
{
    auto it = m_services.find(signingName);
    if (it == m_services.end())
        it = m_services.emplace(signingName, QueryService{signingName, version, xmlNamespace, {}}).first;
    return it->second;
}

QueryService *QueryEndpoint::findService(const QString &signingName)
{
    const auto it = m_services.find(signingName);
    return it == m_services.end() ? nullptr : &it->second;
}

HttpResponse QueryEndpoint::handle(const HttpRequest &request, const QString &requestId)
{
    QList<QPair<QString, QString>> parameters = QueryProtocol::parseForm(request.query);
    if (request.method == "POST")
        parameters += QueryProtocol::parseForm(request.body);

    QStringList signingNames;
    for (const auto &entry : m_services)
        signingNames.append(entry.first);
    const QString fallbackNamespace = m_services.empty() ? QStringLiteral("http://ses.amazonaws.com/doc/2010-12-01/")
                                                         : m_services.begin()->second.xmlNamespace;

    const RequestAuthenticator::Result auth = m_authenticator.verify(request, signingNames);
    if (const auto *failure = std::get_if<AuthFailure>(&auth))
        return QueryProtocol::error(QueryProtocol::authError(*failure), fallbackNamespace, requestId);
    const AuthenticatedCaller caller = std::get<AuthenticatedCaller>(auth);
    QueryService *service = findService(caller.service);
    const QString xmlNamespace = service ? service->xmlNamespace : fallbackNamespace;

    QueryCall call;
    call.parameters = parameters;
    call.action = call.value(QStringLiteral("Action"));
    call.now = m_clock.nowUtc();
    call.requestId = requestId;
    call.accessKeyId = caller.accessKeyId;
    if (call.action.isEmpty())
        return QueryProtocol::error(
            ServiceError{400, QStringLiteral("MissingAction"), QStringLiteral("Missing Action"), true},
            xmlNamespace,
            requestId);
    const auto handler
        = service ? service->actions.constFind(call.action) : QHash<QString, QueryHandler>::const_iterator();
    if (!service || handler == service->actions.constEnd()) {
        return QueryProtocol::error(ServiceError{400,
                                        QStringLiteral("InvalidAction"),
                                        QStringLiteral("Could not find operation %1 for version %2")
                                            .arg(call.action, call.value(QStringLiteral("Version"))),
                                        true},
            xmlNamespace,
            requestId);
    }

    QByteArray result;
    QXmlStreamWriter writer(&result);
    m_store.begin();
    const Check outcome = (*handler)(call, writer);
    if (!outcome) {
        m_store.rollback();
        return QueryProtocol::error(outcome.error(), xmlNamespace, requestId);
    }
    QString storeError;
    if (!m_store.commit(&storeError)) {
        return QueryProtocol::error(ServiceError{500,
                                        QStringLiteral("InternalFailure"),
                                        QStringLiteral("The Sandbox could not save the change: %1").arg(storeError),
                                        false},
            xmlNamespace,
            requestId);
    }
    return QueryProtocol::success(call.action, xmlNamespace, result, requestId);
}

} // namespace Sandbox
