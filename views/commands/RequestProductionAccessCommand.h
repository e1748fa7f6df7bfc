#pragma once

#include <memory>

#include <QPointer>

#include "models/aws/AwsError.h"
#include "models/ses/AccountTypes.h"

#include "views/commands/Command.h"

namespace Aws
{
class AwsJob;
}
namespace Connection
{
class Session;
}

namespace Views
{

class ProductionAccessDialog;

/// "Request production access": opens the PutAccountDetails form (window-modal, prefilled from
/// any earlier request) and, once the user submits a valid form, sends it.
class RequestProductionAccessCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestProductionAccessCommand)

public:
    RequestProductionAccessCommand(
        std::shared_ptr<Connection::Session> session, Ses::Account account, QWidget *parentWidget);
    ~RequestProductionAccessCommand() override;

    const Aws::AwsError &error() const
    {
        return m_error;
    }
    ProductionAccessDialog *dialog() const
    {
        return m_dialog;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void submit();

    std::shared_ptr<Connection::Session> m_session;
    Ses::Account m_account;
    QPointer<ProductionAccessDialog> m_dialog;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
