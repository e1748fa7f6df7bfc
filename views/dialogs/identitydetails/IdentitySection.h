#pragma once

#include <functional>
#include <memory>

#include <QGroupBox>
#include <QPointer>

#include "models/aws/AwsError.h"
#include "models/aws/Result.h"
#include "models/ses/IdentityTypes.h"

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

/// One group of an identity's settings in IdentityDetailsDialog: shows them from
/// GetEmailIdentity's answer and applies a change with one or more calls, reporting the outcome.
class IdentitySection : public QGroupBox
{
    Q_OBJECT

public:
    IdentitySection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent = nullptr);
    ~IdentitySection() override;

    /// Shows the identity as SES has it now.
    virtual void showIdentity(const Ses::EmailIdentity &identity) = 0;
    virtual void retranslate() = 0;
    bool isBusy() const
    {
        return m_busy;
    }

Q_SIGNALS:
    /// A change was saved: the dialog reads the identity again.
    void changed();
    void failed(const QString &action, const Aws::AwsError &error);
    void busyChanged(bool busy);

protected:
    Connection::Session *session() const
    {
        return m_session.get();
    }
    QString identityName() const
    {
        return m_name;
    }
    /// Runs one call; on success emits changed(), on error failed(action, error).
    void apply(
        const QString &action, const std::function<Aws::AwsJob *(std::function<void(Aws::Result<Aws::Empty>)>)> &call);

private:
    std::shared_ptr<Connection::Session> m_session;
    QString m_name;
    QPointer<Aws::AwsJob> m_job;
    bool m_busy = false;
};

} // namespace Views
