#include "views/ConnectionStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include "models/aws/AwsError.h"
#include "models/connection/DefaultSessionFactory.h"
#include "models/connection/Session.h"

#include "views/widgets/Tone.h"

namespace Views
{

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_localBadge(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_endpointLabel(new QLabel(this))
    , m_activityLabel(new QLabel(this))
    , m_activityBar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("connectionStatus"));
    m_localBadge->setObjectName(QStringLiteral("localSandboxBadge"));
    m_profileLabel->setObjectName(QStringLiteral("statusProfileLabel"));
    m_regionLabel->setObjectName(QStringLiteral("statusRegionLabel"));
    m_endpointLabel->setObjectName(QStringLiteral("statusEndpointLabel"));
    m_activityLabel->setObjectName(QStringLiteral("statusActivityLabel"));
    m_activityBar->setObjectName(QStringLiteral("statusActivityBar"));
    m_activityBar->setRange(0, 0);
    m_activityBar->setMaximumSize(60, 12);
    m_activityBar->setTextVisible(false);
    m_endpointLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette badge = m_localBadge->palette();
    badge.setColor(QPalette::Window, toneBackground(palette(), Tone::Positive));
    m_localBadge->setPalette(badge);
    m_localBadge->setAutoFillBackground(true);
    m_localBadge->setMargin(2);
    QFont bold = m_localBadge->font();
    bold.setBold(true);
    m_localBadge->setFont(bold);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_localBadge);
    layout->addWidget(m_profileLabel);
    layout->addWidget(m_regionLabel);
    layout->addWidget(m_endpointLabel, 1);
    layout->addWidget(m_activityBar);
    layout->addWidget(m_activityLabel);
    refresh();
}

void ConnectionStatus::setConnecting(const QString &profileName, const QString &region)
{
    m_state = State::Connecting;
    m_profile = profileName;
    m_region = region;
    m_endpoint.clear();
    m_local = false;
    refresh();
}

void ConnectionStatus::setSession(const Connection::Session *session)
{
    m_state = session ? State::Connected : State::Idle;
    m_profile = session ? session->profileDisplayName() : QString();
    m_region = session ? session->region() : QString();
    m_endpoint = session ? session->endpoint().toString() : QString();
    m_local = session && session->isLocalSandbox();
    refresh();
}

void ConnectionStatus::setFailed(const QString &profileName, const QString &region, const Aws::AwsError &error)
{
    m_state = State::Failed;
    m_profile = profileName;
    m_region = region;
    m_endpoint.clear();
    m_error = error.message.isEmpty() ? error.code : error.message;
    m_local = false;
    refresh();
}

void ConnectionStatus::setActivity(int callsInFlight)
{
    m_calls = callsInFlight;
    refresh();
}

QString ConnectionStatus::profileText() const
{
    return m_profileLabel->text();
}

QString ConnectionStatus::endpointText() const
{
    return m_endpointLabel->text();
}

void ConnectionStatus::retranslate()
{
    refresh();
}

void ConnectionStatus::refresh()
{
    m_localBadge->setVisible(m_local && m_state == State::Connected);
    m_localBadge->setText(tr(" LOCAL "));
    m_localBadge->setToolTip(tr("The Local Sandbox runs inside SesDesk on this computer: nothing is sent to AWS."));
    m_localBadge->setAccessibleName(tr("Local Sandbox: nothing is sent to AWS"));
    switch (m_state) {
    case State::Idle:
        m_profileLabel->setText(tr("Not connected"));
        break;
    case State::Connecting:
        m_profileLabel->setText(tr("Connecting to %1…").arg(m_profile));
        break;
    case State::Connected:
        // The Sandbox's name follows the interface language even after a live switch.
        m_profileLabel->setText(
            tr("Profile: %1").arg(m_local ? Connection::DefaultSessionFactory::sandboxDisplayName() : m_profile));
        break;
    case State::Failed:
        m_profileLabel->setText(tr("Could not connect to %1").arg(m_profile));
        m_profileLabel->setToolTip(m_error);
        break;
    }
    m_regionLabel->setText(m_region.isEmpty() ? QString() : tr("Region: %1").arg(m_region));
    m_regionLabel->setVisible(!m_region.isEmpty());
    m_endpointLabel->setText(m_endpoint.isEmpty() ? QString() : tr("Endpoint: %1").arg(m_endpoint));
    m_activityBar->setVisible(m_calls > 0);
    m_activityLabel->setText(m_calls > 0 ? tr("%n call(s) in progress", nullptr, m_calls) : tr("Idle"));
    m_profileLabel->setAccessibleName(m_profileLabel->text());
    m_regionLabel->setAccessibleName(m_regionLabel->text());
    m_endpointLabel->setAccessibleName(m_endpointLabel->text());
    m_activityLabel->setAccessibleName(m_activityLabel->text());
}

} // namespace Views
