#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Aws
{
struct AwsError;
}
namespace Connection
{
class Session;
}

namespace Views
{

/// The status bar's connection fields: profile (the Local Sandbox clearly marked as local),
/// region, endpoint, and network activity (calls in flight).
class ConnectionStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatus)

public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    void setConnecting(const QString &profileName, const QString &region);
    void setSession(const Connection::Session *session);
    void setFailed(const QString &profileName, const QString &region, const Aws::AwsError &error);
    void setActivity(int callsInFlight);
    void retranslate();

    QString profileText() const;
    QString endpointText() const;

private:
    void refresh();

    enum class State { Idle, Connecting, Connected, Failed };
    State m_state = State::Idle;
    QString m_profile;
    QString m_region;
    QString m_endpoint;
    QString m_error;
    bool m_local = false;
    int m_calls = 0;
    QLabel *m_localBadge;
    QLabel *m_profileLabel;
    QLabel *m_regionLabel;
    QLabel *m_endpointLabel;
    QLabel *m_activityLabel;
    QProgressBar *m_activityBar;
};

} // namespace Views
