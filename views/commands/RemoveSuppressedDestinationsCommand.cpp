#include "views/commands/RemoveSuppressedDestinationsCommand.h"

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/ses/SesClient.h"

#include "views/widgets/MessageBoxes.h"

namespace Views
{

RemoveSuppressedDestinationsCommand::RemoveSuppressedDestinationsCommand(std::shared_ptr<Connection::Session> session,
    QStringList addresses,
    MessageBoxes &messageBoxes,
    QWidget *parentWidget)
    : Command(parentWidget, parentWidget)
    , m_session(std::move(session))
    , m_addresses(std::move(addresses))
    , m_messageBoxes(messageBoxes)
{
}

RemoveSuppressedDestinationsCommand::~RemoveSuppressedDestinationsCommand()
{
    if (m_job)
        m_job->cancel();
}

void RemoveSuppressedDestinationsCommand::doStart()
{
    if (m_addresses.isEmpty()) {
        finish(Outcome::Cancelled);
        return;
    }
    const int count = static_cast<int>(m_addresses.size());
    QString names = m_addresses.mid(0, NamedInConfirmation).join(QLatin1Char('\n'));
    if (count > NamedInConfirmation)
        names += QLatin1Char('\n') + tr("…and %n more", nullptr, count - NamedInConfirmation);
    const QString text
        = tr("Remove %n addresses from the suppression list of %1?", nullptr, count).arg(m_session->region())
        + QStringLiteral("\n\n") + names + QStringLiteral("\n\n")
        + tr("SES sends to them again. If an address still bounces or complains, SES puts it back on the list "
             "and the bounce or complaint counts against the account's reputation.");
    const auto answer = m_messageBoxes.question(parentWidget(),
        tr("Remove from suppression list"),
        text,
        QMessageBox::Yes | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        finish(Outcome::Cancelled);
        return;
    }
    removeNext();
}

void RemoveSuppressedDestinationsCommand::removeNext()
{
    if (m_cancelled)
        return;
    const int total = static_cast<int>(m_addresses.size());
    if (m_next >= m_addresses.size()) {
        Q_EMIT progress(total, total, tr("Removed %n addresses", nullptr, total));
        Q_EMIT info(tr("%n addresses removed from the suppression list", nullptr, static_cast<int>(m_removed.size())));
        finish(Outcome::Succeeded);
        return;
    }
    const QString address = m_addresses.at(m_next);
    Q_EMIT progress(static_cast<int>(m_next), total, tr("Removing %1…").arg(address));
    if (m_cancelled) // cancelled by a progress listener
        return;
    m_job = m_session->ses()->deleteSuppressedDestination(address, this, [this, address](Aws::Result<Aws::Empty> r) {
        m_job = nullptr;
        if (r.isCancelled() || m_cancelled)
            return;
        // Already gone (removed elsewhere meanwhile): what the user wanted is true.
        if (r.isError() && r.error().code != QLatin1String("NotFoundException")) {
            m_error = r.error();
            finish(Outcome::Failed);
            return;
        }
        m_removed.append(address);
        ++m_next;
        removeNext();
    });
}

void RemoveSuppressedDestinationsCommand::doCancel()
{
    m_cancelled = true;
    if (m_job)
        m_job->cancel();
}

} // namespace Views
