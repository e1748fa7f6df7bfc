#pragma once

#include <QMetaType>
#include <QString>

namespace Aws {

/// One error type for everything a call can fail with: the service's own error (code, message,
/// request id, HTTP status), or a local one (network, timeout, TLS, credentials, configuration,
/// unparseable response). Errors are values: they are returned, never thrown.
struct AwsError {
    enum class Kind {
        Service, ///< The service answered with an error document.
        Network, ///< Connection refused, reset, DNS failure...
        Timeout, ///< No complete answer within the request's timeout.
        Tls, ///< Certificate or handshake failure. Never ignored.
        Credentials, ///< No usable credentials could be resolved.
        Configuration, ///< Bad profile, endpoint or region.
        Parse, ///< The answer could not be understood.
        Usage, ///< The caller asked for something invalid before anything was sent.
    };

    Kind kind = Kind::Service;
    QString code;
    QString message;
    QString requestId;
    int httpStatus = 0;
    bool retryable = false;

    static AwsError local(Kind kind, const QString &code, const QString &message)
    {
        AwsError e;
        e.kind = kind;
        e.code = code;
        e.message = message;
        return e;
    }

    bool isService() const
    {
        return kind == Kind::Service;
    }

    /// "Code: message" plus the request id and status where known; one line for logs and stderr.
    QString toString() const
    {
        QString s = code.isEmpty() ? message : (message.isEmpty() ? code : code + QStringLiteral(": ") + message);
        if (!requestId.isEmpty())
            s += QStringLiteral(" (request id %1)").arg(requestId);
        if (httpStatus > 0)
            s += QStringLiteral(" [HTTP %1]").arg(httpStatus);
        return s;
    }
};

} // namespace Aws

Q_DECLARE_METATYPE(Aws::AwsError)
