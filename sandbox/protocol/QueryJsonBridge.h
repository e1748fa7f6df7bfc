#pragma once

#include <memory>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include "sandbox/protocol/Outcome.h"

class QXmlStreamWriter;

namespace Sandbox
{

struct JsonRpcService;
struct QueryService;
class ServiceModel;

/// Serves the operations of an awsJson service (CloudWatch's JSON protocol, what current AWS CLIs
/// send) in the Query protocol as well (what every other CloudWatch client sends), from the one
/// set of handlers: form parameters are read into the operation's input structure and the output
/// structure is written as XML, both driven by the botocore model, so the two protocols cannot
/// disagree. Timestamps are ISO 8601 in Query and epoch seconds in JSON and in the handlers.
class QueryJsonBridge
{
public:
    /// Adds a Query action to query for every operation of json's model; each runs the JSON
    /// handler registered under the same name when it is called.
    static void expose(QueryService &query, JsonRpcService &json);

    /// Form parameters ("MetricDataQueries.member.1.Id=x") as the input structure of shapeName.
    static JsonOutcome readInput(
        const ServiceModel &model, const QString &shapeName, const QList<QPair<QString, QString>> &parameters);
    /// The members of an output structure as Query XML elements (the children of <ActionResult>).
    static void writeOutput(
        const ServiceModel &model, const QString &shapeName, const QJsonObject &output, QXmlStreamWriter &xml);
};

} // namespace Sandbox
