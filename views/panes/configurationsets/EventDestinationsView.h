#pragma once

#include <optional>

#include <QWidget>

#include "models/ses/ConfigurationSetTypes.h"

class QLabel;
class QPushButton;
class QTableView;

namespace Items
{
class EventDestinationModel;
}

namespace Views
{

/// The event destinations of a configuration set, as the console's "Event destinations" tab:
/// name, destination, event types, publishing; buttons to add (at most 10), edit, enable or
/// disable, and delete. The pane runs the commands these request.
class EventDestinationsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDestinationsView)

public:
    explicit EventDestinationsView(QWidget *parent = nullptr);

    void setDestinations(const QList<Ses::EventDestination> &destinations);
    void clear();
    Items::EventDestinationModel *model() const
    {
        return m_model;
    }
    std::optional<Ses::EventDestination> selectedDestination() const;
    void selectDestination(const QString &name);
    /// While a change runs, the buttons are off.
    void setBusy(bool busy);
    void retranslate();

Q_SIGNALS:
    void addRequested();
    void editRequested(const Ses::EventDestination &destination);
    void setEnabledRequested(const Ses::EventDestination &destination, bool enabled);
    void deleteRequested(const Ses::EventDestination &destination);

private:
    void updateButtons();

    Items::EventDestinationModel *m_model;
    QTableView *m_table;
    QLabel *m_countLabel;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_toggleButton;
    QPushButton *m_deleteButton;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace Views
