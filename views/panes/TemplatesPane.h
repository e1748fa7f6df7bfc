#pragma once

#include <memory>
#include <optional>

#include <QPointer>

#include "models/aws/Clock.h"
#include "models/ses/AccountScope.h"
#include "models/ses/TemplateDraftStore.h"
#include "models/ses/TemplateTypes.h"
#include "models/ses/TemplateVersionStore.h"

#include "views/commands/TemplateServices.h"
#include "views/panes/Pane.h"

class QAction;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace Aws
{
class AwsJob;
}
namespace Items
{
class TemplateFilterProxyModel;
class TemplateListModel;
} // namespace Items

namespace Views
{

class FileDialogs;
class TemplateEditor;

/// The Templates pane: the account's email templates (filter as you type) beside the editor.
/// Create, duplicate, rename, delete, import and export templates, preview them through SES,
/// see and restore their local version history, and send a test email with one. Unsaved edits
/// are never lost: switching template, profile or region, or closing, asks first, and the edits
/// are kept as a draft that a crash does not lose (offered back on the next start).
class TemplatesPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesPane)

public:
    explicit TemplatesPane(const PaneContext &context, QWidget *parent = nullptr);
    ~TemplatesPane() override;

    QString id() const override;
    QString title() const override;
    bool hasUnsavedChanges() const override;
    bool confirmDiscard() override;
    QWidget *filterWidget() const override;
    QString copyText() const override;

    /// Replaces the file dialogs (tests).
    void setFileDialogs(FileDialogs *dialogs);
    TemplateEditor *editor() const
    {
        return m_editor;
    }
    Items::TemplateListModel *templateModel() const
    {
        return m_model;
    }
    /// The template selected in the table; empty when none.
    QString selectedTemplate() const;
    /// Selects a template in the table (as a click would; opens it).
    void selectTemplate(const QString &name);

public Q_SLOTS:
    void newTemplate();
    void saveTemplate();
    void discardChanges();
    void deleteTemplate();
    void renameTemplate();
    void duplicateTemplate();
    void importTemplate();
    void exportTemplate();
    void showHistory();
    void previewTemplate();
    void sendTestEmail();

Q_SIGNALS:
    /// A template was opened in the editor (after GetEmailTemplate answered).
    void templateOpened(const QString &name);
    /// A save, delete, rename, duplicate or restore finished (tests wait on it).
    void actionFinished(bool succeeded);
    /// A preview was rendered, or failed.
    void previewFinished(bool succeeded);

protected:
    void load() override;
    void clearData() override;
    void retranslate() override;

private:
    void createActions();
    void updateActions();
    void onSelectionChanged();
    void openTemplate(const QString &name, std::function<void(const Ses::EmailTemplate &)> then = {});
    void offerDraftRecovery();
    void saveDraft();
    void dropDraft();
    void selectRow(const QString &name);
    TemplateServices services() const;
    Ses::AccountScope scope() const;

    Aws::SystemClock m_systemClock; ///< When the context brings no clock.
    Items::TemplateListModel *m_model;
    Items::TemplateFilterProxyModel *m_proxy;
    QLineEdit *m_filterEdit;
    QTableView *m_table;
    QToolBar *m_toolBar;
    TemplateEditor *m_editor;
    QTimer *m_autosaveTimer;
    QAction *m_newAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_sendTestAction = nullptr;
    std::unique_ptr<FileDialogs> m_defaultFileDialogs;
    FileDialogs *m_fileDialogs;
    std::optional<Ses::TemplateDraftStore> m_drafts;
    std::optional<Ses::TemplateVersionStore> m_history;
    QPointer<Aws::AwsJob> m_openJob;
    bool m_changingSelection = false;
    bool m_busy = false;
};

} // namespace Views
