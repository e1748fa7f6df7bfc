#pragma once

#include <functional>
#include <map>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "sandbox/http/HttpExchange.h"
#include "sandbox/protocol/Outcome.h"

class QXmlStreamWriter;

namespace Aws
{
class Clock;
}

namespace Sandbox
{

class RequestAuthenticator;
class StateStore;

/// One authenticated Query-protocol call.
struct QueryCall {
    QString action;
    QList<QPair<QString, QString>> parameters; ///< Decoded, in request order, Action and Version included.
    QDateTime now;
    QString requestId;
    QString accessKeyId;

    QString value(const QString &name) const
    {
        for (const auto &p : parameters) {
            if (p.first == name)
                return p.second;
        }
        return {};
    }
};

/// Writes the children of <ActionResult> and answers passed(), or names the error.
using QueryHandler = std::function<Check(const QueryCall &, QXmlStreamWriter &result)>;

/// A Query-protocol API served by the Sandbox (SES v1 as "ses", CloudWatch as "monitoring").
struct QueryService {
    QString signingName;
    QString version; ///< "2010-12-01"
    QString xmlNamespace; ///< "http://ses.amazonaws.com/doc/2010-12-01/"
    QHash<QString, QueryHandler> actions;
};

/// The Query protocol (form-encoded POST or GET with Action=): authenticates against every
/// registered service's signing name, picks the service the request was signed for, and runs
/// the action in one state transaction. Families add services and actions.
class QueryEndpoint
{
public:
    QueryEndpoint(const RequestAuthenticator &authenticator, StateStore &store, const Aws::Clock &clock);

    /// Adds (or returns the existing) service for a signing name.
    QueryService &service(const QString &signingName, const QString &version, const QString &xmlNamespace);
    QueryService *findService(const QString &signingName);

    HttpResponse handle(const HttpRequest &request, const QString &requestId);

private:
    const RequestAuthenticator &m_authenticator;
    StateStore &m_store;
    const Aws::Clock &m_clock;
    std::map<QString, QueryService> m_services;
};

} // namespace Sandbox
