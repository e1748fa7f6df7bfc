#pragma once

#include <QStringList>

#include "models/connection/AwsProfileSource.h"

namespace TestSupport
{

/// AWS CLI profiles from a fixed list (names only; resolving is the session factory's job in
/// tests). Thread-safe: it only reads its own constant data.
class FixedAwsProfiles final : public Connection::AwsProfileSource
{
public:
    explicit FixedAwsProfiles(QStringList names, QString region = QStringLiteral("eu-central-1"))
        : m_names(std::move(names))
        , m_region(std::move(region))
    {
    }
    Aws::Result<QStringList> profileNames() const override
    {
        return m_names;
    }
    QString profileRegion(const QString &) const override
    {
        return m_region;
    }
    bool hasEnvironmentCredentials() const override
    {
        return false;
    }
    void resolve(const QString &, const QString &, QObject *, ResolveCallback done) override
    {
        done(Aws::AwsError::local(
            Aws::AwsError::Kind::Configuration, QStringLiteral("NotInTests"), QStringLiteral("unused")));
    }

private:
    QStringList m_names;
    QString m_region;
};

} // namespace TestSupport
