#pragma once

#include <QFrame>

class QLabel;

namespace Views
{

/// One quota figure as a gauge: a title, the figure in large type, a caption and, when there
/// is a maximum, a bar of how much is used (tinted as it nears the limit).
class QuotaGauge final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaGauge)

public:
    explicit QuotaGauge(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    /// The big figure ("1,234"), the caption under it ("37% of 50,000 used").
    void setFigure(const QString &figure, const QString &caption);
    QString figure() const;
    QString caption() const;
    /// Fraction used in [0, 1+]; negative hides the bar.
    void setFraction(double fraction);
    double fraction() const
    {
        return m_fraction;
    }
    void clear();

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibility();
    QRect barRect() const;

    QLabel *m_title;
    QLabel *m_figure;
    QLabel *m_caption;
    double m_fraction = -1;
};

} // namespace Views
