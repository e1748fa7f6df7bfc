#pragma once

#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "sandbox/protocol/Outcome.h"

namespace Sandbox
{

class ServiceModel;
struct OperationModel;

/// The operation a REST-JSON request addresses and the values of its URI labels (decoded).
struct RouteMatch {
    const OperationModel *operation = nullptr;
    QHash<QString, QString> labels;

    explicit operator bool() const
    {
        return operation != nullptr;
    }
};

/// Maps REST-JSON requests (method + path) to the operations of a service model, by the
/// model's own requestUri templates, and assembles each operation's input the way botocore
/// serialised it: URI labels, query-string members and the JSON body merged into one object.
class RestJsonRouter
{
public:
    explicit RestJsonRouter(std::shared_ptr<const ServiceModel> model);

    RouteMatch match(const QByteArray &method, const QByteArray &encodedPath) const;

    /// The operation's input structure; a BadRequestException when the body is not JSON or a
    /// query value has the wrong type.
    JsonOutcome bindInput(const RouteMatch &match, const QByteArray &rawQuery, const QByteArray &body) const;

    const ServiceModel &model() const
    {
        return *m_model;
    }

private:
    struct Segment {
        QString literal; ///< When not a label.
        QString label; ///< Label name without braces and '+'.
        bool greedy = false;
    };
    struct Route {
        const OperationModel *operation = nullptr;
        QList<Segment> segments;
        int literalCount = 0;
    };

    std::shared_ptr<const ServiceModel> m_model;
    QList<Route> m_routes;
};

} // namespace Sandbox
