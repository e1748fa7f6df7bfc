#pragma once

#include <QToolBar>

#include "models/connection/ProfileRef.h"

class QComboBox;
class QLabel;

namespace Items
{
class ProfileListModel;
}

namespace Views
{

/// The toolbar's connection switchers: the profile (Local Sandbox, SesDesk and AWS CLI
/// profiles) and the region. Emits a request when the user picks one; the main window decides
/// (it may ask about unsaved changes) and then calls setCurrent().
class ConnectionToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionToolBar)

public:
    ConnectionToolBar(Items::ProfileListModel *profiles, QWidget *parent = nullptr);

    /// Shows profile and region as current without emitting anything.
    void setCurrent(const Connection::ProfileRef &profile, const QString &region);
    QComboBox *profileCombo() const
    {
        return m_profileCombo;
    }
    QComboBox *regionCombo() const
    {
        return m_regionCombo;
    }
    void retranslate();

Q_SIGNALS:
    void profileRequested(const Connection::ProfileRef &profile);
    void regionRequested(const QString &region);

private:
    void fillRegions();
    void onProfileActivated(int row);
    void onRegionActivated(int row);

    Items::ProfileListModel *m_profiles;
    QLabel *m_profileLabel;
    QComboBox *m_profileCombo;
    QLabel *m_regionLabel;
    QComboBox *m_regionCombo;
    Connection::ProfileRef m_current;
    QString m_region;
};

} // namespace Views
