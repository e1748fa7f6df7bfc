#pragma once

#include <QObject>
#include <QPointer>

#include "models/aws/AwsError.h"
#include "models/aws/AwsRequest.h"
#include "models/aws/AwsResponse.h"

class QNetworkReply;
class QTimer;

namespace Aws
{

class AwsClient;

/// One call in flight: owns its QNetworkReply (one per attempt), can be cancelled, and emits
/// finished() exactly once, whether it succeeded, failed or was cancelled. Owned by the client;
/// it deletes itself (deleteLater) after finished().
class AwsJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsJob)

public:
    enum class State { Pending, Running, Succeeded, Failed, Cancelled };
    Q_ENUM(State)

    const AwsRequest &request() const
    {
        return m_request;
    }
    State state() const
    {
        return m_state;
    }
    bool isFinished() const
    {
        return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
    }
    const AwsResponse &response() const
    {
        return m_response;
    }
    const AwsError &error() const
    {
        return m_error;
    }
    int attempts() const
    {
        return m_attempts;
    }

    /// Aborts the call. finished() follows (asynchronously) with state Cancelled, unless it had
    /// already finished.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class AwsClient;
    AwsJob(AwsRequest request, AwsClient *client);

    AwsRequest m_request;
    QPointer<AwsClient> m_client;
    State m_state = State::Pending;
    AwsResponse m_response;
    AwsError m_error;
    int m_attempts = 0;
    bool m_skewRetried = false;
    bool m_mayHaveReachedServer = false;
    qint64 m_startedMs = 0;
    quint64 m_id = 0;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer = nullptr; // backoff, rate-limit wait and timeout
};

} // namespace Aws
