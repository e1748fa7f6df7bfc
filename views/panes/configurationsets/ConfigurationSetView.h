#pragma once

#include <optional>

#include <QList>
#include <QWidget>

#include "models/ses/ConfigurationSetTypes.h"

class QLabel;
class QTabWidget;

namespace Views
{

class DeliveryOptionsSection;
class EventDestinationsView;
class OptionsSection;
class StatusBadge;
class TrackingOptionsSection;

/// One configuration set in detail, as the SES console's page: the name and sending status,
/// an Options tab with every option group (each saved with its own Put*Options call) and an
/// Event destinations tab. It shows; the pane loads and runs the commands.
class ConfigurationSetView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationSetView)

public:
    explicit ConfigurationSetView(QWidget *parent = nullptr);

    void showSet(const Ses::ConfigurationSet &set);
    void showDestinations(const QList<Ses::EventDestination> &destinations);
    void clear();
    const std::optional<Ses::ConfigurationSet> &configurationSet() const
    {
        return m_set;
    }
    /// The region of the session (tracking domain note, ARN checks).
    void setRegion(const QString &region);
    void setPoolNames(const QStringList &names);
    void setBusy(bool busy);
    bool hasUnsavedChanges() const;
    EventDestinationsView *destinationsView() const
    {
        return m_destinations;
    }
    QList<OptionsSection *> sections() const
    {
        return m_sections;
    }
    void showOptionsTab();
    void showDestinationsTab();
    void retranslate();

Q_SIGNALS:
    /// A section asks to save its group.
    void optionsSaveRequested(const Ses::ConfigurationSetOptionsChange &change);

private:
    void updateHeader();

    QLabel *m_nameLabel;
    StatusBadge *m_sendingBadge;
    QLabel *m_summaryLabel;
    QTabWidget *m_tabs;
    DeliveryOptionsSection *m_delivery;
    TrackingOptionsSection *m_tracking;
    QList<OptionsSection *> m_sections;
    EventDestinationsView *m_destinations;
    QWidget *m_optionsPage;
    std::optional<Ses::ConfigurationSet> m_set;
    int m_destinationCount = -1;
};

} // namespace Views
