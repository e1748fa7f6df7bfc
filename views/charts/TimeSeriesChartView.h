#pragma once

#include <QChartView>
#include <QHash>
#include <QList>
#include <QPointer>

#include "views/widgets/Tone.h"

class QAbstractItemModel;
class QDateTimeAxis;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace Items
{
class TimeSeriesModel;
}

namespace Views
{

class PercentProxyModel;

/// A QtCharts time-series chart of some columns of an Items::TimeSeriesModel: one line per
/// contiguous run of values (QVXYModelMapper on the model's rows, so gaps stay gaps and the
/// chart shows exactly what the table shows), horizontal threshold lines with labels, a legend
/// whose entries toggle their series, hover tooltips with the exact time and values, and zoom
/// and pan: rubber band, mouse wheel, middle-button or Shift+drag, keyboard (+, -, arrows,
/// 0 to reset). Ratio columns are drawn as percentages.
class TimeSeriesChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeSeriesChartView)

public:
    explicit TimeSeriesChartView(QWidget *parent = nullptr);
    ~TimeSeriesChartView() override;

    /// Draws the given series keys ("DeliveryAttempts"...) of model; redraws on every reset.
    void setModel(Items::TimeSeriesModel *model, const QStringList &seriesKeys);
    void setSeriesColor(const QString &key, const QColor &color);
    /// A horizontal line at value (in the model's unit: a ratio for ratio columns).
    void addThreshold(double value, const QString &label, Tone tone);
    void setTitle(const QString &title);
    /// Series drawn against a second value axis on the right (small counts next to large ones).
    void setSecondaryKeys(const QStringList &keys);
    /// Titles of the left and right value axes.
    void setAxisTitles(const QString &primary, const QString &secondary = {});

    /// Points drawn for a series (all its segments), and the number of segments.
    int pointCount(const QString &key) const;
    int segmentCount(const QString &key) const;
    bool isSeriesVisible(const QString &key) const;
    void setSeriesVisible(const QString &key, bool visible);
    /// The first segment of a series: its legend entry toggles the series.
    QLineSeries *legendSeries(const QString &key) const;
    QList<QLineSeries *> thresholdSeries() const;
    /// The labels drawn at the right end of the threshold lines (those inside the plot).
    QStringList thresholdLabels() const;

    /// The tooltip for a model row: the bucket's time and every drawn series' value.
    QString tooltipText(int row) const;
    /// The model row whose bucket holds x (ms since the epoch), or -1.
    int rowAt(qint64 msecs) const;

    bool isZoomed() const;
    /// Saves what the chart shows as a PNG (atomically); false with errorString() set.
    bool savePng(const QString &path);
    QString errorString() const
    {
        return m_error;
    }

public Q_SLOTS:
    void resetZoom();
    void zoomBy(double factor);
    void panBy(double fractionOfWidth);

Q_SIGNALS:
    /// The chart was rebuilt from the model.
    void rebuilt();
    /// A series was shown or hidden from the legend.
    void seriesVisibilityChanged(const QString &key, bool visible);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Threshold {
        double value;
        QString label;
        Tone tone;
        QLineSeries *series = nullptr;
        QGraphicsRectItem *plate = nullptr; ///< Behind the label; owns it.
        QGraphicsSimpleTextItem *text = nullptr;
    };

    void removeSeries();
    void rebuild();
    void addSegment(const QString &key, int column, int firstRow, int rowCount);
    void updateAxes();
    void updateTicks();
    void updateThresholdLabels();
    void applyPalette();
    void applyPlateColor();
    bool isRatio() const;
    QColor colorFor(const QString &key) const;
    void onHovered(const QPointF &point, bool state);
    void onMarkerClicked(const QString &key);

    QPointer<Items::TimeSeriesModel> m_model;
    PercentProxyModel *m_percent;
    QStringList m_keys;
    QHash<QString, QColor> m_colors;
    QHash<QString, QList<QLineSeries *>> m_segments;
    QHash<QString, bool> m_hidden;
    QList<Threshold> m_thresholds;
    QDateTimeAxis *m_xAxis;
    QValueAxis *m_yAxis;
    QValueAxis *m_y2Axis;
    QStringList m_secondaryKeys;
    QPoint m_panOrigin;
    bool m_panning = false;
    QString m_error;
};

} // namespace Views
