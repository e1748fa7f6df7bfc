#include "models/ses/TemplateLexer.h"

#include <QCoreApplication>

namespace Ses
{

namespace
{

using Type = TemplateToken::Type;

QString tr(const char *text)
{
    return QCoreApplication::translate("Ses::TemplateLexer", text);
}

/// Characters that cannot be part of a Handlebars identifier (its lexer's ID rule).
bool isIdChar(QChar c)
{
    if (c.isSpace())
        return false;
    switch (c.unicode()) {
    case u'!':
    case u'"':
    case u'#':
    case u'%':
    case u'&':
    case u'\'':
    case u'(':
    case u')':
    case u'*':
    case u'+':
    case u',':
    case u'.':
    case u'/':
    case u';':
    case u'<':
    case u'=':
    case u'>':
    case u'@':
    case u'[':
    case u'\\':
    case u']':
    case u'^':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
        return false;
    default:
        return true;
    }
}

/// What may follow an identifier (Handlebars' LOOKAHEAD).
bool isIdLookahead(QChar c)
{
    return c.isSpace() || c == u'=' || c == u'~' || c == u'}' || c == u'/' || c == u'.' || c == u')' || c == u'|';
}

/// What may follow a literal (Handlebars' LITERAL_LOOKAHEAD).
bool isLiteralLookahead(QChar c)
{
    return c.isSpace() || c == u'~' || c == u'}' || c == u')';
}

} // namespace

TemplateLexer::TemplateLexer(const QString &source)
    : m_source(source)
    , m_lines(source)
{
}

bool TemplateLexer::tokenize()
{
    m_tokens.clear();
    m_error.reset();
    m_pos = 0;
    while (m_pos < m_source.size()) {
        if (!lexContent())
            return false;
    }
    add(Type::EndOfInput, int(m_source.size()), 0);
    return true;
}

bool TemplateLexer::startsWith(int at, QStringView text) const
{
    return at >= 0 && QStringView(m_source).mid(at).startsWith(text);
}

bool TemplateLexer::closesAt(int at) const
{
    return startsWith(at, u"}}");
}

void TemplateLexer::add(TemplateToken::Type type, int offset, int length, const QString &value)
{
    TemplateToken token;
    token.type = type;
    token.offset = offset;
    token.length = length;
    token.value = value;
    m_tokens.append(token);
}

void TemplateLexer::addContent(const QString &value, int offset, int length)
{
    if (length <= 0)
        return;
    // Adjacent text (around a "\{{" escape) is one content statement.
    if (!m_tokens.isEmpty() && m_tokens.last().type == Type::Content
        && m_tokens.last().offset + m_tokens.last().length == offset) {
        m_tokens.last().value += value;
        m_tokens.last().length += length;
        return;
    }
    add(Type::Content, offset, length, value);
}

bool TemplateLexer::fail(TemplateDiagnostic::Code code, int offset, int length, const QString &message)
{
    TemplateDiagnostic d;
    d.code = code;
    d.location = m_lines.locationAt(offset);
    d.length = length;
    d.message = message;
    m_error = d;
    return false;
}

bool TemplateLexer::lexContent()
{
    const int start = m_pos;
    const int open = int(m_source.indexOf(u"{{", start));
    if (open < 0) {
        addContent(m_source.mid(start), start, int(m_source.size()) - start);
        m_pos = int(m_source.size());
        return true;
    }
    const QString text = m_source.mid(start, open - start);
    if (text.endsWith(u"\\\\")) {
        // "\\{{": a literal backslash, then a real mustache.
        addContent(text.chopped(1), start, open - start);
        m_pos = open;
        return lexTag();
    }
    if (text.endsWith(u'\\')) {
        // "\{{": the mustache is text, up to the next "{{" (or escaped "{{").
        int next = int(m_source.indexOf(u"{{", open + 2));
        if (next < 0) {
            next = int(m_source.size());
        } else {
            for (int i = 0; i < 2 && next - 1 >= open + 2 && m_source.at(next - 1) == u'\\'; ++i)
                --next;
        }
        addContent(text.chopped(1) + m_source.mid(open, next - open), start, next - start);
        m_pos = next;
        return true;
    }
    addContent(text, start, open - start);
    m_pos = open;
    return lexTag();
}

bool TemplateLexer::lexTag()
{
    const int tagStart = m_pos;
    if (startsWith(tagStart, u"{{{{"))
        return fail(TemplateDiagnostic::Code::Unsupported,
            tagStart,
            4,
            tr("Raw blocks (\"{{{{raw}}}}\") are not supported in SES templates."));

    int p = tagStart + 2;
    const bool stripLeft = p < m_source.size() && m_source.at(p) == u'~';
    if (stripLeft)
        ++p;
    const QChar c = p < m_source.size() ? m_source.at(p) : QChar();

    auto open = [&](Type type, int end, const QString &value = {}) {
        add(type, tagStart, end - tagStart, value);
        m_tokens.last().stripLeft = stripLeft;
        m_pos = end;
        return lexInsideTag(tagStart, end - tagStart);
    };
    // A whole "{{else}}" / "{{^}}" tag whose body starts at q.
    auto wholeInverse = [&](int q) -> bool {
        while (q < m_source.size() && m_source.at(q).isSpace())
            ++q;
        const bool stripRight = q < m_source.size() && m_source.at(q) == u'~';
        const int close = stripRight ? q + 1 : q;
        if (!closesAt(close))
            return false;
        add(Type::Inverse, tagStart, close + 2 - tagStart);
        m_tokens.last().stripLeft = stripLeft;
        m_tokens.last().stripRight = stripRight;
        m_pos = close + 2;
        return true;
    };

    switch (c.unicode()) {
    case u'!':
        return lexComment(tagStart, p, stripLeft);
    case u'>':
        return open(Type::OpenPartial, p + 1);
    case u'#':
        if (startsWith(p + 1, u">"))
            return open(Type::OpenPartialBlock, p + 2);
        if (startsWith(p + 1, u"*"))
            return open(Type::OpenDecoratorBlock, p + 2);
        return open(Type::OpenBlock, p + 1);
    case u'/':
        return open(Type::OpenEndBlock, p + 1);
    case u'^':
        if (wholeInverse(p + 1))
            return true;
        return open(Type::OpenInverse, p + 1);
    case u'{':
        return open(Type::OpenUnescaped, p + 1);
    case u'&':
        return open(Type::Open, p + 1, QStringLiteral("&"));
    case u'*':
        return open(Type::OpenDecorator, p + 1);
    default:
        break;
    }

    int q = p;
    while (q < m_source.size() && m_source.at(q).isSpace())
        ++q;
    if (startsWith(q, u"else")) {
        const QChar after = q + 4 < m_source.size() ? m_source.at(q + 4) : QChar();
        if (after.isSpace() || after == u'~' || after == u'}') {
            if (wholeInverse(q + 4))
                return true;
            return open(Type::OpenInverseChain, q + 4);
        }
    }
    return open(Type::Open, p);
}

bool TemplateLexer::lexComment(int tagStart, int bodyStart, bool stripLeft)
{
    // bodyStart points at '!'. "{{!--" comments end at "--}}" (and may contain "}}"); the
    // short form ends at the first "}}".
    const bool longForm = startsWith(bodyStart, u"!--");
    const int textStart = bodyStart + (longForm ? 3 : 1);
    int end = int(
        m_source.indexOf(longForm ? QStringLiteral("--") + QStringLiteral("}}") : QStringLiteral("}}"), textStart));
    bool stripRight = false;
    int textEnd = end;
    int tagEnd = end + (longForm ? 4 : 2);
    if (longForm) {
        // "--~}}" also closes.
        const int tilde = int(m_source.indexOf(u"--~}}", textStart));
        if (tilde >= 0 && (end < 0 || tilde < end)) {
            end = tilde;
            textEnd = tilde;
            tagEnd = tilde + 5;
            stripRight = true;
        }
    } else if (end > textStart && m_source.at(end - 1) == u'~') {
        stripRight = true;
        textEnd = end - 1;
    }
    if (end < 0) {
        return fail(TemplateDiagnostic::Code::UnclosedComment,
            tagStart,
            textStart - tagStart,
            longForm ? tr("This comment is never closed with \"--}}\".")
                     : tr("This comment is never closed with \"}}\"."));
    }
    add(Type::Comment, tagStart, tagEnd - tagStart, m_source.mid(textStart, textEnd - textStart));
    m_tokens.last().stripLeft = stripLeft;
    m_tokens.last().stripRight = stripRight;
    m_pos = tagEnd;
    return true;
}

bool TemplateLexer::lexInsideTag(int tagStart, int openLength)
{
    const int n = int(m_source.size());
    const QString opening = m_source.mid(tagStart, openLength);
    while (true) {
        while (m_pos < n && m_source.at(m_pos).isSpace())
            ++m_pos;
        if (m_pos >= n) {
            return fail(TemplateDiagnostic::Code::UnclosedMustache,
                tagStart,
                openLength,
                tr("This \"%1\" is never closed with \"%2\".")
                    .arg(opening, opening.startsWith(u"{{{") ? QStringLiteral("}}}") : QStringLiteral("}}")));
        }
        if (startsWith(m_pos, u"{{")) {
            const TemplateSourceLocation next = m_lines.locationAt(m_pos);
            return fail(TemplateDiagnostic::Code::UnclosedMustache,
                tagStart,
                openLength,
                tr("This \"%1\" is not closed before the next \"{{\" at line %2, column %3.")
                    .arg(opening)
                    .arg(next.line)
                    .arg(next.column));
        }
        const int start = m_pos;
        const QChar c = m_source.at(m_pos);
        const bool tilde = c == u'~';
        if (startsWith(m_pos + (tilde ? 1 : 0), u"}}}")) {
            add(Type::CloseUnescaped, start, tilde ? 4 : 3);
            m_tokens.last().stripRight = tilde;
            m_pos += tilde ? 4 : 3;
            return true;
        }
        if (startsWith(m_pos + (tilde ? 1 : 0), u"}}")) {
            add(Type::Close, start, tilde ? 3 : 2);
            m_tokens.last().stripRight = tilde;
            m_pos += tilde ? 3 : 2;
            return true;
        }
        switch (c.unicode()) {
        case u'(':
            add(Type::OpenSexpr, start, 1);
            ++m_pos;
            continue;
        case u')':
            add(Type::CloseSexpr, start, 1);
            ++m_pos;
            continue;
        case u'=':
            add(Type::Equals, start, 1);
            ++m_pos;
            continue;
        case u'@':
            add(Type::Data, start, 1);
            ++m_pos;
            continue;
        case u'|':
            add(Type::CloseBlockParams, start, 1);
            ++m_pos;
            continue;
        case u'/':
            add(Type::Sep, start, 1, QStringLiteral("/"));
            ++m_pos;
            continue;
        case u'.':
            if (startsWith(m_pos, u"..")) {
                add(Type::Id, start, 2, QStringLiteral(".."));
                m_pos += 2;
            } else if (m_pos + 1 >= n || isIdLookahead(m_source.at(m_pos + 1))) {
                add(Type::Id, start, 1, QStringLiteral("."));
                ++m_pos;
            } else {
                add(Type::Sep, start, 1, QStringLiteral("."));
                ++m_pos;
            }
            continue;
        case u'"':
        case u'\'': {
            QString value;
            int i = m_pos + 1;
            for (; i < n && m_source.at(i) != c; ++i) {
                if (m_source.at(i) == u'\\' && i + 1 < n && m_source.at(i + 1) == c)
                    ++i;
                value += m_source.at(i);
            }
            if (i >= n)
                return fail(TemplateDiagnostic::Code::BadSyntax, start, 1, tr("This string is never closed."));
            add(Type::String, start, i + 1 - start, value);
            m_pos = i + 1;
            continue;
        }
        case u'[': {
            QString value;
            int i = m_pos + 1;
            for (; i < n && m_source.at(i) != u']'; ++i) {
                if (m_source.at(i) == u'\\' && i + 1 < n && (m_source.at(i + 1) == u']' || m_source.at(i + 1) == u'\\'))
                    ++i;
                value += m_source.at(i);
            }
            if (i >= n)
                return fail(
                    TemplateDiagnostic::Code::BadSyntax, start, 1, tr("This \"[\" is never closed with \"]\"."));
            add(Type::Id, start, i + 1 - start, value);
            m_tokens.last().segmentLiteral = true;
            m_pos = i + 1;
            continue;
        }
        default:
            break;
        }
        if (startsWith(m_pos, u"as") && m_pos + 2 < n && m_source.at(m_pos + 2).isSpace()) {
            int i = m_pos + 2;
            while (i < n && m_source.at(i).isSpace())
                ++i;
            if (i < n && m_source.at(i) == u'|') {
                add(Type::OpenBlockParams, start, i + 1 - start);
                m_pos = i + 1;
                continue;
            }
        }
        // Numbers: -?[0-9]+(\.[0-9]+)? followed by a literal lookahead.
        {
            int i = m_pos;
            if (i < n && m_source.at(i) == u'-')
                ++i;
            const int digits = i;
            while (i < n && m_source.at(i).isDigit() && m_source.at(i).unicode() < 128)
                ++i;
            if (i > digits) {
                if (i + 1 < n && m_source.at(i) == u'.' && m_source.at(i + 1).isDigit()) {
                    ++i;
                    while (i < n && m_source.at(i).isDigit() && m_source.at(i).unicode() < 128)
                        ++i;
                }
                if (i >= n || isLiteralLookahead(m_source.at(i))) {
                    add(Type::Number, start, i - start, m_source.mid(start, i - start));
                    m_pos = i;
                    continue;
                }
            }
        }
        int i = m_pos;
        while (i < n && isIdChar(m_source.at(i)))
            ++i;
        if (i == m_pos && c == u'}') {
            return fail(
                TemplateDiagnostic::Code::BadSyntax, start, 1, tr("A single \"}\": close the tag with \"}}\"."));
        }
        if (i == m_pos) {
            return fail(TemplateDiagnostic::Code::BadSyntax,
                start,
                1,
                tr("Unexpected character \"%1\" inside \"%2...\".").arg(c).arg(opening));
        }
        const QString word = m_source.mid(start, i - start);
        if (i < n && !isIdLookahead(m_source.at(i))) {
            return fail(TemplateDiagnostic::Code::BadSyntax,
                i,
                1,
                tr("Unexpected character \"%1\" after \"%2\".").arg(m_source.at(i)).arg(word));
        }
        const bool literalEnd = i >= n || isLiteralLookahead(m_source.at(i));
        Type type = Type::Id;
        if (literalEnd && (word == u"true" || word == u"false"))
            type = Type::Boolean;
        else if (literalEnd && word == u"undefined")
            type = Type::Undefined;
        else if (literalEnd && word == u"null")
            type = Type::Null;
        add(type, start, i - start, word);
        m_pos = i;
    }
}

} // namespace Ses
