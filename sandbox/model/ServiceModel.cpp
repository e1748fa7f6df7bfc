#include "sandbox/model/ServiceModel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>

namespace Sandbox
{

std::shared_ptr<const ServiceModel> ServiceModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1 is not a JSON model: %2").arg(path, parseError.errorString());
        return {};
    }
    auto model = std::make_shared<ServiceModel>();
    const QJsonObject root = doc.object();
    model->m_metadata = root.value(QLatin1String("metadata")).toObject();
    model->m_shapes = root.value(QLatin1String("shapes")).toObject();
    const QJsonObject operations = root.value(QLatin1String("operations")).toObject();
    for (auto it = operations.begin(); it != operations.end(); ++it) {
        const QJsonObject op = it.value().toObject();
        const QJsonObject http = op.value(QLatin1String("http")).toObject();
        OperationModel info;
        info.name = it.key();
        info.method = http.value(QLatin1String("method")).toString().toLatin1();
        info.requestUri = http.value(QLatin1String("requestUri")).toString();
        info.successStatus = http.value(QLatin1String("responseCode")).toInt(200);
        info.inputShape = op.value(QLatin1String("input")).toString();
        info.outputShape = op.value(QLatin1String("output")).toString();
        for (const auto &e : op.value(QLatin1String("errors")).toArray())
            info.errors.append(e.toString());
        model->m_byName.insert(info.name, model->m_operations.size());
        model->m_operations.append(info);
    }
    return model;
}

std::shared_ptr<const ServiceModel> ServiceModel::sesv2()
{
    // Parsed once per process: the model is immutable and shared by every server instance.
    static QMutex mutex;
    static std::shared_ptr<const ServiceModel> model;
    QMutexLocker lock(&mutex);
    if (!model)
        model = load(QStringLiteral(":/sandbox/model/sesv2-2019-09-27.json"));
    return model;
}

std::shared_ptr<const ServiceModel> ServiceModel::cloudwatch()
{
    static QMutex mutex;
    static std::shared_ptr<const ServiceModel> model;
    QMutexLocker lock(&mutex);
    if (!model)
        model = load(QStringLiteral(":/sandbox/model/cloudwatch-2010-08-01.json"));
    return model;
}

QString ServiceModel::errorShapeForCode(const QString &code) const
{
    for (auto it = m_shapes.begin(); it != m_shapes.end(); ++it) {
        const QJsonObject shape = it.value().toObject();
        if (shape.value(QLatin1String("exception")).toBool()
            && shape.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(it.key()) == code)
            return it.key();
    }
    return code;
}

const OperationModel *ServiceModel::operation(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.constEnd() ? nullptr : &m_operations.at(*it);
}

QJsonObject ServiceModel::shape(const QString &name) const
{
    return m_shapes.value(name).toObject();
}

} // namespace Sandbox
