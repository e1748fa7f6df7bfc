#pragma once

#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox
{

/// One operation of an AWS API model: its HTTP binding and its input and output shapes.
struct OperationModel {
    QString name;
    QByteArray method; ///< "GET", "POST"...
    QString requestUri; ///< "/v2/email/identities/{EmailIdentity}"
    int successStatus = 200;
    QString inputShape;
    QString outputShape;
    QStringList errors;
};

/// A botocore service model (trimmed by model/trim_botocore_model.py, embedded as a resource):
/// the contract the Sandbox routes and validates with, so names and limits match the AWS CLI's.
class ServiceModel
{
public:
    /// Loads a model from a file or resource path (":/sandbox/model/sesv2-2019-09-27.json").
    static std::shared_ptr<const ServiceModel> load(const QString &path, QString *error = nullptr);
    /// The embedded SES v2 model.
    static std::shared_ptr<const ServiceModel> sesv2();
    /// The embedded CloudWatch model, trimmed to the operations the Sandbox serves.
    static std::shared_ptr<const ServiceModel> cloudwatch();

    const QJsonObject &metadata() const
    {
        return m_metadata;
    }
    const QList<OperationModel> &operations() const
    {
        return m_operations;
    }
    const OperationModel *operation(const QString &name) const;
    /// The shape definition ({"type": ..., "members": ...}); empty if unknown.
    QJsonObject shape(const QString &name) const;
    /// The exception shape whose Query error code is code ("InvalidParameterValue" ->
    /// "InvalidParameterValueException"): awsJson names errors by shape, Query by code.
    QString errorShapeForCode(const QString &code) const;
    bool hasShape(const QString &name) const
    {
        return m_shapes.contains(name);
    }

private:
    QJsonObject m_metadata;
    QJsonObject m_shapes;
    QList<OperationModel> m_operations;
    QHash<QString, qsizetype> m_byName;
};

} // namespace Sandbox
