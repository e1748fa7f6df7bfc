#include "sandbox/protocol/RestJsonEndpoint.h"

#include <QLoggingCategory>

#include "models/aws/Clock.h"

#include "sandbox/auth/RequestAuthenticator.h"
#include "sandbox/model/ServiceModel.h"
#include "sandbox/protocol/RestJsonProtocol.h"
#include "sandbox/state/StateStore.h"

Q_LOGGING_CATEGORY(lcRestJson, "sesdesk.sandbox.restjson")

namespace Sandbox
{

RestJsonEndpoint::RestJsonEndpoint(std::shared_ptr<const ServiceModel> model,
    const RequestAuthenticator &authenticator,
    StateStore &store,
    const Aws::Clock &clock,
    Options options)
    : m_model(model)
    , m_router(model)
    , m_inputValidator(*model, ShapeValidator::Direction::Input)
    , m_outputValidator(*model, ShapeValidator::Direction::Output)
    , m_authenticator(authenticator)
    , m_store(store)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_managementPace(m_options.managementCallsPerSecond, std::max(1.0, m_options.managementCallsPerSecond))
{
}

HttpResponse RestJsonEndpoint::handle(const HttpRequest &request, const QString &requestId)
{
    const RequestAuthenticator::Result auth = m_authenticator.verify(request, m_options.signingNames);
    if (const auto *failure = std::get_if<AuthFailure>(&auth))
        return RestJsonProtocol::error(RestJsonProtocol::authError(*failure), requestId);
    const QString accessKeyId = std::get<AuthenticatedCaller>(auth).accessKeyId;

    const RouteMatch route = m_router.match(request.method, request.path);
    if (!route) {
        return RestJsonProtocol::error(
            ServiceError{404,
                QStringLiteral("UnknownOperationException"),
                QStringLiteral("The operation %1 %2 is not supported by this service.")
                    .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)),
                true},
            requestId);
    }
    return run(route, request, requestId, accessKeyId);
}

HttpResponse RestJsonEndpoint::run(
    const RouteMatch &route, const HttpRequest &request, const QString &requestId, const QString &accessKeyId)
{
    const OperationModel &operation = *route.operation;
    const JsonOutcome input = m_router.bindInput(route, request.query, request.body);
    if (!input)
        return RestJsonProtocol::error(input.error(), requestId);
    if (!operation.inputShape.isEmpty()) {
        const QStringList violations = m_inputValidator.validate(operation.inputShape, input.value());
        if (!violations.isEmpty())
            return RestJsonProtocol::error(ServiceError::badRequest(ShapeValidator::summary(violations)), requestId);
    }

    const OperationRegistry::Entry *entry = m_operations.find(operation.name);
    if (!entry) {
        return RestJsonProtocol::error(
            ServiceError{501,
                QStringLiteral("NotImplemented"),
                QStringLiteral("The SesDesk Sandbox does not implement the %1 operation.").arg(operation.name),
                false},
            requestId);
    }

    const QDateTime now = m_clock.nowUtc();
    if (entry->kind == OperationKind::Management && m_options.managementCallsPerSecond > 0
        && !m_managementPace.tryTake(1, now))
        return RestJsonProtocol::error(ServiceError::tooManyRequests(QStringLiteral("Rate exceeded")), requestId);

    OperationCall call{operation.name, input.value(), now, requestId, accessKeyId};
    m_store.begin();
    JsonOutcome outcome = entry->handler(call);
    if (!outcome) {
        m_store.rollback();
        return RestJsonProtocol::error(outcome.error(), requestId);
    }
    QString storeError;
    if (!m_store.commit(&storeError)) {
        qCWarning(lcRestJson) << operation.name << "could not be saved:" << storeError;
        return RestJsonProtocol::error(ServiceError::internalServiceError(
                                           QStringLiteral("The Sandbox could not save the change: %1").arg(storeError)),
            requestId);
    }
    if (m_options.checkResponses && !operation.outputShape.isEmpty()) {
        const QStringList violations = m_outputValidator.validate(operation.outputShape, outcome.value());
        if (!violations.isEmpty()) {
            qCWarning(lcRestJson) << operation.name << "answer does not match the model:" << violations;
            return RestJsonProtocol::error(
                ServiceError::internalServiceError(
                    QStringLiteral("The Sandbox's %1 answer does not match the API model: %2")
                        .arg(operation.name, violations.join(QStringLiteral("; ")))),
                requestId);
        }
    }
    return RestJsonProtocol::success(operation.successStatus, outcome.value(), requestId);
}

} // namespace Sandbox
