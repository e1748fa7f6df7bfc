#include "sandbox/protocol/JsonRpcEndpoint.h"

#include <QJsonDocument>

#include "models/aws/Clock.h"

#include "sandbox/auth/RequestAuthenticator.h"
#include "sandbox/model/ServiceModel.h"
#include "sandbox/model/ShapeValidator.h"
#include "sandbox/protocol/JsonRpcProtocol.h"
#include "sandbox/protocol/QueryProtocol.h"
#include "sandbox/state/StateStore.h"

namespace Sandbox
{

JsonRpcEndpoint::JsonRpcEndpoint(const RequestAuthenticator &authenticator, StateStore &store, const Aws::Clock &clock)
    : m_authenticator(authenticator)
    , m_store(store)
    , m_clock(clock)
{
}

JsonRpcService &JsonRpcEndpoint::service(const QString &targetPrefix, const QString &signingName, bool queryCompatible)
{
    auto it = m_services.find(targetPrefix);
    if (it == m_services.end()) {
        JsonRpcService service;
        service.targetPrefix = targetPrefix;
        service.signingName = signingName;
        service.queryCompatible = queryCompatible;
        it = m_services.emplace(targetPrefix, std::move(service)).first;
    }
    return it->second;
}

HttpResponse JsonRpcEndpoint::handle(const HttpRequest &request, const QString &requestId)
{
    QByteArray contentType = request.header("Content-Type");
    if (contentType.isEmpty())
        contentType = "application/x-amz-json-1.0";
    const QString target = QString::fromLatin1(request.header("X-Amz-Target"));
    const qsizetype dot = target.lastIndexOf(QLatin1Char('.'));
    const QString prefix = dot < 0 ? QString() : target.left(dot);
    const QString operation = target.mid(dot + 1);
    const auto it = m_services.find(prefix);
    JsonRpcService *service = it == m_services.end() ? nullptr : &it->second;
    const bool queryCompatible = service && service->queryCompatible;

    QStringList signingNames;
    if (service)
        signingNames.append(service->signingName);
    else
        for (const auto &entry : m_services)
            signingNames.append(entry.second.signingName);
    const RequestAuthenticator::Result auth = m_authenticator.verify(request, signingNames);
    if (const auto *failure = std::get_if<AuthFailure>(&auth))
        return JsonRpcProtocol::error(JsonRpcProtocol::authError(*failure),
            contentType,
            requestId,
            queryCompatible,
            QueryProtocol::authError(*failure).code);

    const OperationRegistry::Entry *entry = service ? service->operations.find(operation) : nullptr;
    if (!entry) {
        return JsonRpcProtocol::error(ServiceError{400,
                                          QStringLiteral("UnknownOperationException"),
                                          QStringLiteral("Unknown operation %1").arg(target),
                                          true},
            contentType,
            requestId,
            queryCompatible);
    }

    QJsonObject input;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (!doc.isObject()) {
            return JsonRpcProtocol::error(
                ServiceError{400, QStringLiteral("SerializationException"), error.errorString(), true},
                contentType,
                requestId,
                queryCompatible);
        }
        input = doc.object();
    }
    if (service->model) {
        if (const OperationModel *op = service->model->operation(operation); op && !op->inputShape.isEmpty()) {
            const QStringList violations = ShapeValidator(*service->model).validate(op->inputShape, input);
            if (!violations.isEmpty()) {
                return JsonRpcProtocol::error(
                    ServiceError{400, QStringLiteral("ValidationError"), ShapeValidator::summary(violations), true},
                    contentType,
                    requestId,
                    queryCompatible);
            }
        }
    }

    OperationCall call{operation, input, m_clock.nowUtc(), requestId, std::get<AuthenticatedCaller>(auth).accessKeyId};
    m_store.begin();
    JsonOutcome outcome = entry->handler(call);
    if (!outcome) {
        m_store.rollback();
        if (service->model && queryCompatible) {
            // Handlers speak in Query codes ("InvalidParameterValue"); awsJson names the error
            // by its shape ("InvalidParameterValueException") and keeps the code for
            // x-amzn-query-error.
            ServiceError error = outcome.error();
            const QString queryCode = error.code;
            error.code = service->model->errorShapeForCode(queryCode);
            return JsonRpcProtocol::error(error, contentType, requestId, queryCompatible, queryCode);
        }
        return JsonRpcProtocol::error(outcome.error(), contentType, requestId, queryCompatible);
    }
    QString storeError;
    if (!m_store.commit(&storeError)) {
        return JsonRpcProtocol::error(ServiceError{500,
                                          QStringLiteral("InternalFailure"),
                                          QStringLiteral("The Sandbox could not save the change: %1").arg(storeError),
                                          false},
            contentType,
            requestId,
            queryCompatible);
    }
    if (m_checkResponses && service->model) {
        const OperationModel *op = service->model->operation(operation);
        const QStringList violations = op && !op->outputShape.isEmpty()
            ? ShapeValidator(*service->model, ShapeValidator::Direction::Output)
                  .validate(op->outputShape, outcome.value())
            : QStringList();
        if (!violations.isEmpty()) {
            return JsonRpcProtocol::error(ServiceError{500,
                                              QStringLiteral("InternalFailure"),
                                              QStringLiteral("The Sandbox's %1 answer does not match the API model: %2")
                                                  .arg(operation, violations.join(QStringLiteral("; "))),
                                              false},
                contentType,
                requestId,
                queryCompatible);
        }
    }
    return JsonRpcProtocol::success(outcome.value(), contentType, requestId);
}

} // namespace Sandbox
