#pragma once

#include <QPointer>

#include "models/aws/AwsError.h"
#include "models/ses/TemplateVersion.h"

#include "views/commands/Command.h"
#include "views/commands/TemplateServices.h"
#include "views/dialogs/TemplateHistoryDialog.h"

namespace Aws
{
class AwsJob;
}

namespace Views
{

/// Shows a template's local version history (list, diff of any two versions) and restores a
/// version on request, after a confirmation: it is saved to SES again (recreated when the
/// template was deleted) and becomes the newest version. Ends when the dialog is closed.
class TemplateHistoryCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateHistoryCommand)

public:
    TemplateHistoryCommand(TemplateServices services, QString templateName, bool templateExists, QWidget *parentWidget);
    ~TemplateHistoryCommand() override;

    TemplateHistoryDialog *dialog() const
    {
        return m_dialog;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }

Q_SIGNALS:
    /// A version was restored: content is now the template's content in SES.
    void restored(const QString &templateName, const Ses::TemplateVersion &snapshot);
    void restoreFailed(const Aws::AwsError &error);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void reloadVersions();
    void restore(const Ses::TemplateVersion &version);

    TemplateServices m_services;
    QString m_name;
    bool m_exists;
    QPointer<TemplateHistoryDialog> m_dialog;
    QPointer<Aws::AwsJob> m_job;
    Aws::AwsError m_error;
};

} // namespace Views
