#include "views/commands/DeleteIdentityCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

DeleteIdentityCommand::DeleteIdentityCommand(std::shared_ptr<Connection::Session> session,
    QList<Items::IdentityEntry> identities,
    MessageBoxes &messageBoxes,
    QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
    , m_session(std::move(session))
    , m_identities(std::move(identities))
    , m_messageBoxes(messageBoxes)
{
}

QString DeleteIdentityCommand::confirmationText() const
{
    const QString region = m_session->region();
    if (m_identities.size() == 1) {
        const Items::IdentityEntry &e = m_identities.first();
        return e.isDomain() ? tr("Delete the domain identity %1 in %2?\n\nMail from this domain and from every "
                                 "address in it that is not verified on its own can no longer be sent through SES "
                                 "in this region. Its DKIM keys are deleted too; verifying it again needs new DNS "
                                 "records.")
                                  .arg(e.unicodeName, region)
                            : tr("Delete the email address identity %1 in %2?\n\nMail from this address can no "
                                 "longer be sent through SES in this region unless its domain is verified.")
                                  .arg(e.unicodeName, region);
    }
    QStringList names;
    for (const Items::IdentityEntry &e : m_identities)
        names << QStringLiteral("• ") + e.unicodeName;
    return tr("Delete these %n identities in %1?\n\n%2\n\nMail from them can no longer be sent through SES in this "
              "region.",
        nullptr,
        static_cast<int>(m_identities.size()))
        .arg(region, names.join(QLatin1Char('\n')));
}

void DeleteIdentityCommand::doStart()
{
    if (m_identities.isEmpty()) {
        finish(Outcome::Cancelled);
        return;
    }
    const auto answer = m_messageBoxes.question(parentWidget(),
        m_identities.size() == 1 ? tr("Delete %1").arg(m_identities.first().unicodeName) : tr("Delete identities"),
        confirmationText(),
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        finish(Outcome::Cancelled);
        return;
    }
    deleteNext();
}

void DeleteIdentityCommand::deleteNext()
{
    if (m_next >= m_identities.size()) {
        Q_EMIT info(tr("Deleted %n identities", nullptr, static_cast<int>(m_identities.size())));
        finish(Outcome::Succeeded);
        return;
    }
    const QString name = m_identities.at(m_next).name();
    Q_EMIT progress(m_next, static_cast<int>(m_identities.size()), tr("Deleting %1…").arg(name));
    m_job = m_session->ses()->deleteEmailIdentity(name, this, [this, name](Aws::Result<Aws::Empty> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error = r.error();
            m_failed = name;
            finish(Outcome::Failed);
            return;
        }
        Q_EMIT identityDeleted(name);
        ++m_next;
        deleteNext();
    });
}

void DeleteIdentityCommand::doCancel()
{
    if (m_job)
        m_job->cancel();
}

} // namespace Views
