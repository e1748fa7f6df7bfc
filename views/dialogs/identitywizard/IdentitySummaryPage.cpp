#include "views/dialogs/identitywizard/IdentitySummaryPage.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "views/dialogs/CreateIdentityWizard.h"

namespace Views
{

IdentitySummaryPage::IdentitySummaryPage(CreateIdentityWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QTextBrowser)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("identitySummaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("Finish creates the identity in SES."));
    setFinalPage(true);
    m_summary->setObjectName(QStringLiteral("identitySummaryText"));
    m_summary->setAccessibleName(tr("What will be created"));
    m_status->setObjectName(QStringLiteral("createStatusLabel"));
    m_status->setAccessibleName(tr("Creation status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_status);
}

void IdentitySummaryPage::initializePage()
{
    const CreateIdentityWizard::Plan p = m_wizard->plan();
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(p.domain ? tr("Domain") : tr("Email address"), p.unicodeName);
    if (p.unicodeName != p.request.emailIdentity)
        html += row(tr("Sent to SES as"), p.request.emailIdentity);
    if (p.domain) {
        html += row(tr("DKIM"),
            p.byoDkimSelector.isEmpty()
                ? tr("Easy DKIM, %1")
                      .arg(p.request.dkimSigningAttributes.nextSigningKeyLength == QLatin1String("RSA_1024_BIT")
                              ? tr("1024-bit key")
                              : tr("2048-bit key"))
                : tr("Your own %1-bit key, selector %2").arg(p.byoDkimBits).arg(p.byoDkimSelector));
    }
    html += row(tr("Custom MAIL FROM"),
        p.mailFromDomain.isEmpty() ? tr("none")
                                   : tr("%1; if its MX record is missing: %2")
                                         .arg(p.mailFromDomain,
                                             p.behaviorOnMxFailure == QLatin1String("REJECT_MESSAGE")
                                                 ? tr("reject the message")
                                                 : tr("use the default MAIL FROM domain")));
    html += row(tr("Default configuration set"),
        p.request.configurationSetName.isEmpty() ? tr("none") : p.request.configurationSetName);
    QStringList tags;
    for (const Ses::Tag &t : p.request.tags)
        tags << (t.value.isEmpty() ? t.key : t.key + QLatin1Char('=') + t.value);
    html += row(tr("Tags"), tags.isEmpty() ? tr("none") : tags.join(QStringLiteral(", ")));
    html += QStringLiteral("</table><p>%1</p>")
                .arg((p.domain ? tr("Next, SesDesk shows the DNS records to publish. SES looks for them for up to 72 "
                                    "hours.")
                               : tr("SES then sends a verification mail to the address; its link must be clicked "
                                    "within 24 hours."))
                         .toHtmlEscaped());
    m_summary->setHtml(html);
    setStatus(QString(), false);
}

bool IdentitySummaryPage::validatePage()
{
    // The command makes the calls and closes the wizard when they succeed.
    Q_EMIT m_wizard->submitRequested();
    return false;
}

void IdentitySummaryPage::setStatus(const QString &text, bool error)
{
    m_status->setText(error ? QStringLiteral("⚠ ") + text : text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace Views
