#pragma once

#include <QString>
#include <QUrl>

namespace Ses
{

/// Whose statistics a stored point belongs to. SES keeps sending statistics and reputation per
/// AWS account and region, so that is the key:
///  - the account id from STS GetCallerIdentity when available (any credentials may call it, no
///    permission needed). Access key ids are not used when the account is known: keys rotate
///    (history would split at each rotation) and several IAM users of one account share one set
///    of statistics.
///  - failing that (STS unreachable, an emulator without STS), a SHA-256 prefix of the access key
///    id: it can split one account's history but never mixes two accounts, the worse error.
///  - the region, and the endpoint when it is not AWS's own: a local Sandbox or moto holds
///    different data than the real account with the same id. A loopback endpoint is keyed by
///    host without its port, since the embedded Sandbox picks a free port at every start.
class StatisticsScope
{
public:
    StatisticsScope() = default;

    /// endpoint: the SES endpoint in use; empty or an AWS default endpoint means "AWS".
    static StatisticsScope forAccount(const QString &accountId, const QString &region, const QUrl &endpoint = {});
    static StatisticsScope forAccessKey(const QString &accessKeyId, const QString &region, const QUrl &endpoint = {});

    /// "123456789012/us-east-1", "123456789012/us-east-1@http://127.0.0.1",
    /// "key-3f2a.../eu-west-1".
    const QString &key() const
    {
        return m_key;
    }
    const QString &accountId() const
    {
        return m_accountId;
    }
    const QString &region() const
    {
        return m_region;
    }
    /// Empty for AWS's own endpoints.
    const QString &endpoint() const
    {
        return m_endpoint;
    }
    bool isValid() const
    {
        return !m_key.isEmpty();
    }

private:
    static QString endpointKey(const QUrl &endpoint);
    static StatisticsScope make(
        const QString &owner, const QString &accountId, const QString &region, const QUrl &endpoint);

    QString m_key;
    QString m_accountId;
    QString m_region;
    QString m_endpoint;
};

} // namespace Ses
