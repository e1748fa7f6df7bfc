#include "models/aws/AwsResponse.h"

#include <QJsonDocument>

namespace Aws
{

QByteArray AwsResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject AwsResponse::json() const
{
    if (body.trimmed().isEmpty())
        return {};
    return QJsonDocument::fromJson(body).object();
}

} // namespace Aws
