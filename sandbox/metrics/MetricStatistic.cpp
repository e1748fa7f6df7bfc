#include "sandbox/metrics/MetricStatistic.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QRegularExpression>

namespace Sandbox
{

std::optional<MetricStatistic> MetricStatistic::parse(const QString &name)
{
    MetricStatistic s;
    s.m_name = name;
    if (name == QLatin1String("SampleCount"))
        s.m_kind = Kind::SampleCount;
    else if (name == QLatin1String("Average"))
        s.m_kind = Kind::Average;
    else if (name == QLatin1String("Sum"))
        s.m_kind = Kind::Sum;
    else if (name == QLatin1String("Minimum"))
        s.m_kind = Kind::Minimum;
    else if (name == QLatin1String("Maximum"))
        s.m_kind = Kind::Maximum;
    else {
        static const QRegularExpression percentile(QStringLiteral("^p(\\d{1,2}(?:\\.\\d{1,2})?|100)$"));
        const QRegularExpressionMatch m = percentile.match(name);
        if (!m.hasMatch())
            return std::nullopt;
        s.m_kind = Kind::Percentile;
        s.m_percentile = m.captured(1).toDouble();
    }
    return s;
}

double MetricStatistic::apply(QList<double> values) const
{
    switch (m_kind) {
    case Kind::SampleCount:
        return static_cast<double>(values.size());
    case Kind::Sum:
        return std::accumulate(values.cbegin(), values.cend(), 0.0);
    case Kind::Average:
        return std::accumulate(values.cbegin(), values.cend(), 0.0) / static_cast<double>(values.size());
    case Kind::Minimum:
        return *std::min_element(values.cbegin(), values.cend());
    case Kind::Maximum:
        return *std::max_element(values.cbegin(), values.cend());
    case Kind::Percentile: {
        std::sort(values.begin(), values.end());
        const auto rank = static_cast<qsizetype>(std::ceil(m_percentile / 100.0 * static_cast<double>(values.size())));
        return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
    }
    }
    return 0;
}

} // namespace Sandbox
