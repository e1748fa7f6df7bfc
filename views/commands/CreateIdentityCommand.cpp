#include "views/commands/CreateIdentityCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

namespace Views
{

CreateIdentityCommand::CreateIdentityCommand(std::shared_ptr<Connection::Session> session,
    MessageBoxes &messageBoxes,
    FileDialogs *fileDialogs,
    QWidget *parentWidget)
    : Command(parentWidget, parentWidget) // dies with its pane, and with it the session it holds
    , m_session(std::move(session))
    , m_messageBoxes(messageBoxes)
    , m_fileDialogs(fileDialogs)
{
}

CreateIdentityCommand::~CreateIdentityCommand()
{
    if (m_wizard)
        m_wizard->deleteLater();
}

void CreateIdentityCommand::doStart()
{
    m_wizard = new CreateIdentityWizard(m_session->ses(), m_fileDialogs, parentWidget());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &CreateIdentityWizard::submitRequested, this, &CreateIdentityCommand::submit);
    connect(m_wizard, &QDialog::rejected, this, [this] {
        if (m_job)
            m_job->cancel();
        finish(m_created.isEmpty() ? Outcome::Cancelled : Outcome::Succeeded);
    });
    m_wizard->open();
}

void CreateIdentityCommand::submit()
{
    if (m_job || !m_created.isEmpty())
        return;
    m_plan = m_wizard->plan();
    m_wizard->setSubmitting(true, tr("Creating %1…").arg(m_plan.unicodeName));
    Q_EMIT progress(0, m_plan.mailFromDomain.isEmpty() ? 1 : 2, tr("Creating %1…").arg(m_plan.unicodeName));
    m_job = m_session->ses()->createEmailIdentity(
        m_plan.request, this, [this](Aws::Result<Ses::CreateEmailIdentityResult> r) {
            m_job = nullptr;
            if (r.isCancelled())
                return;
            if (r.isError()) {
                // Stay in the wizard: the user corrects the input (an existing name, a bad key).
                m_wizard->showSubmitError(tr("SES refused to create the identity: %1").arg(r.error().toString()));
                return;
            }
            m_created = m_plan.request.emailIdentity;
            Q_EMIT identityCreated(m_created);
            if (m_plan.mailFromDomain.isEmpty()) {
                Q_EMIT info(tr("Identity %1 created").arg(m_plan.unicodeName));
                m_wizard->accept();
                finish(Outcome::Succeeded);
                return;
            }
            setMailFrom();
        });
}

void CreateIdentityCommand::setMailFrom()
{
    m_wizard->setSubmitting(true, tr("Setting the MAIL FROM domain %1…").arg(m_plan.mailFromDomain));
    Q_EMIT progress(1, 2, tr("Setting the MAIL FROM domain…"));
    m_job = m_session->ses()->putEmailIdentityMailFromAttributes(
        {m_created, m_plan.mailFromDomain, m_plan.behaviorOnMxFailure}, this, [this](Aws::Result<Aws::Empty> r) {
            m_job = nullptr;
            if (r.isCancelled())
                return;
            m_wizard->accept();
            if (r.isError()) {
                m_error = r.error();
                m_failedAction = tr("%1 was created, but setting its MAIL FROM domain %2 failed; set it in the "
                                    "identity's details")
                                     .arg(m_plan.unicodeName, m_plan.mailFromDomain);
                finish(Outcome::Failed);
                return;
            }
            Q_EMIT info(
                tr("Identity %1 created with MAIL FROM domain %2").arg(m_plan.unicodeName, m_plan.mailFromDomain));
            finish(Outcome::Succeeded);
        });
}

void CreateIdentityCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
    if (m_wizard)
        m_wizard->close();
}

} // namespace Views
