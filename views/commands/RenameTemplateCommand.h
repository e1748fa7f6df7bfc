#pragma once

#include <QPointer>
#include <QStringList>

#include "models/aws/AwsError.h"
#include "models/ses/TemplateTypes.h"

#include "views/commands/Command.h"
#include "views/commands/TemplateServices.h"
#include "views/dialogs/TemplateNameDialog.h"

namespace Aws
{
class AwsJob;
}

namespace Views
{

/// Renames a template. SES cannot rename, so after asking for the new name and confirming what
/// will happen, it reads the template, creates it under the new name (tags included) and deletes
/// the old one; the local history moves with it. Duplicate is the same without the delete.
class RenameTemplateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RenameTemplateCommand)

public:
    enum class Mode { Rename, Duplicate };

    RenameTemplateCommand(
        TemplateServices services, QString templateName, QStringList takenNames, Mode mode, QWidget *parentWidget);
    ~RenameTemplateCommand() override;

    const QString &oldName() const
    {
        return m_oldName;
    }
    const QString &newName() const
    {
        return m_newName;
    }
    /// After a failed rename: whether the copy under the new name exists (the old one could
    /// not be deleted), so the pane shows both.
    bool copyCreated() const
    {
        return m_created;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }
    TemplateNameDialog *dialog() const
    {
        return m_dialog;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    void nameChosen();
    void copy(const Ses::EmailTemplate &source);
    void deleteOld();
    void fail(const Aws::AwsError &error);

    TemplateServices m_services;
    QString m_oldName;
    QStringList m_taken;
    Mode m_mode;
    QString m_newName;
    QPointer<TemplateNameDialog> m_dialog;
    QPointer<Aws::AwsJob> m_job;
    bool m_created = false;
    Aws::AwsError m_error;
};

} // namespace Views
