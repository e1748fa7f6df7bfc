#pragma once

#include <QPointer>

#include "models/aws/AwsError.h"

#include "views/commands/Command.h"
#include "views/commands/TemplateServices.h"

namespace Aws
{
class AwsJob;
}

namespace Views
{

/// Deletes a template after a confirmation that names it. Its local version history is kept,
/// so it can be restored later.
class DeleteTemplateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteTemplateCommand)

public:
    DeleteTemplateCommand(TemplateServices services, QString templateName, QWidget *parentWidget);

    const QString &templateName() const
    {
        return m_name;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    TemplateServices m_services;
    QString m_name;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
