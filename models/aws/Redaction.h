#pragma once

#include <QByteArray>

namespace Aws
{

/// Removes secrets from what --debug and logs show: the Authorization signature, security
/// tokens, secret keys and private keys, in headers and in JSON, XML or form bodies.
class Redaction
{
public:
    static QByteArray header(const QByteArray &name, const QByteArray &value);
    static QByteArray body(const QByteArray &body);
    static constexpr const char *placeholder = "<redacted>";
};

} // namespace Aws
