#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Views
{

class IdentityNamePage;

/// Wizard page 3: an optional custom MAIL FROM domain, a subdomain of the identity's domain
/// used for nothing else (the guide's rules), and what SES does when its MX record is missing.
class MailFromPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailFromPage)

public:
    explicit MailFromPage(const IdentityNamePage *namePage, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool useMailFrom() const;
    /// The full MAIL FROM domain (ASCII), e.g. "mail.example.com".
    QString mailFromDomain() const;
    /// "USE_DEFAULT_VALUE" or "REJECT_MESSAGE".
    QString behaviorOnMxFailure() const;

private:
    QString identityDomain() const;
    QString problem() const;
    void revalidate();

    const IdentityNamePage *m_namePage;
    QCheckBox *m_useCheck;
    QLineEdit *m_subdomainEdit;
    QLabel *m_suffixLabel;
    QLabel *m_resultLabel;
    QRadioButton *m_defaultRadio;
    QRadioButton *m_rejectRadio;
    QLabel *m_problemLabel;
};

} // namespace Views
