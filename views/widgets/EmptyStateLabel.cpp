#include "views/widgets/EmptyStateLabel.h"

namespace Views
{

EmptyStateLabel::EmptyStateLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("emptyStateLabel"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
}

} // namespace Views
