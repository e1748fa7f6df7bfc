#include "models/ses/JsonPositionIndex.h"

namespace Ses
{

/// A minimal recursive-descent walk over JSON text that records where things start.
class JsonPositionIndex::Scanner
{
public:
    Scanner(const QString &text, JsonPositionIndex &index)
        : m_text(text)
        , m_index(index)
    {
    }

    void run()
    {
        skipSpace();
        value(QString());
    }

private:
    bool atEnd() const
    {
        return m_pos >= m_text.size();
    }
    QChar peek() const
    {
        return atEnd() ? QChar() : m_text.at(m_pos);
    }
    void advance()
    {
        if (atEnd())
            return;
        if (m_text.at(m_pos) == QLatin1Char('\n')) {
            ++m_line;
            m_column = 1;
        } else if (!m_text.at(m_pos).isLowSurrogate()) {
            ++m_column;
        }
        ++m_pos;
    }
    Position here() const
    {
        return {m_line, m_column};
    }
    void skipSpace()
    {
        while (!atEnd()) {
            const QChar c = peek();
            if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
                break;
            advance();
        }
    }

    bool value(const QString &path)
    {
        if (++m_depth > 512)
            return false;
        m_index.m_values.insert(path, here());
        bool ok = true;
        const QChar c = peek();
        if (c == QLatin1Char('{'))
            ok = object(path);
        else if (c == QLatin1Char('['))
            ok = array(path);
        else if (c == QLatin1Char('"'))
            ok = string(nullptr);
        else
            ok = scalar();
        --m_depth;
        return ok;
    }

    bool object(const QString &path)
    {
        advance(); // {
        skipSpace();
        if (peek() == QLatin1Char('}')) {
            advance();
            return true;
        }
        while (!atEnd()) {
            skipSpace();
            const Position keyAt = here();
            QString key;
            if (peek() != QLatin1Char('"') || !string(&key))
                return false;
            const QString memberPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            m_index.m_keys.insert(memberPath, keyAt);
            skipSpace();
            if (peek() != QLatin1Char(':'))
                return false;
            advance();
            skipSpace();
            if (!value(memberPath))
                return false;
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                advance();
                continue;
            }
            if (peek() == QLatin1Char('}')) {
                advance();
                return true;
            }
            return false;
        }
        return false;
    }

    bool array(const QString &path)
    {
        advance(); // [
        skipSpace();
        if (peek() == QLatin1Char(']')) {
            advance();
            return true;
        }
        for (int i = 0; !atEnd(); ++i) {
            skipSpace();
            if (!value(path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']')))
                return false;
            skipSpace();
            if (peek() == QLatin1Char(',')) {
                advance();
                continue;
            }
            if (peek() == QLatin1Char(']')) {
                advance();
                return true;
            }
            return false;
        }
        return false;
    }

    /// A string token; its decoded text when out is given (escapes resolved).
    bool string(QString *out)
    {
        advance(); // opening quote
        while (!atEnd()) {
            const QChar c = peek();
            if (c == QLatin1Char('"')) {
                advance();
                return true;
            }
            if (c == QLatin1Char('\\')) {
                advance();
                const QChar e = peek();
                advance();
                if (!out)
                    continue;
                switch (e.unicode()) {
                case 'n':
                    out->append(QLatin1Char('\n'));
                    break;
                case 't':
                    out->append(QLatin1Char('\t'));
                    break;
                case 'r':
                    out->append(QLatin1Char('\r'));
                    break;
                case 'b':
                    out->append(QLatin1Char('\b'));
                    break;
                case 'f':
                    out->append(QLatin1Char('\f'));
                    break;
                case 'u': {
                    const QString hex = m_text.mid(m_pos, 4);
                    for (int i = 0; i < 4; ++i)
                        advance();
                    out->append(QChar(static_cast<char16_t>(hex.toUShort(nullptr, 16))));
                    break;
                }
                default:
                    out->append(e);
                }
                continue;
            }
            if (out)
                out->append(c);
            advance();
        }
        return false;
    }

    bool scalar()
    {
        const qsizetype start = m_pos;
        while (!atEnd()) {
            const QChar c = peek();
            if (c == QLatin1Char(',') || c == QLatin1Char('}') || c == QLatin1Char(']') || c.isSpace())
                break;
            advance();
        }
        return m_pos > start;
    }

    const QString &m_text;
    JsonPositionIndex &m_index;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    int m_depth = 0;
};

JsonPositionIndex JsonPositionIndex::build(const QString &text)
{
    JsonPositionIndex index;
    Scanner(text, index).run();
    return index;
}

std::optional<JsonPositionIndex::Position> JsonPositionIndex::position(const QString &path) const
{
    const auto key = m_keys.constFind(path);
    if (key != m_keys.constEnd())
        return *key;
    return valuePosition(path);
}

std::optional<JsonPositionIndex::Position> JsonPositionIndex::valuePosition(const QString &path) const
{
    const auto value = m_values.constFind(path);
    if (value != m_values.constEnd())
        return *value;
    return std::nullopt;
}

JsonPositionIndex::Position JsonPositionIndex::positionAt(const QString &text, qsizetype index)
{
    Position p;
    const qsizetype end = std::min(index, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            ++p.line;
            p.column = 1;
        } else if (!text.at(i).isLowSurrogate()) {
            ++p.column;
        }
    }
    return p;
}

JsonPositionIndex::Position JsonPositionIndex::positionOfParseError(
    const QByteArray &utf8, const QJsonParseError &error)
{
    qsizetype offset = std::clamp<qsizetype>(error.offset, 0, utf8.size());
    // QJsonParseError's offset is usually just past the character the parser stumbled on (a
    // missing comma is noticed on the next token); only for a bad number and for trailing
    // garbage does it point at the start of the offending text. Point at the character itself,
    // at the start of its UTF-8 sequence.
    if (offset > 0 && error.error != QJsonParseError::IllegalNumber && error.error != QJsonParseError::GarbageAtEnd) {
        --offset;
        while (offset > 0 && (static_cast<uchar>(utf8.at(offset)) & 0xC0) == 0x80)
            --offset;
    }
    const QString text = QString::fromUtf8(utf8.left(offset));
    return positionAt(text, text.size());
}

} // namespace Ses
