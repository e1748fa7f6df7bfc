#include "views/panes/identities/DnsRecordsView.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "models/items/DnsRecordModel.h"
#include "models/ses/BindZoneExporter.h"
#include "models/ses/CsvRecordExporter.h"
#include "models/ses/DnsAdminMailBuilder.h"
#include "models/ses/DnsChecker.h"
#include "models/ses/PlainTextRecordExporter.h"
#include "models/ses/Route53ChangeBatchExporter.h"

#include "views/widgets/FileDialogs.h"
#include "views/widgets/MessageBoxes.h"
#include "views/widgets/StatusDotDelegate.h"

namespace Views
{

using Items::DnsRecordModel;
using Ses::DnsCheckResult;

namespace
{

std::optional<Tone> checkTone(DnsCheckResult::State state)
{
    switch (state) {
    case DnsCheckResult::State::Correct:
        return Tone::Positive;
    case DnsCheckResult::State::PresentUnverified:
        return Tone::Information;
    case DnsCheckResult::State::Missing:
    case DnsCheckResult::State::LookupFailed:
        return Tone::Warning;
    case DnsCheckResult::State::Different:
        return Tone::Error;
    case DnsCheckResult::State::NotChecked:
        break;
    }
    return std::nullopt;
}

std::optional<Tone> sesTone(Ses::DnsRecord::Status status)
{
    switch (status) {
    case Ses::DnsRecord::Status::Success:
        return Tone::Positive;
    case Ses::DnsRecord::Status::Pending:
        return Tone::Information;
    case Ses::DnsRecord::Status::TemporaryFailure:
        return Tone::Warning;
    case Ses::DnsRecord::Status::Failed:
        return Tone::Error;
    default:
        break;
    }
    return std::nullopt;
}

QPushButton *makeButton(const QString &objectName)
{
    auto *button = new QPushButton;
    button->setObjectName(objectName);
    return button;
}

} // namespace

DnsRecordsView::DnsRecordsView(FileDialogs *fileDialogs, MessageBoxes &messageBoxes, QWidget *parent)
    : QWidget(parent)
    , m_fileDialogs(fileDialogs)
    , m_messageBoxes(messageBoxes)
    , m_model(new DnsRecordModel(this))
    , m_checker(new Ses::DnsChecker(this))
    , m_urlOpener([](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    })
    , m_table(new QTableView)
    , m_copyCellButton(makeButton(QStringLiteral("copyCellButton")))
    , m_copyRecordButton(makeButton(QStringLiteral("copyRecordButton")))
    , m_copyAllButton(makeButton(QStringLiteral("copyAllRecordsButton")))
    , m_exportButton(makeButton(QStringLiteral("exportRecordsButton")))
    , m_checkButton(makeButton(QStringLiteral("checkDnsButton")))
    , m_mailButton(makeButton(QStringLiteral("sendToDnsAdminButton")))
    , m_nameserverLabel(new QLabel)
    , m_nameserverEdit(new QLineEdit)
    , m_progress(new QProgressBar)
    , m_checkSummary(new QLabel)
    , m_explanation(new QTextBrowser)
{
    setObjectName(QStringLiteral("dnsRecordsView"));
    m_table->setObjectName(QStringLiteral("dnsRecordTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(DnsRecordModel::StatusColumn,
        new StatusDotDelegate(
            [](const QModelIndex &i) {
                return sesTone(static_cast<Ses::DnsRecord::Status>(i.data(DnsRecordModel::StatusRole).toInt()));
            },
            this));
    m_table->setItemDelegateForColumn(DnsRecordModel::CheckColumn,
        new StatusDotDelegate(
            [](const QModelIndex &i) {
                return checkTone(static_cast<DnsCheckResult::State>(i.data(DnsRecordModel::CheckStateRole).toInt()));
            },
            this));
    // Ctrl+C on the table copies the cell as it goes into DNS, not the display text.
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &DnsRecordsView::copyCell);

    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    auto *bind = exportMenu->addAction(QString(), this, &DnsRecordsView::exportBind);
    bind->setObjectName(QStringLiteral("exportBindAction"));
    auto *csv = exportMenu->addAction(QString(), this, &DnsRecordsView::exportCsv);
    csv->setObjectName(QStringLiteral("exportCsvAction"));
    auto *route53 = exportMenu->addAction(QString(), this, &DnsRecordsView::exportRoute53);
    route53->setObjectName(QStringLiteral("exportRoute53Action"));
    m_exportButton->setMenu(exportMenu);

    m_nameserverEdit->setObjectName(QStringLiteral("nameserverEdit"));
    m_nameserverEdit->setClearButtonEnabled(true);
    m_nameserverLabel->setObjectName(QStringLiteral("nameserverLabel"));
    m_nameserverLabel->setBuddy(m_nameserverEdit);
    m_progress->setObjectName(QStringLiteral("dnsCheckProgress"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(160);
    m_checkSummary->setObjectName(QStringLiteral("dnsCheckSummaryLabel"));
    m_checkSummary->setWordWrap(true);
    m_checkSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setObjectName(QStringLiteral("dnsCheckExplanation"));
    m_explanation->setMaximumHeight(170);
    m_explanation->setOpenLinks(false);

    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyCellButton);
    copyRow->addWidget(m_copyRecordButton);
    copyRow->addWidget(m_copyAllButton);
    copyRow->addWidget(m_exportButton);
    copyRow->addStretch();
    copyRow->addWidget(m_mailButton);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_nameserverLabel);
    checkRow->addWidget(m_nameserverEdit);
    checkRow->addWidget(m_checkButton);
    checkRow->addWidget(m_progress);
    checkRow->addWidget(m_checkSummary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(copyRow);
    layout->addLayout(checkRow);
    layout->addWidget(m_explanation);

    connect(m_copyCellButton, &QPushButton::clicked, this, &DnsRecordsView::copyCell);
    connect(m_copyRecordButton, &QPushButton::clicked, this, &DnsRecordsView::copyRecord);
    connect(m_copyAllButton, &QPushButton::clicked, this, &DnsRecordsView::copyAll);
    connect(m_checkButton, &QPushButton::clicked, this, &DnsRecordsView::checkDns);
    connect(m_mailButton, &QPushButton::clicked, this, &DnsRecordsView::sendToDnsAdmin);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showCurrentExplanation();
        updateButtons();
    });
    connect(m_checker, &Ses::DnsChecker::recordChecked, this, &DnsRecordsView::onRecordChecked);
    connect(m_checker, &Ses::DnsChecker::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_checker, &Ses::DnsChecker::finished, this, [this] {
        onCheckEnded(false);
    });
    connect(m_checker, &Ses::DnsChecker::cancelled, this, [this] {
        onCheckEnded(true);
    });
    retranslate();
    updateButtons();
}

DnsRecordsView::~DnsRecordsView()
{
    m_checker->disconnect(this);
    m_checker->cancel();
}

void DnsRecordsView::retranslate()
{
    m_model->retranslate();
    m_table->setAccessibleName(tr("DNS records"));
    m_copyCellButton->setText(tr("Copy &cell"));
    m_copyCellButton->setAccessibleName(tr("Copy cell"));
    m_copyCellButton->setToolTip(tr("Copy the selected cell as it goes into DNS (Ctrl+C)"));
    m_copyRecordButton->setText(tr("Copy &record"));
    m_copyRecordButton->setAccessibleName(tr("Copy record"));
    m_copyAllButton->setText(tr("Copy &all"));
    m_copyAllButton->setAccessibleName(tr("Copy all records"));
    m_copyAllButton->setToolTip(tr("Copy every record as tab-separated lines (pastes into a spreadsheet)"));
    m_exportButton->setText(tr("&Export"));
    m_exportButton->setAccessibleName(tr("Export records"));
    const QList<QAction *> actions = m_exportButton->menu()->actions();
    actions.at(0)->setText(tr("BIND zone-file fragment…"));
    actions.at(1)->setText(tr("CSV (as the SES console downloads)…"));
    actions.at(2)->setText(tr("Route 53 change batch (JSON)…"));
    m_mailButton->setText(tr("Send to DNS &admin…"));
    m_mailButton->setAccessibleName(tr("Send to DNS admin"));
    m_mailButton->setToolTip(tr("Write a mail with these records and instructions in your mail program"));
    m_nameserverLabel->setText(tr("&Name server:"));
    m_nameserverEdit->setPlaceholderText(tr("system resolver"));
    m_nameserverEdit->setAccessibleName(tr("Name server to ask"));
    m_nameserverEdit->setToolTip(tr("Ask this name server (an IP address), for example the domain's own, to see "
                                    "records before caches expire. Empty: the system's resolver."));
    m_progress->setAccessibleName(tr("DNS check progress"));
    m_checkSummary->setAccessibleName(tr("DNS check result"));
    m_explanation->setAccessibleName(tr("Explanation of the selected record's check"));
    updateButtons();
}

void DnsRecordsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DnsRecordsView::setRecordSet(const Ses::DnsRecordSet &set)
{
    m_checker->cancel();
    m_model->setRecordSet(set);
    m_checkedOnce = false;
    m_checkSummary->clear();
    m_explanation->clear();
    fitColumns();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, DnsRecordModel::NameColumn));
    updateButtons();
}

const Ses::DnsRecordSet &DnsRecordsView::recordSet() const
{
    return m_model->recordSet();
}

void DnsRecordsView::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Long names and values are elided (the copy buttons copy them whole); the verdict stays readable.
    for (int column : {DnsRecordModel::NameColumn, DnsRecordModel::ValueColumn})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 320));
    m_table->horizontalScrollBar()->setValue(0);
}

void DnsRecordsView::clear()
{
    setRecordSet({});
}

void DnsRecordsView::setUrlOpener(UrlOpener opener)
{
    m_urlOpener = std::move(opener);
}

bool DnsRecordsView::isChecking() const
{
    return m_checker->isRunning();
}

void DnsRecordsView::updateButtons()
{
    const bool any = m_model->rowCount() > 0;
    const bool current = m_table->currentIndex().isValid();
    m_copyCellButton->setEnabled(current);
    m_copyRecordButton->setEnabled(current);
    m_copyAllButton->setEnabled(any);
    m_exportButton->setEnabled(any);
    m_mailButton->setEnabled(any);
    m_checkButton->setEnabled(any);
    m_nameserverEdit->setEnabled(!isChecking());
    if (isChecking()) {
        m_checkButton->setText(tr("&Cancel check"));
        m_checkButton->setAccessibleName(tr("Cancel the DNS check"));
    } else {
        m_checkButton->setText(m_checkedOnce ? tr("Re-&check") : tr("Check &DNS"));
        m_checkButton->setAccessibleName(m_checkedOnce ? tr("Check the DNS again") : tr("Check DNS"));
    }
}

QString DnsRecordsView::currentCellText() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(DnsRecordModel::CopyTextRole).toString() : QString();
}

QString DnsRecordsView::currentRecordText() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? Ses::PlainTextRecordExporter::recordLine(m_model->recordAt(index.row())) : QString();
}

QString DnsRecordsView::allRecordsText() const
{
    return Ses::PlainTextRecordExporter::tabSeparated(m_model->records());
}

void DnsRecordsView::copyCell()
{
    if (const QString text = currentCellText(); !text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void DnsRecordsView::copyRecord()
{
    if (const QString text = currentRecordText(); !text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void DnsRecordsView::copyAll()
{
    if (m_model->rowCount() > 0)
        QGuiApplication::clipboard()->setText(allRecordsText());
}

void DnsRecordsView::writeExport(
    const QString &caption, const QString &suffix, const QString &filter, const QByteArray &contents)
{
    const QString suggested = recordSet().domain() + suffix;
    const QString path = m_fileDialogs->saveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return;
    // A few kilobytes at most: written at once.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit()) {
        m_messageBoxes.warning(
            this, tr("Export failed"), tr("The records could not be written to %1: %2").arg(path, file.errorString()));
        return;
    }
    Q_EMIT exported(path);
}

void DnsRecordsView::exportBind()
{
    writeExport(tr("Export as BIND zone-file fragment"),
        QStringLiteral(".zone"),
        tr("Zone files (*.zone *.txt);;All files (*)"),
        Ses::BindZoneExporter::exportText(recordSet()).toUtf8());
}

void DnsRecordsView::exportCsv()
{
    writeExport(tr("Export as CSV"),
        QStringLiteral("-records.csv"),
        tr("CSV files (*.csv);;All files (*)"),
        Ses::CsvRecordExporter::exportText(recordSet()).toUtf8());
}

void DnsRecordsView::exportRoute53()
{
    const Aws::Result<QByteArray> json = Ses::Route53ChangeBatchExporter::exportJson(recordSet());
    if (!json.ok()) {
        m_messageBoxes.warning(this, tr("Export failed"), json.error().message);
        return;
    }
    writeExport(tr("Export as Route 53 change batch"),
        QStringLiteral("-route53.json"),
        tr("JSON files (*.json);;All files (*)"),
        json.value());
}

void DnsRecordsView::checkDns()
{
    if (isChecking()) {
        m_checker->cancel();
        return;
    }
    const QString server = m_nameserverEdit->text().trimmed();
    QHostAddress address;
    if (!server.isEmpty() && !address.setAddress(server)) {
        m_checkSummary->setText(tr("“%1” is not an IP address. Enter the name server's IPv4 or IPv6 address, or "
                                   "leave the field empty to use the system's resolver.")
                                    .arg(server));
        m_nameserverEdit->setFocus();
        return;
    }
    m_checker->setNameserver(address);
    m_model->clearCheckResults();
    m_explanation->clear();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_checkSummary->setText(server.isEmpty() ? tr("Checking with the system's resolver…")
                                             : tr("Checking with the name server %1…").arg(server));
    m_checker->start(recordSet());
    updateButtons();
}

void DnsRecordsView::onRecordChecked(int index, const DnsCheckResult &result)
{
    m_model->setCheckResult(index, result);
    if (m_table->currentIndex().row() == index)
        showCurrentExplanation();
}

void DnsRecordsView::onCheckEnded(bool cancelled)
{
    m_progress->setVisible(false);
    m_checkedOnce = true;
    if (cancelled) {
        m_checkSummary->setText(tr("Check cancelled."));
    } else {
        int correct = 0, missing = 0, different = 0, failed = 0;
        for (const DnsCheckResult &r : m_checker->results()) {
            switch (r.state) {
            case DnsCheckResult::State::Correct:
            case DnsCheckResult::State::PresentUnverified:
                ++correct;
                break;
            case DnsCheckResult::State::Missing:
                ++missing;
                break;
            case DnsCheckResult::State::Different:
                ++different;
                break;
            case DnsCheckResult::State::LookupFailed:
                ++failed;
                break;
            case DnsCheckResult::State::NotChecked:
                break;
            }
        }
        QStringList parts{tr("%n correct", nullptr, correct),
            tr("%n missing", nullptr, missing),
            tr("%n with a different value", nullptr, different)};
        if (failed > 0)
            parts << tr("%n lookups failed", nullptr, failed);
        m_checkSummary->setText(
            tr("Checked at %1: %2.")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), parts.join(QStringLiteral(", "))));
    }
    fitColumns();
    showCurrentExplanation();
    updateButtons();
    Q_EMIT checkFinished();
}

void DnsRecordsView::showCurrentExplanation()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        m_explanation->clear();
        return;
    }
    const Ses::DnsRecord record = m_model->recordAt(index.row());
    const DnsCheckResult result = m_model->checkResultAt(index.row());
    QString html = QStringLiteral("<b>%1</b> %2 — %3<br>")
                       .arg(record.name.toHtmlEscaped(),
                           record.typeName(),
                           Ses::DnsRecord::purposeText(record.purpose).toHtmlEscaped());
    if (!record.note.isEmpty())
        html += record.note.toHtmlEscaped() + QStringLiteral("<br>");
    if (result.state != DnsCheckResult::State::NotChecked) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(result.summary().toHtmlEscaped());
        html += QStringLiteral("<p>%1 <code>%2</code></p>")
                    .arg(tr("Expected:").toHtmlEscaped(), result.expected.toHtmlEscaped());
        if (!result.found.isEmpty()) {
            html += tr("Found:").toHtmlEscaped() + QStringLiteral("<br>");
            for (const QString &found : result.found)
                html += QStringLiteral("&nbsp;&nbsp;<code>%1</code><br>").arg(found.toHtmlEscaped());
        }
        for (const DnsCheckResult::Finding &finding : result.findings)
            html += QStringLiteral("⚠ %1<br>").arg(finding.message.toHtmlEscaped());
        for (const QString &note : result.notes)
            html += note.toHtmlEscaped() + QStringLiteral("<br>");
    }
    m_explanation->setHtml(html);
}

void DnsRecordsView::sendToDnsAdmin()
{
    if (m_model->rowCount() == 0)
        return;
    const Ses::DnsAdminMailBuilder builder;
    Ses::DnsAdminMailBuilder::Completeness completeness = Ses::DnsAdminMailBuilder::Completeness::Full;
    const QUrl url
        = builder.mailtoUrl(recordSet(), QString(), Ses::DnsAdminMailBuilder::DefaultMaximumUrlLength, &completeness);
    if (completeness == Ses::DnsAdminMailBuilder::Completeness::RecordsMissing) {
        QGuiApplication::clipboard()->setText(builder.body(recordSet()));
        m_messageBoxes.information(this,
            tr("Records on the clipboard"),
            tr("The records are too long for a mail link. They are on the clipboard: paste them into the mail "
               "that opens."));
    }
    if (!m_urlOpener(url))
        m_messageBoxes.warning(this,
            tr("No mail program"),
            tr("No mail program could be opened. Use “Copy all” and send the records yourself."));
}

} // namespace Views
