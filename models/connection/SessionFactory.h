#pragma once

#include <functional>
#include <memory>

#include "models/aws/Result.h"
#include "models/connection/ProfileRef.h"

class QObject;

namespace Connection
{

class Session;

/// Opens a live Session for a profile and region. The main window only knows this interface;
/// the composition root injects DefaultSessionFactory, tests inject their own.
class SessionFactory
{
public:
    using Callback = std::function<void(Aws::Result<std::shared_ptr<Session>>)>;

    virtual ~SessionFactory() = default;
    /// region empty: the profile's own region, else us-east-1.
    virtual void open(const ProfileRef &profile, const QString &region, QObject *context, Callback done) = 0;
};

} // namespace Connection
