#pragma once

#include <QWizardPage>

class QLabel;
class QTextBrowser;

namespace Views
{

class CreateIdentityWizard;

/// Wizard page 5: everything that will be created, in words. Finish asks the wizard to submit
/// (the command makes the calls while the wizard stays open), so an error leaves every field
/// as it was to correct.
class IdentitySummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitySummaryPage)

public:
    explicit IdentitySummaryPage(CreateIdentityWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    void setStatus(const QString &text, bool error);

private:
    CreateIdentityWizard *m_wizard;
    QTextBrowser *m_summary;
    QLabel *m_status;
};

} // namespace Views
