#include "models/ses/TemplateWhitespaceControl.h"

namespace Ses
{

namespace
{

using Body = std::vector<TemplateNode>;

/// JavaScript's \s, which Handlebars' whitespace rules are written in.
bool isJsSpace(QChar c)
{
    switch (c.unicode()) {
    case u'\t':
    case u'\n':
    case u'\v':
    case u'\f':
    case u'\r':
    case u' ':
    case 0x00A0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
        return true;
    default:
        return c.unicode() >= 0x2000 && c.unicode() <= 0x200A;
    }
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

/// Start of the whitespace run that ends the text.
qsizetype trailingSpaceStart(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && isJsSpace(text.at(i - 1)))
        --i;
    return i;
}

/// End of the whitespace run that starts the text.
qsizetype leadingSpaceEnd(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && isJsSpace(text.at(i)))
        ++i;
    return i;
}

// The tests below are Handlebars' regular expressions, spelled out:
// /(?:^|\S)[^\S\n]*\n\s*$/ holds when the trailing whitespace holds a newline,
// /^\s*?\r?\n/ when the leading whitespace does.
bool endsWithNewlineAndBlanks(const QString &text)
{
    return QStringView(text).mid(trailingSpaceStart(text)).contains(u'\n');
}

bool startsWithBlanksAndNewline(const QString &text)
{
    return QStringView(text).left(leadingSpaceEnd(text)).contains(u'\n');
}

bool isAllSpace(const QString &text)
{
    return leadingSpaceEnd(text) == text.size();
}

bool isContent(const Body &body, qsizetype i)
{
    return i >= 0 && i < qsizetype(body.size()) && body[std::size_t(i)].kind == TemplateNode::Kind::Content;
}

/// Handlebars' isPrevWhitespace: is the node before i content ending in a newline (and blanks)?
/// i == -1 means "after the last node".
bool isPrevWhitespace(const Body &body, qsizetype i, bool isRoot)
{
    if (i < 0)
        i = qsizetype(body.size());
    if (i - 1 < 0)
        return isRoot;
    if (!isContent(body, i - 1))
        return false;
    const bool sibling = i - 2 >= 0;
    const QString &original = body[std::size_t(i - 1)].original;
    if (sibling || !isRoot)
        return endsWithNewlineAndBlanks(original);
    return isAllSpace(original) || endsWithNewlineAndBlanks(original);
}

/// Handlebars' isNextWhitespace: does the node after i start with blanks and a newline?
/// i == -1 means "before the first node".
bool isNextWhitespace(const Body &body, qsizetype i, bool isRoot)
{
    if (i + 1 >= qsizetype(body.size()))
        return isRoot;
    if (!isContent(body, i + 1))
        return false;
    const bool sibling = i + 2 < qsizetype(body.size());
    const QString &original = body[std::size_t(i + 1)].original;
    if (sibling || !isRoot)
        return startsWithBlanksAndNewline(original);
    return isAllSpace(original) || startsWithBlanksAndNewline(original);
}

/// Strips the start of the content node after i (i == -1: the first node).
void omitRight(Body &body, qsizetype i, bool multiple = false)
{
    const qsizetype at = i < 0 ? 0 : i + 1;
    if (!isContent(body, at))
        return;
    TemplateNode &current = body[std::size_t(at)];
    if (!multiple && current.rightStripped)
        return;
    QString &value = current.value;
    qsizetype cut = 0;
    if (multiple) {
        cut = leadingSpaceEnd(value); // /^\s+/
    } else { // /^[ \t]*\r?\n?/
        while (cut < value.size() && isBlank(value.at(cut)))
            ++cut;
        if (cut < value.size() && value.at(cut) == u'\r')
            ++cut;
        if (cut < value.size() && value.at(cut) == u'\n')
            ++cut;
    }
    value.remove(0, cut);
    current.rightStripped = cut > 0;
}

/// Strips the end of the content node before i (i == -1: the last node).
bool omitLeft(Body &body, qsizetype i, bool multiple = false)
{
    const qsizetype at = i < 0 ? qsizetype(body.size()) - 1 : i - 1;
    if (!isContent(body, at))
        return false;
    TemplateNode &current = body[std::size_t(at)];
    if (!multiple && current.leftStripped)
        return false;
    QString &value = current.value;
    qsizetype keep = value.size();
    if (multiple) {
        keep = trailingSpaceStart(value); // /(^|\S)\s+$/
    } else { // /(^|[^ \t])[ \t]+$/
        while (keep > 0 && isBlank(value.at(keep - 1)))
            --keep;
    }
    current.leftStripped = keep < value.size();
    value.truncate(keep);
    return current.leftStripped;
}

} // namespace

void TemplateWhitespaceControl::apply(TemplateProgram &root)
{
    TemplateWhitespaceControl control;
    control.visitProgram(root);
}

void TemplateWhitespaceControl::visitProgram(TemplateProgram &program)
{
    const bool isRoot = !m_rootSeen;
    m_rootSeen = true;
    Body &body = program.body;
    for (qsizetype i = 0; i < qsizetype(body.size()); ++i) {
        TemplateNode &current = body[std::size_t(i)];
        const Strip strip = visitNode(current);
        if (!strip.present)
            continue;
        const bool prevWhitespace = isPrevWhitespace(body, i, isRoot);
        const bool nextWhitespace = isNextWhitespace(body, i, isRoot);
        const bool openStandalone = strip.openStandalone && prevWhitespace;
        const bool closeStandalone = strip.closeStandalone && nextWhitespace;
        const bool inlineStandalone = strip.inlineStandalone && prevWhitespace && nextWhitespace;

        if (strip.close)
            omitRight(body, i, true);
        if (strip.open)
            omitLeft(body, i, true);
        if (inlineStandalone) {
            omitRight(body, i);
            if (omitLeft(body, i) && current.kind == TemplateNode::Kind::Partial) {
                // The blanks that end the previous line: /(?:^|[^ \t])([ \t]+)$/
                const QString &previous = body[std::size_t(i - 1)].original;
                qsizetype start = previous.size();
                while (start > 0 && isBlank(previous.at(start - 1)))
                    --start;
                current.indent = previous.mid(start);
            }
        }
        if (openStandalone) {
            TemplateProgram *inner = current.program ? current.program.get() : current.inverse.get();
            if (inner)
                omitRight(inner->body, -1);
            omitLeft(body, i);
        }
        if (closeStandalone) {
            omitRight(body, i);
            TemplateProgram *inner = current.inverse ? current.inverse.get() : current.program.get();
            if (inner)
                omitLeft(inner->body, -1);
        }
    }
}

TemplateWhitespaceControl::Strip TemplateWhitespaceControl::visitNode(TemplateNode &node)
{
    Strip strip;
    switch (node.kind) {
    case TemplateNode::Kind::Content:
        return strip;
    case TemplateNode::Kind::Mustache:
        strip.present = true;
        strip.open = node.strip.open;
        strip.close = node.strip.close;
        return strip;
    case TemplateNode::Kind::Partial:
    case TemplateNode::Kind::Comment:
        strip.present = true;
        strip.inlineStandalone = true;
        strip.open = node.strip.open;
        strip.close = node.strip.close;
        return strip;
    case TemplateNode::Kind::Block:
    case TemplateNode::Kind::InlinePartial:
        return visitBlock(node);
    }
    return strip;
}

TemplateWhitespaceControl::Strip TemplateWhitespaceControl::visitBlock(TemplateNode &block)
{
    if (block.program)
        visitProgram(*block.program);
    if (block.inverse)
        visitProgram(*block.inverse);

    TemplateProgram *program = block.program ? block.program.get() : block.inverse.get();
    TemplateProgram *inverse = block.program ? block.inverse.get() : nullptr;
    TemplateProgram *firstInverse = inverse;
    TemplateProgram *lastInverse = inverse;
    if (inverse && inverse->chained) {
        firstInverse = inverse->body.front().program.get();
        while (lastInverse && lastInverse->chained)
            lastInverse = lastInverse->body.back().program.get();
    }

    Strip strip;
    strip.present = true;
    strip.open = block.openStrip.open;
    strip.close = block.closeStrip.close;
    if (!program)
        return strip;
    strip.openStandalone = isNextWhitespace(program->body, -1, false);
    strip.closeStandalone = isPrevWhitespace((firstInverse ? firstInverse : program)->body, -1, false);

    if (block.openStrip.close)
        omitRight(program->body, -1, true);
    if (inverse && firstInverse && lastInverse) {
        if (block.inverseStrip.open)
            omitLeft(program->body, -1, true);
        if (block.inverseStrip.close)
            omitRight(firstInverse->body, -1, true);
        if (block.closeStrip.open)
            omitLeft(lastInverse->body, -1, true);
        // A standalone {{else}} takes its line with it.
        if (isPrevWhitespace(program->body, -1, false) && isNextWhitespace(firstInverse->body, -1, false)) {
            omitLeft(program->body, -1);
            omitRight(firstInverse->body, -1);
        }
    } else if (block.closeStrip.open) {
        omitLeft(program->body, -1, true);
    }
    return strip;
}

} // namespace Ses
