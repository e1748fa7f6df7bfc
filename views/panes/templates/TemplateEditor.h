#pragma once

#include <optional>

#include <QWidget>

#include "models/ses/TemplateDraft.h"
#include "models/ses/TemplateFinding.h"
#include "models/ses/TemplateTypes.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace Views
{

class HandlebarsHighlighter;
class JsonDataEdit;
class TemplatePreview;

/// Edits one SES template: name, subject, and the HTML and text parts side by side with
/// Handlebars highlighting; lists the variables the parts use; takes sample data as JSON
/// (checked as you type); runs the guide's pre-save checks as you type and underlines what they
/// find; and holds the preview. It knows the version it started from, so it can tell whether
/// there are unsaved changes and go back to it.
class TemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateEditor)

public:
    explicit TemplateEditor(QWidget *parent = nullptr);
    ~TemplateEditor() override;

    /// Edits a template as SES has it.
    void openTemplate(const Ses::EmailTemplate &emailTemplate);
    /// Starts a template that does not exist in SES yet (name and content may be prefilled, as
    /// for an import or a duplicate).
    void newTemplate(const QString &name = {}, const Ses::EmailTemplateContent &content = {});
    /// Puts a recovered draft back: onto the saved template when there is one, else as new.
    void openDraft(const Ses::TemplateDraft &draft, const std::optional<Ses::EmailTemplate> &saved);
    /// Replaces the parts as if the user had typed them (an import onto an existing template):
    /// the result is an unsaved change.
    void replaceContent(const Ses::EmailTemplateContent &content);
    /// Nothing to edit.
    void clear();

    bool hasTemplate() const
    {
        return m_open;
    }
    bool isNew() const
    {
        return m_open && m_saved.templateName.isEmpty();
    }
    bool isModified() const;
    /// The SES template this edits; empty for a new one.
    QString originalName() const
    {
        return m_saved.templateName;
    }
    /// Name and content as edited (tags as SES had them).
    Ses::EmailTemplate currentTemplate() const;
    /// The edits are now what SES has (after a save).
    void markSaved(const Ses::EmailTemplate &saved);
    /// Drops the edits: back to what SES has, or to nothing for a new template.
    void revert();

    QString sampleData() const;
    void setSampleData(const QString &json);
    bool sampleDataValid() const;
    Ses::TemplateFindings findings() const
    {
        return m_findings;
    }
    bool hasErrors() const;
    /// The draft that keeps the current edits.
    Ses::TemplateDraft draft() const;
    QString draftKey() const
    {
        return m_draftKey;
    }

    TemplatePreview *preview() const
    {
        return m_preview;
    }
    /// Shows that a save or a preview is running (editing stays possible).
    void setBusy(bool busy);

Q_SIGNALS:
    /// The name or content was edited (not emitted by open*/revert).
    void edited();
    void modifiedChanged(bool modified);
    void saveRequested();
    void discardRequested();
    void previewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load(const QString &name, const Ses::EmailTemplateContent &content);
    void onEdited();
    void runChecks();
    void updateVariables();
    void updateState();
    void jumpTo(QListWidgetItem *item);

    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_subjectLabel;
    QLineEdit *m_subjectEdit;
    QLabel *m_htmlLabel;
    QPlainTextEdit *m_htmlEdit;
    QLabel *m_textLabel;
    QPlainTextEdit *m_textEdit;
    HandlebarsHighlighter *m_htmlHighlighter;
    HandlebarsHighlighter *m_textHighlighter;
    QTabWidget *m_dataTabs;
    JsonDataEdit *m_sampleData;
    QListWidget *m_variablesList;
    TemplatePreview *m_preview;
    QLabel *m_checksLabel;
    QListWidget *m_findingsList;
    QLabel *m_stateLabel;
    QLabel *m_sizeLabel;
    QPushButton *m_discardButton;
    QPushButton *m_saveButton;
    QTimer *m_checkTimer;

    bool m_open = false;
    bool m_loading = false;
    bool m_wasModified = false;
    bool m_busy = false;
    Ses::EmailTemplate m_saved;
    Ses::EmailTemplate m_lastSeen; ///< What onEdited last saw (highlighting alone is no edit).
    QString m_draftKey;
    Ses::TemplateFindings m_findings;
};

} // namespace Views
