#include "views/dialogs/CreateIdentityWizard.h"

#include <QAbstractButton>

#include "views/dialogs/identitywizard/DkimPage.h"
#include "views/dialogs/identitywizard/IdentityNamePage.h"
#include "views/dialogs/identitywizard/IdentityOptionsPage.h"
#include "views/dialogs/identitywizard/IdentitySummaryPage.h"
#include "views/dialogs/identitywizard/IdentityWizardPages.h"
#include "views/dialogs/identitywizard/MailFromPage.h"
#include "views/widgets/AccessibleText.h"

namespace Views
{

CreateIdentityWizard::CreateIdentityWizard(Ses::SesClient *client, FileDialogs *fileDialogs, QWidget *parent)
    : QWizard(parent)
    , m_namePage(new IdentityNamePage)
    , m_dkimPage(new DkimPage(fileDialogs))
    , m_mailFromPage(new MailFromPage(m_namePage))
    , m_optionsPage(new IdentityOptionsPage(client))
    , m_summaryPage(new IdentitySummaryPage(this))
{
    setObjectName(QStringLiteral("createIdentityWizard"));
    setWindowTitle(tr("Create identity"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(IdentityWizardPages::Name, m_namePage);
    setPage(IdentityWizardPages::Dkim, m_dkimPage);
    setPage(IdentityWizardPages::MailFrom, m_mailFromPage);
    setPage(IdentityWizardPages::Options, m_optionsPage);
    setPage(IdentityWizardPages::Summary, m_summaryPage);
    const QList<std::pair<WizardButton, QString>> buttons{{NextButton, QStringLiteral("nextButton")},
        {BackButton, QStringLiteral("backButton")},
        {FinishButton, QStringLiteral("finishButton")},
        {CancelButton, QStringLiteral("cancelButton")}};
    for (const auto &[which, name] : buttons) {
        button(which)->setObjectName(name);
        button(which)->setAccessibleName(accessibleTextOf(buttonText(which)));
    }
    resize(720, 560);
}

CreateIdentityWizard::Plan CreateIdentityWizard::plan() const
{
    Plan p;
    if (!m_namePage->identityName())
        return p;
    const Ses::IdentityName &name = *m_namePage->identityName();
    p.domain = name.isDomain();
    p.unicodeName = m_namePage->displayName();
    p.request.emailIdentity = name.ascii();
    if (p.domain) {
        p.request.hasDkimSigningAttributes = true;
        if (m_dkimPage->byoDkim()) {
            p.request.dkimSigningAttributes.domainSigningSelector = m_dkimPage->selector();
            p.request.dkimSigningAttributes.domainSigningPrivateKey = m_dkimPage->key().privateKeyBase64();
            p.byoDkimSelector = m_dkimPage->selector();
            p.byoDkimPublicKey = m_dkimPage->key().publicKeyBase64();
            p.byoDkimBits = m_dkimPage->key().bits();
        } else {
            p.request.dkimSigningAttributes.nextSigningKeyLength = m_dkimPage->keyLength();
        }
    }
    if (m_mailFromPage->useMailFrom()) {
        p.mailFromDomain = m_mailFromPage->mailFromDomain();
        p.behaviorOnMxFailure = m_mailFromPage->behaviorOnMxFailure();
    }
    p.request.configurationSetName = m_optionsPage->configurationSet();
    p.request.tags = m_optionsPage->tags();
    return p;
}

void CreateIdentityWizard::setSubmitting(bool submitting, const QString &status)
{
    for (WizardButton which : {BackButton, FinishButton})
        button(which)->setEnabled(!submitting);
    if (submitting)
        m_summaryPage->setStatus(status, false);
}

void CreateIdentityWizard::showSubmitError(const QString &message)
{
    setSubmitting(false);
    m_summaryPage->setStatus(message, true);
}

} // namespace Views
