#include "views/panes/SuppressionListPane.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "models/aws/AwsJob.h"
#include "models/aws/Clock.h"
#include "models/connection/Session.h"
#include "models/items/SuppressionListModel.h"
#include "models/ses/SesClient.h"
#include "models/ses/SuppressionImportParser.h"

#include "views/commands/AddSuppressedDestinationCommand.h"
#include "views/commands/ExportSuppressionListCommand.h"
#include "views/commands/ImportSuppressionListCommand.h"
#include "views/commands/RemoveSuppressedDestinationsCommand.h"
#include "views/panes/suppression/SuppressionFilterBar.h"
#include "views/panes/suppression/SuppressionListActions.h"
#include "views/widgets/AccessibleText.h"
#include "views/widgets/Banner.h"
#include "views/widgets/FileDialogs.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

namespace List = Items::SuppressionList;

namespace
{
/// Entries per ListSuppressedDestinations call: a few screens, so scrolling loads the next soon.
constexpr int PageSize = 200;
} // namespace

SuppressionListPane::SuppressionListPane(const PaneContext &context, QWidget *parent)
    : Pane(context, parent)
    , m_ownFileDialogs(std::make_unique<FileDialogs>())
    , m_fileDialogs(m_ownFileDialogs.get())
    , m_model(new Items::SuppressionListModel(this))
    , m_actions(new SuppressionListActions(this))
    , m_toolBar(new QToolBar)
    , m_accountBanner(new Banner)
    , m_filterBar(new SuppressionFilterBar)
    , m_findEdit(new QLineEdit)
    , m_findButton(new QPushButton)
    , m_messageLabel(new QLabel)
    , m_listStack(new QStackedWidget)
    , m_table(new QTableView)
    , m_emptyLabel(new QLabel)
    , m_progressStrip(new QWidget)
    , m_progressLabel(new QLabel)
    , m_progressBar(new QProgressBar)
    , m_cancelButton(new QPushButton)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("suppressionListPane"));
    m_model->setPageSize(PageSize);

    m_toolBar->setObjectName(QStringLiteral("suppressionToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_actions->add());
    m_toolBar->addAction(m_actions->remove());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_actions->importFile());
    m_toolBar->addAction(m_actions->exportFile());
    for (QAction *action : m_actions->all()) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
    }

    m_accountBanner->setObjectName(QStringLiteral("suppressionAccountBanner"));
    m_accountBanner->hide();

    m_findEdit->setObjectName(QStringLiteral("suppressionFindEdit"));
    m_findEdit->setClearButtonEnabled(true);
    m_findButton->setObjectName(QStringLiteral("suppressionFindButton"));
    m_messageLabel->setObjectName(QStringLiteral("suppressionMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    m_table->setObjectName(QStringLiteral("suppressionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(List::EmailAddressColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(List::ReasonColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(List::LastUpdateColumn, QHeaderView::Interactive);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_actions->copy(), m_actions->remove()});

    m_emptyLabel->setObjectName(QStringLiteral("suppressionEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->setObjectName(QStringLiteral("suppressionListStack"));
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyLabel);

    m_progressStrip->setObjectName(QStringLiteral("suppressionProgressStrip"));
    m_progressLabel->setObjectName(QStringLiteral("suppressionProgressLabel"));
    m_progressBar->setObjectName(QStringLiteral("suppressionProgressBar"));
    m_cancelButton->setObjectName(QStringLiteral("suppressionCancelButton"));
    auto *progressLayout = new QHBoxLayout(m_progressStrip);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addWidget(m_cancelButton);
    m_progressStrip->hide();

    m_summary->setObjectName(QStringLiteral("suppressionCountLabel"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_filterBar);
    findRow->addStretch();
    findRow->addWidget(m_findEdit);
    findRow->addWidget(m_findButton);

    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("suppressionBody"));
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(8, 4, 8, 8);
    bodyLayout->addWidget(m_accountBanner);
    bodyLayout->addLayout(findRow);
    bodyLayout->addWidget(m_messageLabel);
    bodyLayout->addWidget(m_listStack, 1);
    bodyLayout->addWidget(m_progressStrip);
    bodyLayout->addWidget(m_summary);

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("suppressionPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(body, 1);
    setContentWidget(page);

    connect(m_model, &Items::SuppressionListModel::pageLoaded, this, &SuppressionListPane::onPageLoaded);
    connect(m_model, &Items::SuppressionListModel::loadFailed, this, &SuppressionListPane::onLoadFailed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SuppressionListPane::updateSummary);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SuppressionListPane::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SuppressionListPane::updateSummary);
    connect(m_model, &Items::SuppressionListModel::loadingChanged, this, &SuppressionListPane::updateSummary);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SuppressionListPane::updateActions);
    connect(m_filterBar, &SuppressionFilterBar::filterChanged, this, &SuppressionListPane::onFilterChanged);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &SuppressionListPane::findAddress);
    connect(m_findButton, &QPushButton::clicked, this, &SuppressionListPane::findAddress);
    connect(m_cancelButton, &QPushButton::clicked, this, &SuppressionListPane::cancelCommand);

    connect(m_actions->add(), &QAction::triggered, this, &SuppressionListPane::addAddress);
    connect(m_actions->remove(), &QAction::triggered, this, &SuppressionListPane::removeSelected);
    connect(m_actions->importFile(), &QAction::triggered, this, &SuppressionListPane::importFile);
    connect(m_actions->exportFile(), &QAction::triggered, this, &SuppressionListPane::exportList);
    connect(m_actions->refresh(), &QAction::triggered, this, &SuppressionListPane::reload);
    connect(m_actions->copy(), &QAction::triggered, this, [this] {
        if (const QString text = copyText(); !text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });

    resetFilter();
    retranslate();
    updateActions();
}

SuppressionListPane::~SuppressionListPane()
{
    if (m_command)
        m_command->cancel();
}

QString SuppressionListPane::id() const
{
    return QStringLiteral("suppressionList");
}

QString SuppressionListPane::title() const
{
    return tr("Suppression list");
}

QWidget *SuppressionListPane::filterWidget() const
{
    return m_findEdit;
}

QString SuppressionListPane::copyText() const
{
    return selectedAddresses().join(QLatin1Char('\n'));
}

void SuppressionListPane::setFileDialogs(FileDialogs *dialogs)
{
    m_fileDialogs = dialogs ? dialogs : m_ownFileDialogs.get();
}

void SuppressionListPane::retranslate()
{
    m_actions->retranslate();
    m_model->retranslate();
    m_filterBar->retranslate();
    nameToolButtons(m_toolBar, m_actions->all());
    m_toolBar->setAccessibleName(tr("Suppression list actions"));
    m_findEdit->setPlaceholderText(tr("Find an address (Ctrl+F)"));
    m_findEdit->setAccessibleName(tr("Address to find"));
    m_findButton->setText(tr("F&ind"));
    m_findButton->setAccessibleName(tr("Find address"));
    m_messageLabel->setAccessibleName(tr("Result"));
    m_table->setAccessibleName(tr("Suppressed addresses"));
    m_emptyLabel->setAccessibleName(tr("No suppressed addresses"));
    m_progressLabel->setAccessibleName(tr("Progress"));
    m_progressBar->setAccessibleName(tr("Progress"));
    m_cancelButton->setText(tr("&Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_summary->setAccessibleName(tr("Address count"));
    // Sized for the locale's longest short date and time: measuring the rows shown clips Korean.
    const QString sample = QLocale().toString(QDateTime(QDate(2000, 12, 31), QTime(22, 58)), QLocale::ShortFormat);
    m_table->setColumnWidth(List::LastUpdateColumn,
        qMax(m_table->fontMetrics().horizontalAdvance(sample),
            m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
                m_model->headerData(List::LastUpdateColumn, Qt::Horizontal).toString()))
            + 32);
    m_accountBanner->setAccessibleName(tr("Account suppression settings"));
    showAccountBanner();
    updateSummary();
}

void SuppressionListPane::load()
{
    m_awaitingFirstPage = generation();
    // A refresh keeps the filter the user chose; a new session starts from everything (clearData).
    m_model->setFilter(m_filterBar->filter());
    m_model->setClient(session()->ses());
    m_model->reload();
    track(session()->ses()->getAccount(this, [this, gen = generation()](Aws::Result<Ses::Account> r) {
        if (!isCurrent(gen) || r.isCancelled())
            return;
        // The banner is a hint; the list works without it, and SES's own error still shows.
        if (r.ok())
            m_account = r.value();
        showAccountBanner();
        Q_EMIT accountLoaded();
    }));
}

void SuppressionListPane::clearData()
{
    m_awaitingFirstPage = 0;
    ++m_lookupGeneration;
    if (m_command)
        m_command->cancel();
    m_account.reset();
    m_model->setClient(nullptr);
    resetFilter();
    m_findEdit->clear();
    showMessage({});
    m_listStack->setCurrentWidget(m_table);
    showAccountBanner();
    // The base installs the new session after this: enable the actions for it then.
    QMetaObject::invokeMethod(this, &SuppressionListPane::updateActions, Qt::QueuedConnection);
}

void SuppressionListPane::onPageLoaded(int rows, bool)
{
    if (rows == 0) {
        const bool filtered = !m_model->filter().isEmpty();
        m_emptyLabel->setText(!session() ? QString()
                : filtered ? tr("No address on the suppression list of %1 matches the filter.").arg(session()->region())
                           : tr("The suppression list of %1 is empty. SES adds addresses that hard-bounce "
                                "or complain (as the account's suppression reasons say), and you can "
                                "add or import addresses here.")
                                 .arg(session()->region()));
        m_listStack->setCurrentWidget(m_emptyLabel);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
    if (m_awaitingFirstPage != 0 && isCurrent(m_awaitingFirstPage)) {
        m_awaitingFirstPage = 0;
        finishLoaded();
    }
    updateSummary();
    updateActions();
}

void SuppressionListPane::onLoadFailed(const Aws::AwsError &error)
{
    if (m_awaitingFirstPage != 0 && isCurrent(m_awaitingFirstPage)) {
        m_awaitingFirstPage = 0;
        finishError(tr("Listing the suppression list failed"), error);
        return;
    }
    showActionError(tr("Listing more suppressed addresses failed"), error);
}

void SuppressionListPane::resetFilter()
{
    const QDateTime now = context().clock ? context().clock->nowUtc() : QDateTime::currentDateTimeUtc();
    m_filterBar->reset(now.toLocalTime().date());
}

void SuppressionListPane::onFilterChanged()
{
    if (!session())
        return;
    m_model->setFilter(m_filterBar->filter());
    m_model->reload();
}

void SuppressionListPane::showAccountBanner()
{
    if (!session() || !m_account) {
        m_accountBanner->hide();
        return;
    }
    const QString region = session()->region();
    if (!m_account->productionAccessEnabled) {
        m_accountBanner->setTone(Tone::Warning);
        m_accountBanner->setTitle(tr("Suppression list management is disabled in the SES sandbox"));
        m_accountBanner->setText(
            tr("The account is in the SES sandbox in %1. As the SES guide says, addresses cannot be added or imported "
               "(PutSuppressedDestination, CreateImportJob) until production access is granted; SES refuses them. "
               "Looking up, listing and removing addresses still work.")
                .arg(region));
    } else {
        const QStringList &reasons = m_account->suppressedReasons;
        const bool bounces = reasons.contains(QLatin1String("BOUNCE"));
        const bool complaints = reasons.contains(QLatin1String("COMPLAINT"));
        m_accountBanner->setTone(reasons.isEmpty() ? Tone::Warning : Tone::Information);
        m_accountBanner->setTitle(bounces && complaints ? tr("SES suppresses addresses that bounce or complain")
                : bounces                               ? tr("SES suppresses addresses that bounce")
                : complaints                            ? tr("SES suppresses addresses that complain")
                                                        : tr("Automatic suppression is off"));
        m_accountBanner->setText(reasons.isEmpty()
                ? tr("SES adds no address to the list of %1 by itself; the addresses listed here are still not sent "
                     "to only if their reason is suppressed by a configuration set.")
                      .arg(region)
                : tr("Mail to an address listed here for a suppressed reason is accepted and not delivered in %1; it "
                     "counts against the sending quota but not the bounce or complaint rate. Addresses stay listed "
                     "until removed.")
                      .arg(region));
    }
    m_accountBanner->show();
}

QStringList SuppressionListPane::selectedAddresses() const
{
    QStringList out;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const auto entry = m_model->entryAt(index))
            out.append(entry->emailAddress);
    }
    return out;
}

void SuppressionListPane::selectAddresses(const QStringList &addresses)
{
    QItemSelection selection;
    QModelIndex last;
    for (const QString &address : addresses) {
        const int row = m_model->rowOf(address);
        if (row < 0)
            continue;
        last = m_model->index(row, 0);
        selection.select(last, m_model->index(row, List::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (last.isValid()) {
        m_table->selectionModel()->setCurrentIndex(last, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(last);
    }
}

void SuppressionListPane::updateActions()
{
    m_actions->update(session() != nullptr, !selectedAddresses().isEmpty(), m_model->rowCount() > 0, isBusy());
    m_findButton->setEnabled(session() != nullptr);
}

void SuppressionListPane::updateSummary()
{
    QString text;
    if (session()) {
        const int loaded = m_model->rowCount();
        text = m_model->hasMore() ? tr("%n addresses loaded — more load as you scroll", nullptr, loaded)
                                  : tr("%n addresses", nullptr, loaded);
        if (!m_model->filter().isEmpty())
            text += tr(" (filtered)");
        if (m_model->isLoading())
            text += tr(" — loading…");
    }
    m_summary->setText(text);
}

void SuppressionListPane::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void SuppressionListPane::findAddress()
{
    if (!session())
        return;
    const QString typed = m_findEdit->text().trimmed();
    QString address;
    if (const QString problem = Ses::SuppressionImportParser::addressProblem(typed, &address); !problem.isEmpty()) {
        showMessage(tr("Cannot look up: %1.").arg(problem));
        Q_EMIT lookupFinished(false);
        return;
    }
    const quint64 gen = ++m_lookupGeneration;
    showMessage(tr("Looking up %1…").arg(address));
    track(session()->ses()->getSuppressedDestination(
        address, this, [this, gen, address](Aws::Result<Ses::SuppressedDestination> r) {
            if (gen != m_lookupGeneration || r.isCancelled())
                return;
            if (r.isError()) {
                if (r.error().code == QLatin1String("NotFoundException")) {
                    showMessage(tr("%1 is not on the suppression list of %2: SES sends to it.")
                                    .arg(address, session()->region()));
                } else {
                    showMessage({});
                    showActionError(tr("Looking up %1 failed").arg(address), r.error());
                }
                Q_EMIT lookupFinished(false);
                return;
            }
            const Ses::SuppressedDestination &d = r.value();
            QString text = tr("%1 is on the suppression list: %2, last updated %3.")
                               .arg(d.emailAddress,
                                   List::reasonText(List::reasonFromSes(d.reason)),
                                   QLocale().toString(d.lastUpdateTime.toLocalTime(), QLocale::LongFormat));
            if (!d.attributes.messageId.isEmpty())
                text += QLatin1Char(' ') + tr("Message ID: %1.").arg(d.attributes.messageId);
            if (!d.attributes.feedbackId.isEmpty())
                text += QLatin1Char(' ') + tr("Feedback ID: %1.").arg(d.attributes.feedbackId);
            showMessage(text);
            selectAddresses({d.emailAddress});
            Q_EMIT lookupFinished(true);
        }));
}

void SuppressionListPane::run(Command *command, const std::function<void(Command::Outcome)> &after)
{
    m_command = command;
    m_progressLabel->clear();
    m_progressBar->setRange(0, 0);
    updateActions();
    connect(command, &Command::progress, this, [this](int current, int total, const QString &text) {
        // Only long runs show the strip; a single add works in its own dialog.
        m_progressStrip->show();
        m_progressLabel->setText(text);
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(current);
    });
    connect(command, &Command::info, this, &SuppressionListPane::showMessage);
    connect(command, &Command::finished, this, [this, after, gen = generation()](Command::Outcome outcome) {
        m_command = nullptr;
        m_progressStrip->hide();
        if (isCurrent(gen)) {
            if (after)
                after(outcome);
            updateActions();
        }
        Q_EMIT actionFinished(outcome);
    });
    command->start();
}

void SuppressionListPane::cancelCommand()
{
    if (m_command)
        m_command->cancel();
}

void SuppressionListPane::addAddress()
{
    if (!session() || isBusy())
        return;
    auto *command = new AddSuppressedDestinationCommand(sessionPtr(), context().clock, this);
    run(command, [this, command](Command::Outcome outcome) {
        if (outcome != Command::Outcome::Succeeded)
            return;
        m_model->upsert(command->added());
        m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_emptyLabel);
        selectAddresses({command->added().emailAddress});
    });
}

void SuppressionListPane::removeSelected()
{
    const QStringList addresses = selectedAddresses();
    if (!session() || isBusy() || addresses.isEmpty())
        return;
    auto *command = new RemoveSuppressedDestinationsCommand(sessionPtr(), addresses, *context().messageBoxes, this);
    run(command, [this, command](Command::Outcome outcome) {
        for (const QString &address : command->removed())
            m_model->removeAddress(address);
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Removing %1 failed; %n addresses were not removed",
                                nullptr,
                                static_cast<int>(command->remaining().size()))
                                .arg(command->remaining().value(0)),
                command->error());
        else if (outcome == Command::Outcome::Cancelled && !command->removed().isEmpty())
            showMessage(
                tr("Cancelled after removing %n addresses.", nullptr, static_cast<int>(command->removed().size())));
        if (m_model->rowCount() == 0)
            onPageLoaded(0, m_model->hasMore());
    });
}

void SuppressionListPane::importFile()
{
    if (!session() || isBusy())
        return;
    auto *command = new ImportSuppressionListCommand(sessionPtr(), *m_fileDialogs, *context().messageBoxes, this);
    run(command, [this, command](Command::Outcome) {
        if (!command->report().isEmpty())
            showMessage(command->report());
        // Show what SES has now, also after a partial import.
        if (!command->imported().isEmpty())
            m_model->reload();
    });
}

void SuppressionListPane::exportList()
{
    if (!session() || isBusy() || m_model->rowCount() == 0)
        return;
    const QString date = context().clock ? context().clock->nowUtc().toString(QStringLiteral("yyyy-MM-dd")) : QString();
    const QString name = date.isEmpty() ? QStringLiteral("suppression-list-%1.csv").arg(session()->region())
                                        : QStringLiteral("suppression-list-%1-%2.csv").arg(session()->region(), date);
    auto *command = new ExportSuppressionListCommand(
        m_model->entries(), name, m_model->hasMore(), *m_fileDialogs, *context().messageBoxes, this);
    run(command, {});
}

} // namespace Views
