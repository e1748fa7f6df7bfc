#include "views/dialogs/TemplateHistoryDialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>

#include "models/items/TemplateVersionModel.h"
#include "models/ses/TemplateDiff.h"

#include "views/widgets/Tone.h"

#include "ui_TemplateHistoryDialog.h"

namespace Views
{

TemplateHistoryDialog::TemplateHistoryDialog(const QString &templateName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplateHistoryDialog>())
    , m_model(new Items::TemplateVersionModel(this))
    , m_templateName(templateName)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("templateHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(templateName));
    m_ui->introLabel->setText(
        tr("SesDesk keeps a copy of \"%1\" every time it is saved, on this computer (SES keeps no "
           "history). Select a version to see what it changed, or two versions to compare them.")
            .arg(templateName));
    m_ui->versionsTable->setModel(m_model);
    m_ui->versionsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->versionsTable->verticalHeader()->hide();
    connect(m_ui->versionsTable->selectionModel(),
        &QItemSelectionModel::selectionChanged,
        this,
        &TemplateHistoryDialog::updateDiff);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        if (m_compared.size() == 1) {
            const int row = m_model->rowOfVersion(m_compared.constFirst());
            if (row >= 0)
                Q_EMIT restoreRequested(m_model->versionAt(row));
        }
    });
    updateDiff();
}

TemplateHistoryDialog::~TemplateHistoryDialog() = default;

void TemplateHistoryDialog::setVersions(const QList<Ses::TemplateVersion> &versions)
{
    m_model->setVersions(m_templateName, versions);
    m_ui->versionsTable->resizeColumnsToContents();
    m_ui->versionsTable->horizontalHeader()->setStretchLastSection(true);
    if (m_model->rowCount() > 0)
        m_ui->versionsTable->selectRow(0);
    updateDiff();
}

void TemplateHistoryDialog::selectVersions(const QList<int> &versions)
{
    QItemSelection selection;
    for (int v : versions) {
        const int row = m_model->rowOfVersion(v);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    m_ui->versionsTable->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void TemplateHistoryDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateDiff();
}

QString TemplateHistoryDialog::diffText() const
{
    return m_ui->diffView->toPlainText();
}

void TemplateHistoryDialog::updateDiff()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->versionsTable->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>()); // older (higher row) first
    m_compared.clear();
    m_ui->restoreButton->setEnabled(!m_busy && rows.size() == 1);
    if (m_model->rowCount() == 0) {
        m_ui->compareLabel->setText(tr("No versions yet: the first save keeps one."));
        m_ui->diffView->clear();
        return;
    }
    if (rows.isEmpty() || rows.size() > 2) {
        m_ui->compareLabel->setText(tr("Select one version, or two to compare."));
        m_ui->diffView->clear();
        return;
    }
    const Ses::TemplateVersion &newer = m_model->versionAt(rows.constLast());
    Ses::TemplateVersion older;
    if (rows.size() == 2) {
        older = m_model->versionAt(rows.constFirst());
        m_compared = {older.version, newer.version};
        m_ui->compareLabel->setText(tr("Changes from version %1 to version %2:").arg(older.version).arg(newer.version));
    } else {
        m_compared = {newer.version};
        if (rows.constFirst() + 1 < m_model->rowCount()) {
            older = m_model->versionAt(rows.constFirst() + 1);
            m_ui->compareLabel->setText(
                tr("What version %1 changed (from version %2):").arg(newer.version).arg(older.version));
        } else {
            m_ui->compareLabel->setText(tr("Version %1 is the first one kept:").arg(newer.version));
        }
    }
    m_ui->compareLabel->setAccessibleName(m_ui->compareLabel->text());
    m_ui->diffView->setHtml(diffHtml(older, newer, palette()));
}

QString TemplateHistoryDialog::diffHtml(
    const Ses::TemplateVersion &older, const Ses::TemplateVersion &newer, const QPalette &palette)
{
    const QString added = toneBackground(palette, Tone::Positive).name();
    const QString removed = toneBackground(palette, Tone::Error).name();
    QString html = QStringLiteral("<html><body style=\"font-family: monospace;\">");
    bool any = false;
    for (const Ses::TemplateDiff::PartDiff &part : Ses::TemplateDiff::compare(older.content, newer.content)) {
        if (!part.changed)
            continue;
        any = true;
        html += QStringLiteral("<h4>%1</h4><pre>").arg(Ses::TemplateDiff::partTitle(part.part).toHtmlEscaped());
        for (const Ses::DiffLine &line : part.lines) {
            const QString text = line.text.toHtmlEscaped();
            switch (line.kind) {
            case Ses::DiffLine::Kind::Same:
                html += QStringLiteral("  %1\n").arg(text);
                break;
            case Ses::DiffLine::Kind::Removed:
                html += QStringLiteral("<span style=\"background-color:%1\">- %2</span>\n").arg(removed, text);
                break;
            case Ses::DiffLine::Kind::Added:
                html += QStringLiteral("<span style=\"background-color:%1\">+ %2</span>\n").arg(added, text);
                break;
            }
        }
        html += QStringLiteral("</pre>");
    }
    if (!any)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No differences in the subject, HTML or text parts.").toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace Views
