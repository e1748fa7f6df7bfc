#pragma once

#include <functional>

#include <QUrl>
#include <QWidget>

#include "models/ses/DnsRecordSet.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Items
{
class DnsRecordModel;
}
namespace Ses
{
class DnsChecker;
struct DnsCheckResult;
} // namespace Ses

namespace Views
{

class FileDialogs;
class MessageBoxes;

/// The DNS records of one identity: the table (purpose, type, name, value, priority, SES's
/// status, the DNS check's verdict), copying a cell, a record or all of them, export as a BIND
/// fragment, CSV or a Route 53 change batch, "Check DNS" against the system's resolver or a
/// chosen name server (cancellable, never blocking; "Re-check" repeats it), the verdict of the
/// selected record in words, and "Send to DNS admin" as a mailto: link in the UI language.
class DnsRecordsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsRecordsView)

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    DnsRecordsView(FileDialogs *fileDialogs, MessageBoxes &messageBoxes, QWidget *parent = nullptr);
    ~DnsRecordsView() override;

    void setRecordSet(const Ses::DnsRecordSet &set);
    const Ses::DnsRecordSet &recordSet() const;
    void clear();
    /// How mailto: links are opened (default QDesktopServices::openUrl); tests record them.
    void setUrlOpener(UrlOpener opener);

    Items::DnsRecordModel *model() const
    {
        return m_model;
    }
    Ses::DnsChecker *checker() const
    {
        return m_checker;
    }
    bool isChecking() const;
    /// The text of the current cell as it goes into DNS (Ctrl+C on the table).
    QString currentCellText() const;
    QString currentRecordText() const;
    QString allRecordsText() const;

public Q_SLOTS:
    void copyCell();
    void copyRecord();
    void copyAll();
    void exportBind();
    void exportCsv();
    void exportRoute53();
    /// Starts the DNS check (or, while one runs, cancels it).
    void checkDns();
    void sendToDnsAdmin();

Q_SIGNALS:
    /// A check ended (finished or cancelled): tests wait on it.
    void checkFinished();
    /// A file was written by an export.
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onRecordChecked(int index, const Ses::DnsCheckResult &result);
    void onCheckEnded(bool cancelled);
    void showCurrentExplanation();
    void updateButtons();
    void fitColumns();
    void writeExport(const QString &caption, const QString &suffix, const QString &filter, const QByteArray &contents);

    FileDialogs *m_fileDialogs;
    MessageBoxes &m_messageBoxes;
    Items::DnsRecordModel *m_model;
    Ses::DnsChecker *m_checker;
    UrlOpener m_urlOpener;
    QTableView *m_table;
    QPushButton *m_copyCellButton;
    QPushButton *m_copyRecordButton;
    QPushButton *m_copyAllButton;
    QPushButton *m_exportButton;
    QPushButton *m_checkButton;
    QPushButton *m_mailButton;
    QLabel *m_nameserverLabel;
    QLineEdit *m_nameserverEdit;
    QProgressBar *m_progress;
    QLabel *m_checkSummary;
    QTextBrowser *m_explanation;
    bool m_checkedOnce = false;
};

} // namespace Views
