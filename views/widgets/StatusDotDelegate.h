#pragma once

#include <functional>
#include <optional>

#include <QStyledItemDelegate>

#include "views/widgets/Tone.h"

namespace Views
{

/// Draws a cell's text after a small dot in the tone of its semantic status (the model gives a
/// status enum in a role; toneFor maps it to a tone, or none for no dot). The text keeps the
/// palette's colour, so it reads in light and dark themes alike.
class StatusDotDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDotDelegate)

public:
    using ToneFor = std::function<std::optional<Tone>(const QModelIndex &)>;

    StatusDotDelegate(ToneFor toneFor, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ToneFor m_toneFor;
};

} // namespace Views
