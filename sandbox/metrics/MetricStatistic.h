#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace Sandbox
{

/// A CloudWatch statistic over the samples of one period: SampleCount, Average, Sum, Minimum,
/// Maximum, or a percentile pNN / pNN.NN (nearest rank).
class MetricStatistic
{
public:
    static std::optional<MetricStatistic> parse(const QString &name);

    /// The statistic of values (not empty).
    double apply(QList<double> values) const;

    const QString &name() const
    {
        return m_name;
    }

private:
    enum class Kind { SampleCount, Average, Sum, Minimum, Maximum, Percentile };
    Kind m_kind = Kind::Average;
    double m_percentile = 0;
    QString m_name;
};

} // namespace Sandbox
