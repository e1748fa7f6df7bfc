#pragma once

#include <QLabel>

namespace Views
{

/// The centred, muted text a pane shows when there is nothing to list ("No identities yet")
/// or nothing to show ("Not connected").
class EmptyStateLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateLabel)

public:
    explicit EmptyStateLabel(QWidget *parent = nullptr);
};

} // namespace Views
