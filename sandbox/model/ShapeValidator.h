#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Sandbox
{

class ServiceModel;

/// Checks a JSON value against a shape of the API model the way AWS's request validation does
/// (required members, types, enums, lengths, ranges, patterns) and words each violation as AWS
/// does: "Value null at 'emailIdentity' failed to satisfy constraint: Member must not be null".
/// The same check, in the other direction, proves the Sandbox's answers match the model.
class ShapeValidator
{
public:
    enum class Direction {
        Input, ///< A request: unknown members are ignored, as AWS ignores them.
        Output, ///< An answer: unknown members are violations too (the CLI would drop them silently).
    };

    explicit ShapeValidator(const ServiceModel &model, Direction direction = Direction::Input);

    /// Every violation, in document order; empty when the value conforms.
    QStringList validate(const QString &shapeName, const QJsonValue &value) const;

    /// "1 validation error detected: ..." / "2 validation errors detected: ...; ..." (AWS's wording).
    static QString summary(const QStringList &violations);

private:
    void check(const QString &shapeName, const QJsonValue &value, const QString &path, QStringList &out) const;
    void checkStructure(const QString &shapeName, const QJsonValue &value, const QString &path, QStringList &out) const;

    const ServiceModel &m_model;
    Direction m_direction;
};

} // namespace Sandbox
