#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QStringList>

#include "models/ses/ConfigurationSetTypes.h"

#include "views/commands/Command.h"
#include "views/panes/Pane.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace Items
{
class ConfigurationSetFilterModel;
class ConfigurationSetListModel;
} // namespace Items
namespace Ses
{
class PagedCall;
}

namespace Views
{

class ConfigurationSetActions;
class ConfigurationSetView;

/// The configuration sets of the account in the region: a list filtered as the user types
/// (loaded page by page) beside the selected set's details, as the SES console shows them:
/// every option group, each saved with its Put*Options call, and the event destinations, added,
/// edited, enabled or disabled and deleted there. Sets are created and deleted here too.
class ConfigurationSetsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationSetsPane)

public:
    explicit ConfigurationSetsPane(const PaneContext &context, QWidget *parent = nullptr);
    ~ConfigurationSetsPane() override;

    QString id() const override;
    QString title() const override;
    QWidget *filterWidget() const override;
    QString copyText() const override;
    bool hasUnsavedChanges() const override;

    Items::ConfigurationSetListModel *model() const
    {
        return m_model;
    }
    ConfigurationSetView *view() const
    {
        return m_view;
    }
    ConfigurationSetActions *actions() const
    {
        return m_actions;
    }
    /// The set selected in the list; empty when none.
    QString selectedConfigurationSet() const;
    /// Selects a set in the list (as a click would), loading its details.
    void selectConfigurationSet(const QString &name);
    /// Whether a command (save, create, delete...) is running.
    bool isBusy() const
    {
        return m_busy;
    }

public Q_SLOTS:
    void createConfigurationSet();
    void deleteSelected();
    void addEventDestination();

Q_SIGNALS:
    /// The selected set's details and event destinations are shown (after loading them).
    void configurationSetLoaded(const QString &name);
    /// A command ended (tests wait on it): succeeded, failed or cancelled.
    void actionFinished(bool succeeded);

protected:
    void load() override;
    void clearData() override;
    void retranslate() override;

private:
    QWidget *buildEmptyState();
    void onPageLoaded(int rows, bool more);
    void onLoadFailed(const Aws::AwsError &error);
    void onSelectionChanged();
    void loadDetails(const QString &name);
    void showPlaceholder();
    void updateActions();
    void updateSummary();
    void saveOptions(const Ses::ConfigurationSetOptionsChange &change);
    void editDestination(const std::optional<Ses::EventDestination> &existing);
    void setDestinationEnabled(const Ses::EventDestination &destination, bool enabled);
    void deleteDestination(const Ses::EventDestination &destination);
    /// Runs a command that changes the shown set: busy while it runs, the set read again after.
    void runOnShownSet(Command *command, const std::function<void(Command::Outcome)> &after);

    Items::ConfigurationSetListModel *m_model;
    Items::ConfigurationSetFilterModel *m_proxy;
    ConfigurationSetActions *m_actions;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QLabel *m_summary;
    QStackedWidget *m_listStack;
    QTableView *m_table;
    QWidget *m_emptyState;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyCreateButton;
    QStackedWidget *m_detailStack;
    QLabel *m_placeholder;
    ConfigurationSetView *m_view;
    QStringList m_poolNames;
    QPointer<Ses::PagedCall> m_poolListing;
    QString m_shown; ///< the set whose details are shown or loading
    QString m_previousSelection;
    QString m_selectDestination; ///< to select when the destinations are read again
    quint64 m_detailGeneration = 0;
    quint64 m_awaitingFirstPage = 0;
    bool m_busy = false;
    bool m_revertingSelection = false;
};

} // namespace Views
