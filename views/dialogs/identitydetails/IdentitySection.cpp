#include "views/dialogs/identitydetails/IdentitySection.h"

#include "models/aws/AwsJob.h"

namespace Views
{

IdentitySection::IdentitySection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent)
    : QGroupBox(parent)
    , m_session(std::move(session))
    , m_name(std::move(identityName))
{
}

IdentitySection::~IdentitySection()
{
    if (m_job)
        m_job->cancel();
}

void IdentitySection::apply(
    const QString &action, const std::function<Aws::AwsJob *(std::function<void(Aws::Result<Aws::Empty>)>)> &call)
{
    if (m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged(true);
    auto ended = std::make_shared<bool>(false);
    Aws::AwsJob *job = call([this, action, ended](Aws::Result<Aws::Empty> r) {
        *ended = true;
        m_job = nullptr;
        m_busy = false;
        Q_EMIT busyChanged(false);
        if (r.isCancelled())
            return;
        if (r.isError())
            Q_EMIT failed(action, r.error());
        else
            Q_EMIT changed();
    });
    if (!*ended)
        m_job = job;
}

} // namespace Views
