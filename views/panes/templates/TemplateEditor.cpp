#include "views/panes/templates/TemplateEditor.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "models/ses/TemplateChecks.h"
#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateVariableCollector.h"

#include "views/panes/templates/TemplatePreview.h"
#include "views/widgets/HandlebarsHighlighter.h"
#include "views/widgets/JsonDataEdit.h"

namespace Views
{

namespace
{

constexpr int FindingPartRole = Qt::UserRole + 1;
constexpr int FindingOffsetRole = Qt::UserRole + 2;
constexpr int FindingLengthRole = Qt::UserRole + 3;
constexpr int CheckDelayMs = 250;

QPlainTextEdit *codeEditor(const QString &name)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setTabChangesFocus(false);
    return edit;
}

QWidget *labelled(QLabel *label, QWidget *widget)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    label->setBuddy(widget);
    layout->addWidget(label);
    layout->addWidget(widget, 1);
    return box;
}

} // namespace

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent)
    , m_nameLabel(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_subjectLabel(new QLabel(this))
    , m_subjectEdit(new QLineEdit(this))
    , m_htmlLabel(new QLabel(this))
    , m_htmlEdit(codeEditor(QStringLiteral("htmlPartEdit")))
    , m_textLabel(new QLabel(this))
    , m_textEdit(codeEditor(QStringLiteral("textPartEdit")))
    , m_htmlHighlighter(new HandlebarsHighlighter(m_htmlEdit->document(), HandlebarsHighlighter::Mode::Html))
    , m_textHighlighter(new HandlebarsHighlighter(m_textEdit->document(), HandlebarsHighlighter::Mode::Text))
    , m_dataTabs(new QTabWidget(this))
    , m_sampleData(new JsonDataEdit(this))
    , m_variablesList(new QListWidget(this))
    , m_preview(new TemplatePreview(this))
    , m_checksLabel(new QLabel(this))
    , m_findingsList(new QListWidget(this))
    , m_stateLabel(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_discardButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_nameEdit->setObjectName(QStringLiteral("templateNameEdit"));
    m_nameEdit->setMaxLength(Ses::TemplateChecks::MaxNameLength * 4);
    m_subjectEdit->setObjectName(QStringLiteral("subjectEdit"));
    m_sampleData->setObjectName(QStringLiteral("sampleDataEdit"));
    m_sampleData->editor()->setObjectName(QStringLiteral("sampleDataEditor"));
    m_variablesList->setObjectName(QStringLiteral("variablesList"));
    m_dataTabs->setObjectName(QStringLiteral("dataTabs"));
    m_checksLabel->setObjectName(QStringLiteral("checksLabel"));
    m_findingsList->setObjectName(QStringLiteral("findingsList"));
    m_findingsList->setMaximumHeight(96);
    m_stateLabel->setObjectName(QStringLiteral("editorStateLabel"));
    m_sizeLabel->setObjectName(QStringLiteral("templateSizeLabel"));
    m_sizeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_discardButton->setObjectName(QStringLiteral("discardButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);

    auto *header = new QGridLayout;
    header->addWidget(m_nameLabel, 0, 0);
    header->addWidget(m_nameEdit, 0, 1);
    header->addWidget(m_subjectLabel, 1, 0);
    header->addWidget(m_subjectEdit, 1, 1);
    m_nameLabel->setBuddy(m_nameEdit);
    m_subjectLabel->setBuddy(m_subjectEdit);

    auto *parts = new QSplitter(Qt::Horizontal);
    parts->setObjectName(QStringLiteral("partsSplitter"));
    parts->addWidget(labelled(m_htmlLabel, m_htmlEdit));
    parts->addWidget(labelled(m_textLabel, m_textEdit));
    parts->setChildrenCollapsible(false);

    m_dataTabs->addTab(m_sampleData, QString());
    m_dataTabs->addTab(m_variablesList, QString());
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->setObjectName(QStringLiteral("previewSplitter"));
    bottom->addWidget(m_dataTabs);
    bottom->addWidget(m_preview);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    bottom->setChildrenCollapsible(false);

    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->setObjectName(QStringLiteral("editorSplitter"));
    vertical->addWidget(parts);
    vertical->addWidget(bottom);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stateLabel);
    buttons->addWidget(m_sizeLabel, 1);
    buttons->addWidget(m_discardButton);
    buttons->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(header);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_checksLabel);
    layout->addWidget(m_findingsList);
    layout->addLayout(buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &TemplateEditor::onEdited);
    connect(m_subjectEdit, &QLineEdit::textChanged, this, &TemplateEditor::onEdited);
    connect(m_htmlEdit, &QPlainTextEdit::textChanged, this, &TemplateEditor::onEdited);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &TemplateEditor::onEdited);
    connect(m_sampleData, &JsonDataEdit::dataChanged, this, [this] {
        if (!m_loading && m_open)
            Q_EMIT edited();
    });
    connect(m_checkTimer, &QTimer::timeout, this, &TemplateEditor::runChecks);
    connect(m_findingsList, &QListWidget::itemActivated, this, &TemplateEditor::jumpTo);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplateEditor::saveRequested);
    connect(m_discardButton, &QPushButton::clicked, this, &TemplateEditor::discardRequested);
    connect(m_preview, &TemplatePreview::renderRequested, this, &TemplateEditor::previewRequested);
    retranslate();
    clear();
}

TemplateEditor::~TemplateEditor() = default;

void TemplateEditor::load(const QString &name, const Ses::EmailTemplateContent &content)
{
    m_loading = true;
    m_nameEdit->setText(name);
    m_subjectEdit->setText(content.subject);
    m_htmlEdit->setPlainText(content.html);
    m_textEdit->setPlainText(content.text);
    m_loading = false;
    m_lastSeen = currentTemplate();
    m_preview->clear();
    runChecks();
    updateState();
}

void TemplateEditor::openTemplate(const Ses::EmailTemplate &emailTemplate)
{
    m_open = true;
    m_saved = emailTemplate;
    m_draftKey = Ses::TemplateDraft::keyFor(emailTemplate.templateName);
    m_nameEdit->setReadOnly(true);
    load(emailTemplate.templateName, emailTemplate.content);
}

void TemplateEditor::newTemplate(const QString &name, const Ses::EmailTemplateContent &content)
{
    m_open = true;
    m_saved = {};
    m_draftKey = Ses::TemplateDraft::newKey();
    m_nameEdit->setReadOnly(false);
    load(name, content);
    m_nameEdit->setFocus();
}

void TemplateEditor::openDraft(const Ses::TemplateDraft &draft, const std::optional<Ses::EmailTemplate> &saved)
{
    m_open = true;
    m_saved = saved.value_or(Ses::EmailTemplate{});
    m_draftKey = draft.key;
    m_nameEdit->setReadOnly(saved.has_value());
    load(saved ? saved->templateName : draft.templateName, draft.content);
    m_sampleData->setText(draft.sampleData);
}

void TemplateEditor::replaceContent(const Ses::EmailTemplateContent &content)
{
    if (!m_open)
        return;
    m_subjectEdit->setText(content.subject);
    m_htmlEdit->setPlainText(content.html);
    m_textEdit->setPlainText(content.text);
}

void TemplateEditor::clear()
{
    m_open = false;
    m_saved = {};
    m_draftKey.clear();
    m_nameEdit->setReadOnly(true);
    load(QString(), {});
    m_sampleData->setText(QString());
}

bool TemplateEditor::isModified() const
{
    if (!m_open)
        return false;
    if (isNew())
        return true; // not in SES at all yet
    const Ses::EmailTemplate current = currentTemplate();
    return current.templateName != m_saved.templateName || !(current.content == m_saved.content);
}

Ses::EmailTemplate TemplateEditor::currentTemplate() const
{
    Ses::EmailTemplate t;
    t.templateName = m_nameEdit->text().trimmed();
    t.content.subject = m_subjectEdit->text();
    t.content.html = m_htmlEdit->toPlainText();
    t.content.text = m_textEdit->toPlainText();
    t.tags = m_saved.tags;
    return t;
}

void TemplateEditor::markSaved(const Ses::EmailTemplate &saved)
{
    m_saved = saved;
    m_draftKey = Ses::TemplateDraft::keyFor(saved.templateName);
    m_nameEdit->setReadOnly(true);
    runChecks();
    updateState();
}

void TemplateEditor::revert()
{
    if (isNew()) {
        clear();
        return;
    }
    if (m_open)
        load(m_saved.templateName, m_saved.content);
}

QString TemplateEditor::sampleData() const
{
    return m_sampleData->text();
}

void TemplateEditor::setSampleData(const QString &json)
{
    m_sampleData->setText(json);
}

bool TemplateEditor::sampleDataValid() const
{
    return m_sampleData->isValid();
}

bool TemplateEditor::hasErrors() const
{
    return Ses::TemplateChecks::hasErrors(m_findings);
}

Ses::TemplateDraft TemplateEditor::draft() const
{
    Ses::TemplateDraft d;
    d.key = m_draftKey;
    d.originalName = m_saved.templateName;
    const Ses::EmailTemplate current = currentTemplate();
    d.templateName = current.templateName;
    d.content = current.content;
    d.sampleData = m_sampleData->text();
    return d;
}

void TemplateEditor::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void TemplateEditor::onEdited()
{
    if (m_loading)
        return;
    // QPlainTextEdit reports a re-highlight as a text change: only real edits count.
    const Ses::EmailTemplate current = currentTemplate();
    if (current.templateName == m_lastSeen.templateName && current.content == m_lastSeen.content)
        return;
    m_lastSeen = current;
    m_checkTimer->start();
    updateState();
    if (m_open)
        Q_EMIT edited();
}

void TemplateEditor::runChecks()
{
    m_checkTimer->stop();
    const Ses::EmailTemplate current = currentTemplate();
    Ses::TemplateChecks::Options options;
    options.checkName = isNew();
    m_findings = m_open
        ? Ses::TemplateChecks::run(
            {current.templateName, current.content.subject, current.content.html, current.content.text}, options)
        : Ses::TemplateFindings{};

    QList<HandlebarsHighlighter::Problem> htmlProblems;
    QList<HandlebarsHighlighter::Problem> textProblems;
    m_findingsList->clear();
    int errors = 0;
    int warnings = 0;
    for (const Ses::TemplateFinding &f : std::as_const(m_findings)) {
        if (f.severity == Ses::TemplateFinding::Severity::Info)
            continue;
        QString severity;
        if (f.severity == Ses::TemplateFinding::Severity::Error) {
            ++errors;
            severity = tr("Error");
        } else {
            ++warnings;
            severity = tr("Warning");
        }
        QString where;
        switch (f.part) {
        case Ses::TemplateFinding::Part::Subject:
            where = tr("Subject");
            break;
        case Ses::TemplateFinding::Part::Html:
            where = tr("HTML part");
            break;
        case Ses::TemplateFinding::Part::Text:
            where = tr("Text part");
            break;
        case Ses::TemplateFinding::Part::Name:
            where = tr("Name");
            break;
        case Ses::TemplateFinding::Part::Template:
            where = tr("Template");
            break;
        }
        if (f.length > 0)
            where = tr("%1, line %2, column %3").arg(where).arg(f.location.line).arg(f.location.column);
        auto *item = new QListWidgetItem(tr("%1 — %2: %3").arg(severity, where, f.message), m_findingsList);
        item->setData(FindingPartRole, static_cast<int>(f.part));
        item->setData(FindingOffsetRole, f.location.offset);
        item->setData(FindingLengthRole, f.length);
        if (f.length > 0) {
            if (f.part == Ses::TemplateFinding::Part::Html)
                htmlProblems.append({f.location.offset, f.length});
            else if (f.part == Ses::TemplateFinding::Part::Text)
                textProblems.append({f.location.offset, f.length});
        }
    }
    m_htmlHighlighter->setProblems(htmlProblems);
    m_textHighlighter->setProblems(textProblems);
    m_findingsList->setVisible(m_findingsList->count() > 0);
    if (!m_open)
        m_checksLabel->clear();
    else if (errors == 0 && warnings == 0)
        m_checksLabel->setText(tr("Checks passed: SES's size limit, Handlebars syntax and placeholders are fine."));
    else
        m_checksLabel->setText(tr("Checks: %n error(s)", nullptr, errors) + QStringLiteral(", ")
            + tr("%n warning(s)", nullptr, warnings) + QStringLiteral(". ")
            + tr("Double-click a line to go to the place."));
    m_checksLabel->setAccessibleName(m_checksLabel->text());

    const qint64 size = Ses::TemplateChecks::templateSize(
        {current.templateName, current.content.subject, current.content.html, current.content.text});
    m_sizeLabel->setText(m_open ? tr("%1 of %2")
                                      .arg(QLocale().formattedDataSize(size),
                                          QLocale().formattedDataSize(Ses::TemplateChecks::MaxTemplateBytes))
                                : QString());
    updateVariables();
}

void TemplateEditor::updateVariables()
{
    m_variablesList->clear();
    QStringList seen;
    const Ses::EmailTemplate current = currentTemplate();
    for (const QString *part : {&current.content.subject, &current.content.html, &current.content.text}) {
        const Ses::TemplateDocument document = Ses::TemplateDocument::parse(*part);
        for (const Ses::TemplateVariable &v : Ses::TemplateVariableCollector::collect(document)) {
            if (seen.contains(v.path))
                continue;
            seen.append(v.path);
            QStringList uses;
            if (v.usages.testFlag(Ses::TemplateVariable::Usage::Printed))
                uses << tr("printed");
            if (v.usages.testFlag(Ses::TemplateVariable::Usage::Condition))
                uses << tr("condition");
            if (v.usages.testFlag(Ses::TemplateVariable::Usage::Iterated))
                uses << tr("list");
            if (v.usages.testFlag(Ses::TemplateVariable::Usage::Scope))
                uses << tr("scope");
            if (v.usages.testFlag(Ses::TemplateVariable::Usage::Argument))
                uses << tr("argument");
            auto *item = new QListWidgetItem(
                uses.isEmpty() ? v.path : tr("%1 (%2)").arg(v.path, uses.join(QStringLiteral(", "))), m_variablesList);
            item->setData(Qt::UserRole, v.path);
            if (v.usages.testFlag(Ses::TemplateVariable::Usage::Printed) && !m_sampleData->object().isEmpty()
                && !v.path.contains(QLatin1Char('[')))
                item->setToolTip(tr("SES refuses to send when a printed value is missing from the data."));
        }
    }
    m_dataTabs->setTabText(1, tr("Variables (%1)").arg(seen.size()));
}

void TemplateEditor::updateState()
{
    const bool modified = isModified();
    m_saveButton->setEnabled(m_open && !m_busy && modified);
    m_discardButton->setEnabled(m_open && !m_busy && modified);
    for (QWidget *w : std::initializer_list<QWidget *>{m_subjectEdit, m_htmlEdit, m_textEdit, m_sampleData, m_preview})
        w->setEnabled(m_open);
    if (!m_open)
        m_stateLabel->setText(tr("Select a template, or create one."));
    else if (m_busy)
        m_stateLabel->setText(tr("Working…"));
    else if (isNew())
        m_stateLabel->setText(tr("New template, not saved yet."));
    else if (modified)
        m_stateLabel->setText(tr("Unsaved changes."));
    else
        m_stateLabel->setText(tr("Saved."));
    m_stateLabel->setAccessibleName(m_stateLabel->text());
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void TemplateEditor::jumpTo(QListWidgetItem *item)
{
    const auto part = static_cast<Ses::TemplateFinding::Part>(item->data(FindingPartRole).toInt());
    const int offset = item->data(FindingOffsetRole).toInt();
    const int length = item->data(FindingLengthRole).toInt();
    QPlainTextEdit *edit = nullptr;
    if (part == Ses::TemplateFinding::Part::Html)
        edit = m_htmlEdit;
    else if (part == Ses::TemplateFinding::Part::Text)
        edit = m_textEdit;
    if (edit) {
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(std::min(offset, static_cast<int>(edit->document()->characterCount()) - 1));
        cursor.setPosition(std::min(offset + length, static_cast<int>(edit->document()->characterCount()) - 1),
            QTextCursor::KeepAnchor);
        edit->setTextCursor(cursor);
        edit->setFocus();
    } else if (part == Ses::TemplateFinding::Part::Subject) {
        m_subjectEdit->setFocus();
        m_subjectEdit->setSelection(offset, length);
    } else if (part == Ses::TemplateFinding::Part::Name) {
        m_nameEdit->setFocus();
    }
}

void TemplateEditor::retranslate()
{
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setAccessibleName(tr("Template name"));
    m_nameEdit->setPlaceholderText(tr("Letters, digits, \"-\" and \"_\", at most 64"));
    m_subjectLabel->setText(tr("S&ubject:"));
    m_subjectEdit->setAccessibleName(tr("Subject"));
    m_subjectEdit->setPlaceholderText(tr("Hello {{name}}"));
    m_htmlLabel->setText(tr("&HTML part"));
    m_htmlEdit->setAccessibleName(tr("HTML part"));
    m_textLabel->setText(tr("&Text part"));
    m_textEdit->setAccessibleName(tr("Text part"));
    m_dataTabs->setTabText(0, tr("Sample data"));
    m_sampleData->editor()->setAccessibleName(tr("Sample data (JSON)"));
    m_sampleData->editor()->setPlaceholderText(tr("{\"name\": \"Ana\", \"favoriteanimal\": \"alpaca\"}"));
    m_variablesList->setAccessibleName(tr("Variables used"));
    m_findingsList->setAccessibleName(tr("Problems found by the checks"));
    m_discardButton->setText(tr("&Discard changes"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save the template to SES; the version is kept in the local history."));
    runChecks();
    updateState();
}

void TemplateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange) {
        m_htmlHighlighter->setPalette(palette());
        m_textHighlighter->setPalette(palette());
    }
    QWidget::changeEvent(event);
}

} // namespace Views
