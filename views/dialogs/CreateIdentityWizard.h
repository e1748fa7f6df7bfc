#pragma once

#include <QWizard>

#include "models/ses/IdentityTypes.h"

namespace Ses
{
class SesClient;
}

namespace Views
{

class DkimPage;
class FileDialogs;
class IdentityNamePage;
class IdentityOptionsPage;
class IdentitySummaryPage;
class MailFromPage;

/// The "Create identity" wizard: name (domain or address), DKIM (domains), custom MAIL FROM,
/// default configuration set and tags, summary. It only collects and checks; CreateIdentityCommand
/// makes the calls when the summary page asks to submit.
class CreateIdentityWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateIdentityWizard)

public:
    /// What the user asked for.
    struct Plan {
        Ses::CreateEmailIdentityRequest request;
        bool domain = true;
        QString unicodeName;
        QString mailFromDomain; ///< empty: no custom MAIL FROM
        QString behaviorOnMxFailure;
        QString byoDkimSelector; ///< BYODKIM only
        QString byoDkimPublicKey; ///< BYODKIM only: base64, for the DNS record
        int byoDkimBits = 0;
    };

    CreateIdentityWizard(Ses::SesClient *client, FileDialogs *fileDialogs, QWidget *parent = nullptr);

    Plan plan() const;
    /// While the command's calls run: buttons disabled, status shown.
    void setSubmitting(bool submitting, const QString &status = {});
    void showSubmitError(const QString &message);

    IdentityNamePage *namePage() const
    {
        return m_namePage;
    }
    DkimPage *dkimPage() const
    {
        return m_dkimPage;
    }
    MailFromPage *mailFromPage() const
    {
        return m_mailFromPage;
    }
    IdentityOptionsPage *optionsPage() const
    {
        return m_optionsPage;
    }

Q_SIGNALS:
    /// Finish was pressed on the summary page.
    void submitRequested();

private:
    IdentityNamePage *m_namePage;
    DkimPage *m_dkimPage;
    MailFromPage *m_mailFromPage;
    IdentityOptionsPage *m_optionsPage;
    IdentitySummaryPage *m_summaryPage;
};

} // namespace Views
