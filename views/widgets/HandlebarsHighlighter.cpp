#include "views/widgets/HandlebarsHighlighter.h"

#include <QApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTextDocument>

#include "views/widgets/Tone.h"

namespace Views
{

namespace
{

/// A colour between the text colour and an accent, so it stays readable on the base colour.
QColor mix(const QColor &text, const QColor &accent, double weight)
{
    return QColor::fromRgbF(static_cast<float>(text.redF() * (1 - weight) + accent.redF() * weight),
        static_cast<float>(text.greenF() * (1 - weight) + accent.greenF() * weight),
        static_cast<float>(text.blueF() * (1 - weight) + accent.blueF() * weight));
}

} // namespace

HandlebarsHighlighter::HandlebarsHighlighter(QTextDocument *document, Mode mode)
    : QSyntaxHighlighter(document)
    , m_mode(mode)
{
    setPalette(QApplication::palette());
}

void HandlebarsHighlighter::setPalette(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    m_mustache = {};
    m_mustache.setForeground(mix(text, toneAccent(Tone::Information), 0.75));
    m_mustache.setFontWeight(QFont::Bold);
    m_block = {};
    m_block.setForeground(mix(text, QColor(155, 89, 182), 0.8));
    m_block.setFontWeight(QFont::Bold);
    m_comment = {};
    m_comment.setForeground(palette.color(QPalette::PlaceholderText));
    m_comment.setFontItalic(true);
    m_placeholder = {};
    m_placeholder.setForeground(mix(text, toneAccent(Tone::Positive), 0.75));
    m_placeholder.setFontWeight(QFont::Bold);
    m_tag = {};
    m_tag.setForeground(mix(text, toneAccent(Tone::Warning), 0.6));
    m_attribute = {};
    m_attribute.setForeground(mix(text, toneAccent(Tone::Information), 0.45));
    m_problem = {};
    m_problem.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_problem.setUnderlineColor(toneAccent(Tone::Error));
    rehighlight();
}

void HandlebarsHighlighter::setProblems(const QList<Problem> &problems)
{
    const auto same = [](const Problem &a, const Problem &b) {
        return a.offset == b.offset && a.length == b.length;
    };
    if (std::equal(problems.begin(), problems.end(), m_problems.begin(), m_problems.end(), same))
        return; // re-highlighting a large part on every check would be wasted work
    m_problems = problems;
    rehighlight();
}

void HandlebarsHighlighter::highlightBlock(const QString &text)
{
    int pos = 0;
    const int length = static_cast<int>(text.size());
    setCurrentBlockState(Normal);

    // Carry a comment over from the previous line.
    if (previousBlockState() == InHandlebarsComment) {
        const int end = static_cast<int>(text.indexOf(QLatin1String("--}}")));
        if (end < 0) {
            setFormat(0, length, m_comment);
            setCurrentBlockState(InHandlebarsComment);
            pos = length;
        } else {
            setFormat(0, end + 4, m_comment);
            pos = end + 4;
        }
    } else if (previousBlockState() == InHtmlComment) {
        const int end = static_cast<int>(text.indexOf(QLatin1String("-->")));
        if (end < 0) {
            setFormat(0, length, m_comment);
            setCurrentBlockState(InHtmlComment);
            pos = length;
        } else {
            setFormat(0, end + 3, m_comment);
            pos = end + 3;
        }
    }

    while (pos < length) {
        const int mustache = static_cast<int>(text.indexOf(QLatin1String("{{"), pos));
        const int htmlComment = m_mode == Mode::Html ? static_cast<int>(text.indexOf(QLatin1String("<!--"), pos)) : -1;
        if (htmlComment >= 0 && (mustache < 0 || htmlComment < mustache)) {
            highlightHtml(text, pos, htmlComment);
            const int end = static_cast<int>(text.indexOf(QLatin1String("-->"), htmlComment + 4));
            if (end < 0) {
                setFormat(htmlComment, length - htmlComment, m_comment);
                setCurrentBlockState(InHtmlComment);
                pos = length;
            } else {
                setFormat(htmlComment, end + 3 - htmlComment, m_comment);
                pos = end + 3;
            }
            continue;
        }
        if (mustache < 0) {
            highlightHtml(text, pos, length);
            break;
        }
        highlightHtml(text, pos, mustache);
        pos = highlightMustache(text, mustache);
    }

    // Problems found by the checks, on top of everything else.
    const int blockStart = currentBlock().position();
    for (const Problem &p : std::as_const(m_problems)) {
        const int start = std::max(p.offset, blockStart);
        const int end = std::min(p.offset + std::max(p.length, 1), blockStart + length);
        for (int i = start; i < end; ++i) {
            QTextCharFormat f = format(i - blockStart);
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            f.setUnderlineColor(m_problem.underlineColor());
            setFormat(i - blockStart, 1, f);
        }
    }
}

int HandlebarsHighlighter::highlightMustache(const QString &text, int start)
{
    const int length = static_cast<int>(text.size());
    const bool triple = text.mid(start, 3) == QLatin1String("{{{");
    // {{!-- ... --}} may span lines; {{! ... }} ends at the first }}.
    if (text.mid(start, 5) == QLatin1String("{{!--")) {
        const int end = static_cast<int>(text.indexOf(QLatin1String("--}}"), start + 5));
        if (end < 0) {
            setFormat(start, length - start, m_comment);
            setCurrentBlockState(InHandlebarsComment);
            return length;
        }
        setFormat(start, end + 4 - start, m_comment);
        return end + 4;
    }
    const QLatin1String close = triple ? QLatin1String("}}}") : QLatin1String("}}");
    const int end = static_cast<int>(text.indexOf(close, start + (triple ? 3 : 2)));
    const int stop = end < 0 ? length : end + static_cast<int>(close.size());
    const QString inner
        = text.mid(start + (triple ? 3 : 2), (end < 0 ? length : end) - start - (triple ? 3 : 2)).trimmed();
    QTextCharFormat format = m_mustache;
    if (inner.startsWith(QLatin1Char('!')))
        format = m_comment;
    else if (inner.startsWith(QLatin1Char('#')) || inner.startsWith(QLatin1Char('/'))
        || inner.startsWith(QLatin1Char('^')) || inner == QLatin1String("else")
        || inner.startsWith(QLatin1String("else ")) || inner.startsWith(QLatin1Char('>')))
        format = m_block;
    else if (inner.startsWith(QLatin1String("ses:")) || inner == QLatin1String("amazonSESUnsubscribeUrl"))
        format = m_placeholder;
    setFormat(start, stop - start, format);
    return stop;
}

void HandlebarsHighlighter::highlightHtml(const QString &text, int from, int to)
{
    if (m_mode != Mode::Html || from >= to)
        return;
    static const QRegularExpression tag(QStringLiteral(R"(</?[A-Za-z][A-Za-z0-9-]*|/?>)"));
    static const QRegularExpression attribute(QStringLiteral(R"(\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?==))"));
    const QString segment = text.mid(from, to - from);
    for (auto it = tag.globalMatch(segment); it.hasNext();) {
        const auto m = it.next();
        setFormat(from + static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), m_tag);
    }
    for (auto it = attribute.globalMatch(segment); it.hasNext();) {
        const auto m = it.next();
        setFormat(from + static_cast<int>(m.capturedStart(1)), static_cast<int>(m.capturedLength(1)), m_attribute);
    }
}

} // namespace Views
