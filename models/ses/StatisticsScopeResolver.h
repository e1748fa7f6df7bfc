#pragma once

#include <functional>

#include <QObject>

#include "models/ses/StatisticsScope.h"

namespace Aws
{
class AwsClient;
}

namespace Ses
{

/// Finds the StatisticsScope of the account a client talks to: STS GetCallerIdentity's account
/// id, or, when STS cannot answer (an emulator without STS, a network policy), a hash of the
/// access key id. Never fails while credentials exist; done is called once on context's thread.
class StatisticsScopeResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsScopeResolver)

public:
    explicit StatisticsScopeResolver(Aws::AwsClient *client, QObject *parent = nullptr);

    /// done receives an invalid scope only when there are no credentials at all.
    void resolve(QObject *context, std::function<void(StatisticsScope)> done);

private:
    void fallBack(QObject *context, std::function<void(StatisticsScope)> done);

    Aws::AwsClient *m_client;
};

} // namespace Ses
