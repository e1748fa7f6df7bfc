#include "views/dialogs/IdentityDetailsDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "models/aws/AwsJob.h"
#include "models/connection/Session.h"
#include "models/items/IdentityItems.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/SesClient.h"

#include "views/dialogs/identitydetails/DkimKeySection.h"
#include "views/dialogs/identitydetails/DkimSection.h"
#include "views/dialogs/identitydetails/MailFromSection.h"
#include "views/dialogs/identitydetails/SendingSection.h"
#include "views/dialogs/identitydetails/TagsSection.h"
#include "views/dialogs/identitydetails/VerificationSection.h"
#include "views/widgets/ErrorBanner.h"

namespace Views
{

IdentityDetailsDialog::IdentityDetailsDialog(
    std::shared_ptr<Connection::Session> session, const QString &identityName, MessageBoxes &, QWidget *parent)
    : QDialog(parent, Qt::Window)
    , m_session(std::move(session))
    , m_name(identityName)
    , m_header(new QLabel)
    , m_error(new ErrorBanner)
    , m_verification(new VerificationSection(m_session, m_name))
    , m_dkim(new DkimSection(m_session, m_name))
    , m_dkimKey(new DkimKeySection(m_session, m_name))
    , m_mailFrom(new MailFromSection(m_session, m_name))
    , m_sending(new SendingSection(m_session, m_name))
    , m_tags(new TagsSection(m_session, m_name))
    , m_sections{m_verification, m_dkim, m_dkimKey, m_mailFrom, m_sending, m_tags}
{
    setObjectName(QStringLiteral("identityDetailsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_header->setObjectName(QStringLiteral("identityHeaderLabel"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("identityErrorBanner"));
    m_error->hide();
    connect(m_error, &ErrorBanner::retryRequested, this, &IdentityDetailsDialog::reload);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("identityDetailsPage"));
    auto *pageLayout = new QVBoxLayout(page);
    for (IdentitySection *section : std::as_const(m_sections)) {
        pageLayout->addWidget(section);
        section->setEnabled(false);
        connect(section, &IdentitySection::changed, this, [this] {
            Q_EMIT identityChanged(m_name);
            reload();
        });
        connect(section, &IdentitySection::failed, this, [this](const QString &action, const Aws::AwsError &error) {
            m_error->showError(action, error);
            reload();
        });
    }
    pageLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("identityDetailsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    connect(m_dkim, &DkimSection::dnsRecordsRequested, this, [this] {
        Q_EMIT dnsRecordsRequested(m_name);
    });
    connect(m_dkimKey, &DkimKeySection::ownKeySet, this, [this](const QString &selector, const QString &publicKey) {
        Q_EMIT ownDkimKeySet(m_name, selector, publicKey);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeDetailsButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(760, 820);
    retranslate();
    reload();
}

IdentityDetailsDialog::~IdentityDetailsDialog()
{
    if (m_job)
        m_job->cancel();
}

void IdentityDetailsDialog::retranslate()
{
    setWindowTitle(tr("Identity — %1").arg(Ses::DnsRecordSet::toUnicodeDomain(m_name)));
    m_header->setAccessibleName(tr("Identity"));
    m_closeButton->setAccessibleName(tr("Close"));
    for (IdentitySection *section : std::as_const(m_sections))
        section->retranslate();
    if (m_identity)
        showIdentity(*m_identity);
}

void IdentityDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IdentityDetailsDialog::reload()
{
    if (m_job)
        m_job->cancel();
    m_job = m_session->ses()->getEmailIdentity(m_name, this, [this](Aws::Result<Ses::EmailIdentity> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_error->showError(tr("Reading the identity %1 failed").arg(m_name), r.error());
            Q_EMIT loaded();
            return;
        }
        showIdentity(r.value());
        Q_EMIT loaded();
    });
}

void IdentityDetailsDialog::showIdentity(const Ses::EmailIdentity &identity)
{
    m_identity = identity;
    const auto type = Items::Identity::typeFromSes(identity.identityType);
    const QString unicode = identity.identityType == QLatin1String("EMAIL_ADDRESS")
        ? m_name.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@')
            + Ses::DnsRecordSet::toUnicodeDomain(m_name.section(QLatin1Char('@'), 1))
        : Ses::DnsRecordSet::toUnicodeDomain(m_name);
    QString header = QStringLiteral("<h2>%1</h2>").arg(unicode.toHtmlEscaped());
    if (unicode != m_name)
        header += tr("<p>In DNS and SES: %1</p>").arg(m_name.toHtmlEscaped());
    header += tr("<p>%1 in %2</p>")
                  .arg(Items::Identity::typeText(type).toHtmlEscaped(), m_session->region().toHtmlEscaped());
    m_header->setText(header);
    for (IdentitySection *section : std::as_const(m_sections)) {
        section->showIdentity(identity);
        section->setEnabled(true);
    }
}

} // namespace Views
