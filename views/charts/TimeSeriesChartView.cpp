#include "views/charts/TimeSeriesChartView.h"

#include <cmath>

#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSaveFile>
#include <QToolTip>
#include <QVXYModelMapper>
#include <QValueAxis>

#include "models/items/TimeSeriesModel.h"
#include "models/items/TimeSeriesRoles.h"

#include "views/charts/PercentProxyModel.h"

namespace Views
{

namespace
{

constexpr int TimeColumn = Items::TimeSeriesRoles::TimeColumn;

QString formatValue(double value, bool ratio)
{
    if (ratio)
        return QStringLiteral("%1%").arg(QLocale().toString(value * 100.0, 'f', value < 0.01 ? 3 : 2));
    return QLocale().toString(static_cast<qlonglong>(std::llround(value)));
}

} // namespace

TimeSeriesChartView::TimeSeriesChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_percent(new PercentProxyModel(this))
    , m_xAxis(new QDateTimeAxis(this))
    , m_yAxis(new QValueAxis(this))
    , m_y2Axis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_yAxis, Qt::AlignLeft);
    chart()->addAxis(m_y2Axis, Qt::AlignRight);
    m_y2Axis->setVisible(false);
    m_xAxis->setTickCount(7);
    m_yAxis->setMin(0);
    // The mappers read the proxy: drop them before it resets, so none reads rows that are gone.
    connect(m_percent, &QAbstractItemModel::modelAboutToBeReset, this, &TimeSeriesChartView::removeSeries);
    connect(m_percent, &QAbstractItemModel::modelReset, this, &TimeSeriesChartView::rebuild);
    connect(chart(), &QChart::plotAreaChanged, this, &TimeSeriesChartView::updateThresholdLabels);
    connect(m_xAxis, &QDateTimeAxis::rangeChanged, this, &TimeSeriesChartView::updateThresholdLabels);
    connect(m_yAxis, &QValueAxis::rangeChanged, this, &TimeSeriesChartView::updateThresholdLabels);
    applyPalette();
}

TimeSeriesChartView::~TimeSeriesChartView() = default;

void TimeSeriesChartView::setModel(Items::TimeSeriesModel *model, const QStringList &seriesKeys)
{
    m_model = model;
    m_keys = seriesKeys;
    m_percent->setSourceModel(model);
    rebuild();
}

void TimeSeriesChartView::setSeriesColor(const QString &key, const QColor &color)
{
    m_colors.insert(key, color);
    for (QLineSeries *s : m_segments.value(key))
        s->setColor(color);
}

void TimeSeriesChartView::addThreshold(double value, const QString &label, Tone tone)
{
    m_thresholds.append({value, label, tone});
    rebuild();
}

void TimeSeriesChartView::setSecondaryKeys(const QStringList &keys)
{
    m_secondaryKeys = keys;
    m_y2Axis->setVisible(!keys.isEmpty());
    rebuild();
}

void TimeSeriesChartView::setAxisTitles(const QString &primary, const QString &secondary)
{
    m_yAxis->setTitleText(primary);
    m_y2Axis->setTitleText(secondary);
}

void TimeSeriesChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
    setAccessibleName(title);
}

bool TimeSeriesChartView::isRatio() const
{
    if (!m_model || m_keys.isEmpty())
        return false;
    const int column = m_model->columnForSeries(m_keys.first());
    return column >= 0 && m_model->table().columns().at(column - 1).kind == Ses::SeriesKind::Ratio;
}

QColor TimeSeriesChartView::colorFor(const QString &key) const
{
    return m_colors.value(key, toneAccent(Tone::Information));
}

void TimeSeriesChartView::removeSeries()
{
    for (Threshold &t : m_thresholds) {
        delete t.plate; // and the text on it
        t.plate = nullptr;
        t.text = nullptr;
        t.series = nullptr;
    }
    chart()->removeAllSeries(); // deletes the series and the mappers they own
    m_segments.clear();
}

void TimeSeriesChartView::rebuild()
{
    removeSeries();
    if (m_model) {
        for (const QString &key : m_keys) {
            const int column = m_model->columnForSeries(key);
            if (column < 0)
                continue;
            const QList<Ses::RowRun> runs = m_model->runs(column);
            if (runs.isEmpty())
                addSegment(key, column, 0, 0); // keeps the legend entry
            for (const Ses::RowRun &run : runs)
                addSegment(key, column, run.first, run.count);
        }
    }
    for (Threshold &t : m_thresholds) {
        auto *line = new QLineSeries;
        line->setName(t.label);
        QPen pen(toneAccent(t.tone));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        chart()->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
        t.series = line;
        // The label on the line says what it is: no legend entry, which could not toggle it.
        for (QLegendMarker *marker : chart()->legend()->markers(line))
            marker->setVisible(false);
        // On a plate of the chart's background, so a data line running past stays readable.
        t.plate = new QGraphicsRectItem(chart());
        t.plate->setPen(Qt::NoPen);
        t.plate->setZValue(9);
        t.text = new QGraphicsSimpleTextItem(t.label, t.plate);
        t.text->setBrush(toneAccent(t.tone));
    }
    applyPlateColor();
    // One legend entry per series: the first segment's marker toggles all of them.
    for (auto it = m_segments.cbegin(); it != m_segments.cend(); ++it) {
        const QString key = it.key();
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            for (QLegendMarker *marker : chart()->legend()->markers(it.value().at(i))) {
                marker->setVisible(i == 0);
                if (i == 0)
                    connect(marker, &QLegendMarker::clicked, this, [this, key] {
                        onMarkerClicked(key);
                    });
            }
        }
        setSeriesVisible(key, !m_hidden.value(key));
    }
    updateAxes();
    Q_EMIT rebuilt();
}

void TimeSeriesChartView::addSegment(const QString &key, int column, int firstRow, int rowCount)
{
    auto *series = new QLineSeries;
    series->setName(Items::TimeSeriesModel::seriesLabel(key));
    QPen pen(colorFor(key));
    pen.setWidthF(2.0);
    series->setPen(pen);
    if (rowCount > 0) {
        auto *mapper = new QVXYModelMapper(series);
        mapper->setXColumn(TimeColumn);
        mapper->setYColumn(column);
        mapper->setFirstRow(firstRow);
        mapper->setRowCount(rowCount);
        mapper->setModel(m_percent);
        mapper->setSeries(series);
    }
    // A lone bucket between gaps has no line to draw: show it as a point.
    if (rowCount == 1 || (m_model && m_model->rowCount() <= 120 && rowCount > 0)) {
        series->setPointsVisible(true);
        series->setMarkerSize(rowCount == 1 ? 7 : 5);
    }
    chart()->addSeries(series);
    series->attachAxis(m_xAxis);
    series->attachAxis(m_secondaryKeys.contains(key) ? m_y2Axis : m_yAxis);
    connect(series, &QXYSeries::hovered, this, &TimeSeriesChartView::onHovered);
    m_segments[key].append(series);
}

void TimeSeriesChartView::updateAxes()
{
    const bool ratio = isRatio();
    QDateTime from = QDateTime::currentDateTimeUtc().addDays(-1);
    QDateTime to = QDateTime::currentDateTimeUtc();
    double maxPrimary = 0;
    double maxSecondary = 0;
    if (m_model && m_model->rowCount() > 0) {
        const Ses::TimeSeriesTable &table = m_model->table();
        from = table.time(0);
        to = table.time(table.rowCount() - 1).addSecs(table.bucketSeconds());
        for (const QString &key : m_keys) {
            const int c = table.columnIndex(key);
            double &max = m_secondaryKeys.contains(key) ? maxSecondary : maxPrimary;
            for (int row = 0; c >= 0 && row < table.rowCount(); ++row)
                max = std::max(max, table.value(row, c).value_or(0.0));
        }
    }
    for (const Threshold &t : m_thresholds)
        maxPrimary = std::max(maxPrimary, t.value * 1.15);
    const double scale = ratio ? 100.0 : 1.0;
    auto setValueRange = [ratio](QValueAxis *axis, double max) {
        double top = max * 1.1;
        if (top <= 0)
            top = ratio ? 1.0 : 10.0;
        axis->setRange(0, top);
        axis->applyNiceNumbers();
        axis->setMin(0);
        // As many decimals as the ticks need ("5%", "0.5%", "0.25%"), no trailing zeros.
        const double step = axis->tickCount() > 1 ? axis->max() / (axis->tickCount() - 1) : axis->max();
        int decimals = 0;
        while (
            decimals < 3 && std::abs(step * std::pow(10, decimals) - std::round(step * std::pow(10, decimals))) > 1e-6)
            ++decimals;
        axis->setLabelFormat(ratio ? QStringLiteral("%.%1f%%").arg(decimals) : QStringLiteral("%.0f"));
    };
    m_xAxis->setRange(from.toLocalTime(), to.toLocalTime());
    const qint64 span = from.secsTo(to);
    // QDateTime formats, translated so each language gets its own order ("M월 d일").
    m_xAxis->setFormat(span > 3 * 86400 ? tr("MMM d", "chart axis: date format of a day")
                                        : tr("MMM d HH:mm", "chart axis: date format of a time"));
    setValueRange(m_yAxis, maxPrimary * scale);
    if (!m_secondaryKeys.isEmpty())
        setValueRange(m_y2Axis, maxSecondary * scale);
    for (Threshold &t : m_thresholds) {
        if (!t.series)
            continue;
        t.series->clear();
        t.series->append(from.toMSecsSinceEpoch(), t.value * scale);
        t.series->append(to.toMSecsSinceEpoch(), t.value * scale);
    }
    updateTicks();
    updateThresholdLabels();
}

void TimeSeriesChartView::updateTicks()
{
    // Ticks on whole steps of the range (every day, every 6 hours...), as many as fit.
    const qint64 span = m_xAxis->min().secsTo(m_xAxis->max());
    const int maxTicks = std::max(3, static_cast<int>(chart()->plotArea().width() / 55));
    static const qint64 steps[] = {900, 1800, 3600, 7200, 10800, 14400, 21600, 43200, 86400, 172800, 604800, 2592000};
    int ticks = std::min(maxTicks, 7);
    for (qint64 step : steps) {
        if (span > 0 && span % step == 0 && span / step + 1 <= maxTicks) {
            ticks = static_cast<int>(span / step + 1);
            break;
        }
    }
    m_xAxis->setTickCount(std::max(2, ticks));
}

void TimeSeriesChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (!chart()->isZoomed())
        updateTicks();
}

void TimeSeriesChartView::updateThresholdLabels()
{
    const double scale = isRatio() ? 100.0 : 1.0;
    const QRectF plot = chart()->plotArea();
    for (Threshold &t : m_thresholds) {
        if (!t.text || !t.series)
            continue;
        const QPointF at
            = chart()->mapToPosition(QPointF(m_xAxis->max().toMSecsSinceEpoch(), t.value * scale), t.series);
        const QRectF box = t.text->boundingRect().adjusted(-3, 0, 3, 0);
        t.plate->setRect(QRectF(QPointF(0, 0), box.size()));
        t.text->setPos(3, 0);
        t.plate->setPos(plot.right() - box.width() - 2, at.y() - box.height() - 1);
        t.plate->setVisible(plot.contains(QPointF(plot.center().x(), at.y())));
    }
}

int TimeSeriesChartView::pointCount(const QString &key) const
{
    int n = 0;
    for (const QLineSeries *s : m_segments.value(key))
        n += static_cast<int>(s->count());
    return n;
}

int TimeSeriesChartView::segmentCount(const QString &key) const
{
    int n = 0;
    for (const QLineSeries *s : m_segments.value(key))
        n += s->count() > 0 ? 1 : 0;
    return n;
}

bool TimeSeriesChartView::isSeriesVisible(const QString &key) const
{
    return !m_hidden.value(key);
}

void TimeSeriesChartView::setSeriesVisible(const QString &key, bool visible)
{
    const bool changed = m_hidden.value(key) == visible;
    m_hidden.insert(key, !visible);
    const QList<QLineSeries *> segments = m_segments.value(key);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        segments.at(i)->setVisible(visible);
        // Hiding a series hides its marker too; keep the first one so it can be shown again.
        for (QLegendMarker *marker : chart()->legend()->markers(segments.at(i))) {
            marker->setVisible(i == 0);
            QColor label = palette().color(QPalette::Text);
            label.setAlphaF(visible ? 1.0 : 0.4);
            marker->setLabelBrush(label);
        }
    }
    if (changed)
        Q_EMIT seriesVisibilityChanged(key, visible);
}

void TimeSeriesChartView::onMarkerClicked(const QString &key)
{
    setSeriesVisible(key, m_hidden.value(key));
}

QLineSeries *TimeSeriesChartView::legendSeries(const QString &key) const
{
    const QList<QLineSeries *> segments = m_segments.value(key);
    return segments.isEmpty() ? nullptr : segments.first();
}

QList<QLineSeries *> TimeSeriesChartView::thresholdSeries() const
{
    QList<QLineSeries *> out;
    for (const Threshold &t : m_thresholds)
        out.append(t.series);
    return out;
}

QStringList TimeSeriesChartView::thresholdLabels() const
{
    QStringList out;
    for (const Threshold &t : m_thresholds) {
        if (t.text && t.plate->isVisible())
            out.append(t.text->text());
    }
    return out;
}

int TimeSeriesChartView::rowAt(qint64 msecs) const
{
    if (!m_model)
        return -1;
    const Ses::TimeSeriesTable &table = m_model->table();
    int lo = 0;
    int hi = table.rowCount() - 1;
    int found = -1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        if (table.time(mid).toMSecsSinceEpoch() <= msecs) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    // Hovering a line between two points lands nearer one of them.
    if (found >= 0 && found + 1 < table.rowCount()) {
        const qint64 a = table.time(found).toMSecsSinceEpoch();
        const qint64 b = table.time(found + 1).toMSecsSinceEpoch();
        if (msecs - a > b - msecs)
            ++found;
    }
    return found;
}

QString TimeSeriesChartView::tooltipText(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const Ses::TimeSeriesTable &table = m_model->table();
    const QDateTime start = table.time(row).toLocalTime();
    const QDateTime end = start.addSecs(table.bucketSeconds());
    QStringList lines{tr("%1 – %2").arg(QLocale().toString(start, QLocale::ShortFormat),
        QLocale().toString(end,
            end.date() == start.date() ? QStringLiteral("HH:mm") : QLocale().dateTimeFormat(QLocale::ShortFormat)))};
    for (const QString &key : m_keys) {
        const int c = table.columnIndex(key);
        if (c < 0 || m_hidden.value(key))
            continue;
        const auto value = table.value(row, c);
        lines.append(tr("%1: %2").arg(Items::TimeSeriesModel::seriesLabel(key),
            value ? formatValue(*value, table.columns().at(c).kind == Ses::SeriesKind::Ratio) : tr("no data")));
    }
    return lines.join(QLatin1Char('\n'));
}

void TimeSeriesChartView::onHovered(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QString text = tooltipText(rowAt(static_cast<qint64>(point.x())));
    if (!text.isEmpty())
        QToolTip::showText(QCursor::pos(), text, this);
}

bool TimeSeriesChartView::isZoomed() const
{
    return chart()->isZoomed();
}

void TimeSeriesChartView::resetZoom()
{
    chart()->zoomReset();
    updateAxes();
}

void TimeSeriesChartView::zoomBy(double factor)
{
    const QRectF plot = chart()->plotArea();
    const double width = plot.width() / factor;
    chart()->zoomIn(QRectF(plot.center().x() - width / 2, plot.top(), width, plot.height()));
}

void TimeSeriesChartView::panBy(double fractionOfWidth)
{
    chart()->scroll(chart()->plotArea().width() * fractionOfWidth, 0);
}

void TimeSeriesChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    // Zoom around the cursor, on the time axis only.
    const double factor = std::pow(1.25, steps);
    const QRectF plot = chart()->plotArea();
    const double x = std::clamp(event->position().x(), plot.left(), plot.right());
    const double width = plot.width() / factor;
    const double left = x - (x - plot.left()) / factor;
    chart()->zoomIn(QRectF(left, plot.top(), width, plot.height()));
    event->accept();
}

void TimeSeriesChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ShiftModifier))) {
        m_panning = true;
        m_panOrigin = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeSeriesChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panOrigin;
        chart()->scroll(-delta.x(), 0);
        m_panOrigin = event->pos();
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TimeSeriesChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeSeriesChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        break;
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool TimeSeriesChartView::savePng(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    const QImage image = grab().toImage();
    if (!image.save(&file, "PNG")) {
        m_error = tr("The image could not be encoded.");
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

void TimeSeriesChartView::applyPlateColor()
{
    QColor plate = palette().color(QPalette::Base);
    plate.setAlphaF(0.85);
    for (Threshold &t : m_thresholds) {
        if (t.plate)
            t.plate->setBrush(plate);
    }
}

void TimeSeriesChartView::applyPalette()
{
    applyPlateColor();
    const QPalette p = palette();
    chart()->setBackgroundBrush(p.color(QPalette::Base));
    chart()->setTitleBrush(p.color(QPalette::Text));
    chart()->legend()->setLabelColor(p.color(QPalette::Text));
    QColor grid = p.color(QPalette::Text);
    grid.setAlphaF(0.15);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_xAxis),
             static_cast<QAbstractAxis *>(m_yAxis),
             static_cast<QAbstractAxis *>(m_y2Axis)}) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_y2Axis->setGridLineVisible(false);
}

void TimeSeriesChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange && !chart()->isZoomed())
        updateAxes();
    QChartView::changeEvent(event);
}

} // namespace Views
