#pragma once

#include <memory>

#include <QDialog>

#include "models/ses/TemplateVersion.h"

namespace Ui
{
class TemplateHistoryDialog;
}
namespace Items
{
class TemplateVersionModel;
}

namespace Views
{

/// A template's local version history: every saved version, newest first; select one to see
/// what it changed (against the version before it) or two to compare them, part by part and
/// line by line; restore the selected version.
class TemplateHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateHistoryDialog)

public:
    explicit TemplateHistoryDialog(const QString &templateName, QWidget *parent = nullptr);
    ~TemplateHistoryDialog() override;

    void setVersions(const QList<Ses::TemplateVersion> &versions);
    Items::TemplateVersionModel *model() const
    {
        return m_model;
    }
    /// Selects the given versions (one or two) in the table, as a user would.
    void selectVersions(const QList<int> &versions);
    /// The versions compared now (older first); empty when nothing is selected.
    QList<int> comparedVersions() const
    {
        return m_compared;
    }
    QString diffText() const;
    void setBusy(bool busy);

Q_SIGNALS:
    void restoreRequested(const Ses::TemplateVersion &version);

private:
    void updateDiff();
    static QString diffHtml(
        const Ses::TemplateVersion &older, const Ses::TemplateVersion &newer, const QPalette &palette);

    std::unique_ptr<Ui::TemplateHistoryDialog> m_ui;
    Items::TemplateVersionModel *m_model;
    QString m_templateName;
    QList<int> m_compared;
    bool m_busy = false;
};

} // namespace Views
