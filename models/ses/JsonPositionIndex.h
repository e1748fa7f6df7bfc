#pragma once

#include <optional>

#include <QHash>
#include <QJsonParseError>
#include <QList>
#include <QString>

namespace Ses
{

/// Where each member and element of a JSON text is (1-based line and column, in characters), so
/// errors about a well-formed document's content can point at the place: QJsonDocument keeps
/// no positions. Paths are written "TemplateContent.Subject", "Tags[1].Key"; "" is the root.
class JsonPositionIndex
{
public:
    struct Position {
        int line = 1;
        int column = 1;
    };

    /// Indexes text, which should already be known to be valid JSON (it stops at the first
    /// thing it does not understand, keeping what it found so far).
    static JsonPositionIndex build(const QString &text);

    /// Where the member's key starts (for object members), else where the value starts.
    std::optional<Position> position(const QString &path) const;
    /// Where the value at path starts.
    std::optional<Position> valuePosition(const QString &path) const;

    /// Line and column of a character index in text.
    static Position positionAt(const QString &text, qsizetype index);
    /// Line and column of the character a QJsonParseError of parsing utf8 is about.
    static Position positionOfParseError(const QByteArray &utf8, const QJsonParseError &error);

private:
    class Scanner;

    QHash<QString, Position> m_keys;
    QHash<QString, Position> m_values;
};

} // namespace Ses
