#include "views/panes/TemplatesPane.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "models/aws/AwsJob.h"
#include "models/aws/Clock.h"
#include "models/connection/Session.h"
#include "models/items/TemplateFilterProxyModel.h"
#include "models/items/TemplateListModel.h"
#include "models/ses/SesClient.h"

#include "views/commands/DeleteTemplateCommand.h"
#include "views/commands/ExportTemplateCommand.h"
#include "views/commands/ImportTemplateCommand.h"
#include "views/commands/PreviewTemplateCommand.h"
#include "views/commands/RenameTemplateCommand.h"
#include "views/commands/SaveTemplateCommand.h"
#include "views/commands/SendTestEmailCommand.h"
#include "views/commands/TemplateHistoryCommand.h"
#include "views/panes/templates/TemplateEditor.h"
#include "views/panes/templates/TemplatePreview.h"
#include "views/widgets/AccessibleText.h"
#include "views/widgets/ErrorBanner.h"
#include "views/widgets/FileDialogs.h"
#include "views/widgets/MessageBoxes.h"

namespace Views
{

namespace
{
/// Edits are kept as a draft this long after the last keystroke.
constexpr int AutosaveDelayMs = 1000;
} // namespace

TemplatesPane::TemplatesPane(const PaneContext &context, QWidget *parent)
    : Pane(context, parent)
    , m_model(new Items::TemplateListModel(this))
    , m_proxy(new Items::TemplateFilterProxyModel(this))
    , m_filterEdit(new QLineEdit)
    , m_table(new QTableView)
    , m_toolBar(new QToolBar)
    , m_editor(new TemplateEditor)
    , m_autosaveTimer(new QTimer(this))
    , m_defaultFileDialogs(std::make_unique<FileDialogs>())
    , m_fileDialogs(m_defaultFileDialogs.get())
{
    setObjectName(QStringLiteral("templatesPane"));
    if (!context.dataDirectory.isEmpty()) {
        const Aws::Clock *clock = context.clock ? context.clock : &m_systemClock;
        m_drafts.emplace(context.dataDirectory, clock);
        m_history.emplace(context.dataDirectory, clock);
    }
    m_proxy->setSourceTemplateModel(m_model);
    m_filterEdit->setObjectName(QStringLiteral("templateFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("templateTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(Items::TemplateListModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_toolBar->setObjectName(QStringLiteral("templatesToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(AutosaveDelayMs);

    createActions();

    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("templateListPanel"));
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(8, 8, 0, 8);
    listLayout->addWidget(m_filterEdit);
    listLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("templatesSplitter"));
    splitter->addWidget(list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 950});
    splitter->setChildrenCollapsible(false);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);
    setContentWidget(content);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &Items::TemplateFilterProxyModel::setFilterText);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TemplatesPane::onSelectionChanged);
    connect(m_editor, &TemplateEditor::saveRequested, this, &TemplatesPane::saveTemplate);
    connect(m_editor, &TemplateEditor::discardRequested, this, &TemplatesPane::discardChanges);
    connect(m_editor, &TemplateEditor::previewRequested, this, &TemplatesPane::previewTemplate);
    connect(m_editor, &TemplateEditor::modifiedChanged, this, &TemplatesPane::updateActions);
    connect(m_editor, &TemplateEditor::edited, m_autosaveTimer, qOverload<>(&QTimer::start));
    connect(m_autosaveTimer, &QTimer::timeout, this, &TemplatesPane::saveDraft);
    retranslate();
    updateActions();
}

TemplatesPane::~TemplatesPane()
{
    // Whatever was typed last is kept: a pending autosave is done now.
    if (m_autosaveTimer->isActive())
        saveDraft();
}

QString TemplatesPane::id() const
{
    return QStringLiteral("templates");
}

QString TemplatesPane::title() const
{
    return tr("Templates");
}

void TemplatesPane::createActions()
{
    auto make = [this](const QString &name, void (TemplatesPane::*slot)()) {
        auto *action = new QAction(this);
        action->setObjectName(name + QStringLiteral("Action"));
        connect(action, &QAction::triggered, this, slot);
        m_toolBar->addAction(action);
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setObjectName(name + QStringLiteral("Button"));
        return action;
    };
    m_newAction = make(QStringLiteral("newTemplate"), &TemplatesPane::newTemplate);
    m_newAction->setShortcut(QKeySequence::New);
    m_duplicateAction = make(QStringLiteral("duplicateTemplate"), &TemplatesPane::duplicateTemplate);
    m_renameAction = make(QStringLiteral("renameTemplate"), &TemplatesPane::renameTemplate);
    m_deleteAction = make(QStringLiteral("deleteTemplate"), &TemplatesPane::deleteTemplate);
    m_toolBar->addSeparator();
    m_importAction = make(QStringLiteral("importTemplate"), &TemplatesPane::importTemplate);
    m_exportAction = make(QStringLiteral("exportTemplate"), &TemplatesPane::exportTemplate);
    m_toolBar->addSeparator();
    m_historyAction = make(QStringLiteral("templateHistory"), &TemplatesPane::showHistory);
    m_sendTestAction = make(QStringLiteral("sendTestEmail"), &TemplatesPane::sendTestEmail);
    auto *save = new QAction(this);
    save->setObjectName(QStringLiteral("saveTemplateAction"));
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, &TemplatesPane::saveTemplate);
    addAction(save);
}

void TemplatesPane::retranslate()
{
    m_filterEdit->setPlaceholderText(tr("Filter templates"));
    m_filterEdit->setAccessibleName(tr("Filter templates"));
    m_table->setAccessibleName(tr("Templates"));
    m_newAction->setText(tr("New"));
    m_newAction->setToolTip(tr("Create a template"));
    m_duplicateAction->setText(tr("Duplicate…"));
    m_duplicateAction->setToolTip(tr("Create a copy of the selected template under another name"));
    m_renameAction->setText(tr("Rename…"));
    m_renameAction->setToolTip(tr("Rename the selected template (SES creates it anew and deletes the old one)"));
    m_deleteAction->setText(tr("Delete…"));
    m_deleteAction->setToolTip(tr("Delete the selected template from SES"));
    m_importAction->setText(tr("Import…"));
    m_importAction->setToolTip(
        tr("Open a template from a JSON file as aws sesv2 create-email-template --cli-input-json takes"));
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Save the template as JSON for aws sesv2 create-email-template --cli-input-json"));
    m_historyAction->setText(tr("History…"));
    m_historyAction->setToolTip(tr("Versions kept on this computer at every save: compare and restore"));
    m_sendTestAction->setText(tr("Send test email…"));
    m_sendTestAction->setToolTip(tr("Send this template to the mailbox simulator"));
    nameToolButtons(m_toolBar, m_toolBar->actions());
}

void TemplatesPane::setFileDialogs(FileDialogs *dialogs)
{
    m_fileDialogs = dialogs ? dialogs : m_defaultFileDialogs.get();
}

Ses::AccountScope TemplatesPane::scope() const
{
    return session() ? SendTestEmailCommand::scopeOf(*session()) : Ses::AccountScope{};
}

TemplateServices TemplatesPane::services() const
{
    TemplateServices s;
    s.session = sessionPtr();
    s.messageBoxes = context().messageBoxes;
    s.fileDialogs = m_fileDialogs;
    s.clock = context().clock;
    s.history = m_history;
    s.scope = scope();
    return s;
}

bool TemplatesPane::hasUnsavedChanges() const
{
    return m_editor->isModified();
}

bool TemplatesPane::confirmDiscard()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_editor->currentTemplate().templateName;
    const auto answer = context().messageBoxes->question(this,
        tr("Unsaved changes"),
        name.isEmpty() ? tr("The new template has not been saved. Discard it?")
                       : tr("The changes to the template \"%1\" have not been saved. Discard them?").arg(name),
        QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    dropDraft();
    m_editor->revert();
    return true;
}

QWidget *TemplatesPane::filterWidget() const
{
    return m_filterEdit;
}

QString TemplatesPane::copyText() const
{
    return selectedTemplate();
}

QString TemplatesPane::selectedTemplate() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const auto t = m_proxy->templateAt(rows.constFirst());
    return t ? t->templateName : QString();
}

void TemplatesPane::selectTemplate(const QString &name)
{
    const QModelIndex index = m_proxy->indexOfTemplate(name);
    if (index.isValid())
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void TemplatesPane::selectRow(const QString &name)
{
    m_changingSelection = true;
    const QModelIndex index = m_proxy->indexOfTemplate(name);
    if (index.isValid()) {
        m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
    }
    m_changingSelection = false;
    updateActions();
}

void TemplatesPane::updateActions()
{
    const bool connected = session() != nullptr;
    const bool selected = !selectedTemplate().isEmpty();
    m_newAction->setEnabled(connected && !m_busy);
    m_duplicateAction->setEnabled(connected && selected && !m_busy);
    m_renameAction->setEnabled(connected && selected && !m_busy);
    m_deleteAction->setEnabled(connected && selected && !m_busy);
    m_importAction->setEnabled(connected && !m_busy);
    m_exportAction->setEnabled(m_editor->hasTemplate());
    m_historyAction->setEnabled(connected && m_history && (selected || !m_editor->originalName().isEmpty()));
    m_sendTestAction->setEnabled(connected);
    m_editor->setBusy(m_busy);
}

// ---- Loading ----

void TemplatesPane::load()
{
    const quint64 gen = generation();
    // A late answer for an older reload or session is dropped by the generation check.
    session()->ses()->listAllEmailTemplates(this, [this, gen](Aws::Result<Ses::EmailTemplateList> r) {
        if (!isCurrent(gen) || r.isCancelled())
            return;
        if (r.isError()) {
            finishError(tr("Listing the templates failed"), r.error());
            return;
        }
        const QString open = m_editor->originalName();
        m_model->setTemplates(r.value().templates);
        if (!open.isEmpty())
            selectRow(open);
        updateActions();
        finishLoaded();
        offerDraftRecovery();
    });
}

void TemplatesPane::clearData()
{
    if (m_openJob)
        m_openJob->cancel();
    m_autosaveTimer->stop();
    m_model->clear();
    m_editor->clear();
    m_filterEdit->clear();
    updateActions();
}

void TemplatesPane::offerDraftRecovery()
{
    if (!m_drafts || !session() || m_editor->isModified())
        return;
    const QList<Ses::TemplateDraft> drafts = m_drafts->drafts(scope());
    if (drafts.isEmpty())
        return;
    const Ses::TemplateDraft draft = drafts.constLast(); // the newest; older ones are offered next time
    const QString name
        = draft.templateName.isEmpty() ? tr("a new template") : QStringLiteral("\"%1\"").arg(draft.templateName);
    const auto answer = context().messageBoxes->question(this,
        tr("Recover unsaved changes"),
        tr("SesDesk closed before the changes to %1 were saved (last edited %2). Restore them in the editor?")
            .arg(name, QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard,
        QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_drafts->remove(scope(), draft.key);
        return;
    }
    if (!draft.originalName.isEmpty() && m_model->indexOfTemplate(draft.originalName).isValid()) {
        openTemplate(draft.originalName, [this, draft](const Ses::EmailTemplate &saved) {
            m_editor->openDraft(draft, saved);
            updateActions();
        });
    } else {
        m_editor->openDraft(draft, std::nullopt);
        selectRow({});
    }
}

void TemplatesPane::onSelectionChanged()
{
    if (m_changingSelection)
        return;
    const QString name = selectedTemplate();
    updateActions();
    if (name.isEmpty() || name == m_editor->originalName())
        return;
    if (!confirmDiscard()) {
        selectRow(m_editor->originalName()); // stay on what is being edited
        return;
    }
    openTemplate(name);
}

void TemplatesPane::openTemplate(const QString &name, std::function<void(const Ses::EmailTemplate &)> then)
{
    if (!session())
        return;
    if (m_openJob)
        m_openJob->cancel();
    const quint64 gen = generation();
    m_openJob
        = session()->ses()->getEmailTemplate(name, this, [this, gen, name, then](Aws::Result<Ses::EmailTemplate> r) {
              if (!isCurrent(gen) || r.isCancelled())
                  return;
              if (r.isError()) {
                  showActionError(tr("Opening the template %1 failed").arg(name), r.error());
                  return;
              }
              m_editor->openTemplate(r.value());
              services().saver().recordBaseline(r.value());
              selectRow(name);
              if (then)
                  then(r.value());
              updateActions();
              Q_EMIT templateOpened(name);
          });
}

// ---- Drafts ----

void TemplatesPane::saveDraft()
{
    m_autosaveTimer->stop();
    if (!m_drafts || !session() || !m_editor->hasTemplate())
        return;
    if (!m_editor->isModified()) {
        dropDraft();
        return;
    }
    const Ses::LocalResult<Ses::TemplateDraft> saved = m_drafts->save(scope(), m_editor->draft());
    if (!saved.ok())
        showActionError(tr("Keeping a draft of the changes failed"),
            Aws::AwsError::local(
                Aws::AwsError::Kind::Configuration, QStringLiteral("DraftNotSaved"), saved.error().toString()));
}

void TemplatesPane::dropDraft()
{
    m_autosaveTimer->stop();
    if (m_drafts && session() && !m_editor->draftKey().isEmpty())
        m_drafts->remove(scope(), m_editor->draftKey());
}

// ---- Actions ----

void TemplatesPane::newTemplate()
{
    if (!session() || !confirmDiscard())
        return;
    dropDraft();
    selectRow({});
    m_editor->newTemplate();
    updateActions();
}

void TemplatesPane::saveTemplate()
{
    if (!session() || !m_editor->hasTemplate() || !m_editor->isModified() || m_busy)
        return;
    const Ses::EmailTemplate current = m_editor->currentTemplate();
    const bool create = m_editor->isNew();
    const QString oldDraft = m_editor->draftKey();
    auto *command = new SaveTemplateCommand(services(), current, create, this);
    m_busy = true;
    updateActions();
    connect(command,
        &Command::finished,
        this,
        [this, command, create, oldDraft, gen = generation()](Command::Outcome outcome) {
            if (!isCurrent(gen))
                return;
            m_busy = false;
            if (outcome == Command::Outcome::Failed)
                showActionError(
                    create ? tr("Creating the template failed") : tr("Saving the template failed"), command->error());
            if (outcome == Command::Outcome::Succeeded) {
                errorBanner()->hide();
                const Ses::EmailTemplate saved = command->savedTemplate();
                if (m_drafts)
                    m_drafts->remove(scope(), oldDraft);
                m_editor->markSaved(saved);
                if (create)
                    m_model->addTemplate({saved.templateName,
                        context().clock ? context().clock->nowUtc() : QDateTime::currentDateTimeUtc()});
                selectRow(saved.templateName);
                if (!command->historyError().isEmpty())
                    context().messageBoxes->warning(this,
                        tr("Template history"),
                        tr("The template was saved, but no local version was kept: %1").arg(command->historyError()));
            }
            updateActions();
            Q_EMIT actionFinished(outcome == Command::Outcome::Succeeded);
        });
    command->start();
}

void TemplatesPane::discardChanges()
{
    if (!m_editor->isModified())
        return;
    confirmDiscard();
    updateActions();
}

void TemplatesPane::deleteTemplate()
{
    const QString name = selectedTemplate();
    if (!session() || name.isEmpty())
        return;
    auto *command = new DeleteTemplateCommand(services(), name, this);
    connect(command, &Command::finished, this, [this, command, name, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Deleting the template failed"), command->error());
        if (outcome == Command::Outcome::Succeeded) {
            if (m_editor->originalName() == name) {
                dropDraft();
                m_editor->clear();
            }
            m_model->removeTemplate(name);
            updateActions();
        }
        Q_EMIT actionFinished(outcome == Command::Outcome::Succeeded);
    });
    command->start();
}

void TemplatesPane::renameTemplate()
{
    const QString name = selectedTemplate();
    if (!session() || name.isEmpty())
        return;
    if (m_editor->originalName() == name && !confirmDiscard())
        return;
    auto *command = new RenameTemplateCommand(
        services(), name, m_model->templateNames(), RenameTemplateCommand::Mode::Rename, this);
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Renaming the template failed"), command->error());
        if (command->copyCreated()) {
            m_model->addTemplate({command->newName(), QDateTime::currentDateTimeUtc()});
            if (outcome == Command::Outcome::Succeeded)
                m_model->removeTemplate(command->oldName());
            selectTemplate(command->newName());
        }
        Q_EMIT actionFinished(outcome == Command::Outcome::Succeeded);
    });
    command->start();
}

void TemplatesPane::duplicateTemplate()
{
    const QString name = selectedTemplate();
    if (!session() || name.isEmpty())
        return;
    auto *command = new RenameTemplateCommand(
        services(), name, m_model->templateNames(), RenameTemplateCommand::Mode::Duplicate, this);
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        if (outcome == Command::Outcome::Failed)
            showActionError(tr("Duplicating the template failed"), command->error());
        if (outcome == Command::Outcome::Succeeded) {
            m_model->addTemplate({command->newName(), QDateTime::currentDateTimeUtc()});
            selectTemplate(command->newName());
        }
        Q_EMIT actionFinished(outcome == Command::Outcome::Succeeded);
    });
    command->start();
}

void TemplatesPane::importTemplate()
{
    if (!session() || !confirmDiscard())
        return;
    auto *command = new ImportTemplateCommand(services(), this);
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen) || outcome != Command::Outcome::Succeeded)
            return;
        const Ses::EmailTemplate imported = command->importedTemplate();
        if (m_model->indexOfTemplate(imported.templateName).isValid()) {
            // It exists: open it and put the file's content in as an unsaved change to review.
            openTemplate(imported.templateName, [this, imported](const Ses::EmailTemplate &) {
                m_editor->replaceContent(imported.content);
                updateActions();
            });
        } else {
            dropDraft();
            selectRow({});
            m_editor->newTemplate(imported.templateName, imported.content);
            updateActions();
        }
    });
    command->start();
}

void TemplatesPane::exportTemplate()
{
    if (!m_editor->hasTemplate())
        return;
    auto *command = new ExportTemplateCommand(services(), m_editor->currentTemplate(), this);
    command->start();
}

void TemplatesPane::showHistory()
{
    QString name = m_editor->originalName();
    if (name.isEmpty())
        name = selectedTemplate();
    if (!session() || name.isEmpty())
        return;
    auto *command = new TemplateHistoryCommand(services(), name, m_model->indexOfTemplate(name).isValid(), this);
    connect(command,
        &TemplateHistoryCommand::restored,
        this,
        [this, gen = generation()](const QString &restoredName, const Ses::TemplateVersion &snapshot) {
            if (!isCurrent(gen))
                return;
            if (!m_model->indexOfTemplate(restoredName).isValid())
                m_model->addTemplate({restoredName, QDateTime::currentDateTimeUtc()});
            if (m_editor->originalName() == restoredName || !m_editor->isModified()) {
                Ses::EmailTemplate t;
                t.templateName = restoredName;
                t.content = snapshot.content;
                m_editor->openTemplate(t);
                selectRow(restoredName);
            }
            Q_EMIT actionFinished(true);
        });
    command->start();
}

void TemplatesPane::previewTemplate()
{
    if (!session() || !m_editor->hasTemplate())
        return;
    if (!m_editor->sampleDataValid()) {
        m_editor->preview()->setFailure(tr("the sample data is not valid JSON."));
        Q_EMIT previewFinished(false);
        return;
    }
    const bool storedAsIs = !m_editor->isNew() && !m_editor->isModified();
    auto *command
        = new PreviewTemplateCommand(services(), m_editor->currentTemplate(), storedAsIs, m_editor->sampleData(), this);
    m_editor->preview()->setBusy(true);
    connect(command, &Command::finished, this, [this, command, gen = generation()](Command::Outcome outcome) {
        if (!isCurrent(gen))
            return;
        m_editor->preview()->setBusy(false);
        if (outcome == Command::Outcome::Succeeded)
            m_editor->preview()->setRenderedMime(command->renderedMime());
        else if (outcome == Command::Outcome::Failed)
            m_editor->preview()->setFailure(
                command->error().message.isEmpty() ? command->error().toString() : command->error().message);
        Q_EMIT previewFinished(outcome == Command::Outcome::Succeeded);
    });
    command->start();
}

void TemplatesPane::sendTestEmail()
{
    if (!session())
        return;
    std::optional<Ses::TestEmail> preset;
    if (!m_editor->originalName().isEmpty()) {
        Ses::TestEmail e;
        e.content = Ses::TestEmail::Content::Template;
        e.templateName = m_editor->originalName();
        e.templateData = m_editor->sampleData();
        preset = e;
    }
    auto *command = new SendTestEmailCommand(sessionPtr(), context(), this, preset);
    command->start();
}

} // namespace Views
