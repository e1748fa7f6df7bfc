#pragma once

#include <optional>

#include <QPointer>

#include "models/aws/AwsError.h"
#include "models/ses/TemplateTypes.h"
#include "models/ses/TemplateVersion.h"

#include "views/commands/Command.h"
#include "views/commands/TemplateServices.h"

namespace Aws
{
class AwsJob;
}

namespace Views
{

/// Saves the editor's template: runs the guide's pre-save checks first (their errors are shown
/// and the user decides whether SES should still get it), then CreateEmailTemplate for a new
/// template or UpdateEmailTemplate, and keeps the snapshot in the local history. A refusal
/// carries SES's own error text.
class SaveTemplateCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveTemplateCommand)

public:
    SaveTemplateCommand(TemplateServices services,
        Ses::EmailTemplate emailTemplate,
        bool create,
        QWidget *parentWidget,
        Ses::TemplateVersion::Origin origin = Ses::TemplateVersion::Origin::Saved);

    const Ses::EmailTemplate &savedTemplate() const
    {
        return m_template;
    }
    const std::optional<Ses::TemplateVersion> &snapshot() const
    {
        return m_snapshot;
    }
    const Aws::AwsError &error() const
    {
        return m_error;
    }
    /// Why no snapshot was kept, when the save itself worked.
    const QString &historyError() const
    {
        return m_historyError;
    }

protected:
    void doStart() override;
    void doCancel() override;

private:
    TemplateServices m_services;
    Ses::EmailTemplate m_template;
    bool m_create;
    Ses::TemplateVersion::Origin m_origin;
    QPointer<Aws::AwsJob> m_job;
    std::optional<Ses::TemplateVersion> m_snapshot;
    QString m_historyError;
    Aws::AwsError m_error;
};

} // namespace Views
