#pragma once

#include <QLabel>

#include "views/widgets/Tone.h"

namespace Views
{

/// A short status in a rounded, tinted box ("Healthy", "At risk"): the tone's background, its
/// accent as the border, the palette's text colour. Its accessible name says the status.
class StatusBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    explicit StatusBadge(QWidget *parent = nullptr);

    /// caption names what the status is about, for screen readers ("Bounce rate").
    void setStatus(const QString &text, Tone tone, const QString &caption = {});
    Tone tone() const
    {
        return m_tone;
    }
    void clear();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Tone m_tone = Tone::Information;
    QString m_caption;
};

} // namespace Views
