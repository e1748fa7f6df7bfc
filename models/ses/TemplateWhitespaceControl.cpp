#include "models/ses/TemplateWhitespaceControl.h"

#include <QRegularExpression>

namespace Ses
{

namespace
{

using Body = std::vector<TemplateNode>;

// Handlebars runs these on JavaScript strings, where \s is Unicode-aware and $ means the very end
// (PCRE's $ also matches before a final newline, hence \z).
QRegularExpression jsRegex(const char *pattern)
{
    QRegularExpression re(QString::fromLatin1(pattern), QRegularExpression::UseUnicodePropertiesOption);
    re.optimize();
    return re;
}

const QRegularExpression kPrevSibling = jsRegex(R"((?:^|\S)[^\S\n]*\n\s*\z)");
const QRegularExpression kPrevRoot = jsRegex(R"(^\s*\z|(?:^|\S)[^\S\n]*\n\s*\z)");
const QRegularExpression kNextSibling = jsRegex(R"(^\s*?\r?\n)");
const QRegularExpression kNextRoot = jsRegex(R"(^\s*?(\r?\n|\z))");
const QRegularExpression kLeadingAll = jsRegex(R"(^\s+)");
const QRegularExpression kLeadingLine = jsRegex(R"(^[ \t]*\r?\n?)");
const QRegularExpression kTrailingAll = jsRegex(R"((^|\S)\s+\z)");
const QRegularExpression kTrailingBlanks = jsRegex(R"((^|[^ \t])[ \t]+\z)");
const QRegularExpression kIndent = jsRegex(R"((?:^|[^ \t])([ \t]+)\z)");

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
        return kPrevSibling.match(original).hasMatch();
    return kPrevRoot.match(original).hasMatch();
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
        return kNextSibling.match(original).hasMatch();
    return kNextRoot.match(original).hasMatch();
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
    const QString before = current.value;
    current.value.remove(multiple ? kLeadingAll : kLeadingLine);
    current.rightStripped = current.value != before;
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
    const QString before = current.value;
    current.value.replace(multiple ? kTrailingAll : kTrailingBlanks, QStringLiteral("\\1"));
    current.leftStripped = current.value != before;
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
                const auto match = kIndent.match(body[std::size_t(i - 1)].original);
                current.indent = match.captured(1);
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
