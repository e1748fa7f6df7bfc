#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Aws
{

/// A successful (2xx) answer: status, headers and body, with the request id AWS put in it.
struct AwsResponse {
    int httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString requestId;

    QByteArray header(const QByteArray &name) const; ///< Case-insensitive; empty if absent.
    QJsonObject json() const; ///< The body as a JSON object (empty when the body is empty or not JSON).
};

} // namespace Aws
