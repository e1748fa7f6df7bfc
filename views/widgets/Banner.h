#pragma once

#include <QFrame>

#include "views/widgets/Tone.h"

class QHBoxLayout;
class QLabel;
class QAbstractButton;

namespace Views
{

/// A message strip above a pane's content (KMessageWidget-like): a tone, a bold title, a text
/// and optional buttons. Its colours follow the palette.
class Banner : public QFrame
{
    Q_OBJECT

public:
    explicit Banner(QWidget *parent = nullptr);

    void setTone(Tone tone);
    Tone tone() const
    {
        return m_tone;
    }
    void setTitle(const QString &title);
    QString title() const;
    void setText(const QString &text);
    QString text() const;
    /// Adds a button on the right; the banner owns it.
    void addButton(QAbstractButton *button);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibleDescription();

    Tone m_tone = Tone::Information;
    QLabel *m_titleLabel;
    QLabel *m_textLabel;
    QHBoxLayout *m_buttons;
};

} // namespace Views
