#pragma once

#include <QDate>
#include <QWidget>

#include "models/items/SuppressionListItems.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace Views
{

/// The filters of the suppression list, as ListSuppressedDestinations takes them: the reason
/// (any, bounce, complaint) and an optional first and last day of the last update (local days,
/// both inclusive). Emits filterChanged() whenever one changes.
class SuppressionFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuppressionFilterBar)

public:
    explicit SuppressionFilterBar(QWidget *parent = nullptr);

    Items::SuppressionList::Filter filter() const;
    /// Puts the controls back to "everything", the date fields on today.
    void reset(const QDate &today);
    void retranslate();

Q_SIGNALS:
    void filterChanged();

private:
    void onChanged();

    QLabel *m_reasonLabel;
    QComboBox *m_reasonCombo;
    QCheckBox *m_fromCheck;
    QDateEdit *m_fromEdit;
    QCheckBox *m_toCheck;
    QDateEdit *m_toEdit;
    bool m_resetting = false;
};

} // namespace Views
