#include "models/ses/TemplateParser.h"

#include <QCoreApplication>

#include "models/ses/TemplateLexer.h"

namespace Ses
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Ses::TemplateParser", text);
}

} // namespace

TemplateParser::TemplateParser(const QString &source)
    : m_source(source)
    , m_lines(source)
{
}

std::optional<TemplateProgram> TemplateParser::parse()
{
    m_error.reset();
    m_index = 0;
    TemplateLexer lexer(m_source);
    if (!lexer.tokenize()) {
        m_error = lexer.error();
        return std::nullopt;
    }
    m_tokens = lexer.tokens();

    TemplateProgram program;
    if (!parseProgram(program))
        return std::nullopt;
    const TemplateToken &stop = peek();
    switch (stop.type) {
    case Type::EndOfInput:
        return program;
    case Type::OpenEndBlock: {
        const TemplateToken &name = peek(1);
        fail(TemplateDiagnostic::Code::UnexpectedClose,
            stop.offset,
            stop.length + (name.type == Type::Id ? name.length : 0),
            tr("\"%1\" closes a block that was never opened.")
                .arg(name.type == Type::Id ? QStringLiteral("{{/") + name.value + QStringLiteral("}}")
                                           : QStringLiteral("{{/}}")));
        return std::nullopt;
    }
    case Type::Inverse:
    case Type::OpenInverseChain:
        fail(TemplateDiagnostic::Code::MisplacedElse,
            stop.offset,
            stop.length,
            tr("\"{{else}}\" can only appear inside a block such as {{#if}}...{{/if}}."));
        return std::nullopt;
    default:
        failUnexpected(stop, stop);
        return std::nullopt;
    }
}

const TemplateToken &TemplateParser::peek(int ahead) const
{
    const int i = std::min(m_index + ahead, int(m_tokens.size()) - 1);
    return m_tokens.at(i);
}

const TemplateToken &TemplateParser::next()
{
    const TemplateToken &token = peek();
    if (m_index < m_tokens.size() - 1)
        ++m_index;
    return token;
}

bool TemplateParser::fail(TemplateDiagnostic::Code code, int offset, int length, const QString &message)
{
    if (m_error)
        return false;
    TemplateDiagnostic d;
    d.code = code;
    d.location = m_lines.locationAt(offset);
    d.length = length;
    d.message = message;
    m_error = d;
    return false;
}

QString TemplateParser::tokenText(const TemplateToken &token) const
{
    if (token.type == Type::EndOfInput)
        return tr("the end of the template");
    return m_source.mid(token.offset, token.length);
}

bool TemplateParser::failUnexpected(const TemplateToken &token, const TemplateToken &open)
{
    const TemplateSourceLocation where = m_lines.locationAt(open.offset);
    if (token.type == Type::EndOfInput) {
        return fail(TemplateDiagnostic::Code::UnclosedMustache,
            open.offset,
            open.length,
            tr("This \"%1\" is never closed.").arg(tokenText(open)));
    }
    return fail(TemplateDiagnostic::Code::BadSyntax,
        token.offset,
        token.length,
        tr("Unexpected \"%1\" in the tag that starts at line %2, column %3.")
            .arg(tokenText(token))
            .arg(where.line)
            .arg(where.column));
}

QString TemplateParser::describeOpen(const TemplateToken &open, int openLength) const
{
    QString tag = m_source.mid(open.offset, openLength).simplified();
    if (tag.size() > 40)
        tag = tag.left(36) + QStringLiteral("...}}");
    return tag;
}

bool TemplateParser::parseProgram(TemplateProgram &program)
{
    while (true) {
        switch (peek().type) {
        case Type::EndOfInput:
        case Type::OpenEndBlock:
        case Type::Inverse:
        case Type::OpenInverseChain:
            return true;
        default:
            if (!parseStatement(program))
                return false;
        }
    }
}

bool TemplateParser::parseStatement(TemplateProgram &program)
{
    const TemplateToken &token = peek();
    switch (token.type) {
    case Type::Content: {
        TemplateNode node;
        node.kind = TemplateNode::Kind::Content;
        node.location = m_lines.locationAt(token.offset);
        node.length = token.length;
        node.value = token.value;
        node.original = token.value;
        program.body.push_back(std::move(node));
        next();
        return true;
    }
    case Type::Comment: {
        TemplateNode node;
        node.kind = TemplateNode::Kind::Comment;
        node.location = m_lines.locationAt(token.offset);
        node.length = token.length;
        node.value = token.value;
        node.strip = TemplateStrip{token.stripLeft, token.stripRight};
        program.body.push_back(std::move(node));
        next();
        return true;
    }
    case Type::Open:
    case Type::OpenUnescaped:
        return parseMustache(program);
    case Type::OpenPartial:
        return parsePartial(program);
    case Type::OpenBlock:
    case Type::OpenDecoratorBlock:
    case Type::OpenInverse:
        return parseBlock(program);
    case Type::OpenDecorator:
        return fail(TemplateDiagnostic::Code::Unsupported,
            token.offset,
            token.length,
            tr("Decorators (\"{{*name}}\") are not supported in SES templates; only the "
               "\"{{#*inline}}\" block is."));
    case Type::OpenPartialBlock:
        return fail(TemplateDiagnostic::Code::Unsupported,
            token.offset,
            token.length,
            tr("Partial blocks (\"{{#> name}}\") are not supported in SES templates; define an "
               "inline partial with {{#*inline \"name\"}} and use {{> name}}."));
    default:
        return failUnexpected(token, token);
    }
}

bool TemplateParser::expectClose(const TemplateToken &open, TemplateStrip &strip, int &end)
{
    const bool unescaped = open.type == Type::OpenUnescaped;
    const TemplateToken &close = peek();
    const Type wanted = unescaped ? Type::CloseUnescaped : Type::Close;
    if (close.type == wanted) {
        strip.open = open.stripLeft;
        strip.close = close.stripRight;
        end = close.offset + close.length;
        next();
        return true;
    }
    if (close.type == Type::Close || close.type == Type::CloseUnescaped) {
        return fail(TemplateDiagnostic::Code::BadSyntax,
            close.offset,
            close.length,
            unescaped ? tr("A tag opened with \"{{{\" must be closed with \"}}}\".")
                      : tr("\"}}}\" closes a tag opened with \"{{\": write \"}}\", or open it with \"{{{\"."));
    }
    return failUnexpected(close, open);
}

bool TemplateParser::parseMustache(TemplateProgram &program)
{
    const TemplateToken open = next();
    TemplateNode node;
    node.kind = TemplateNode::Kind::Mustache;
    node.location = m_lines.locationAt(open.offset);
    node.escaped = open.type == Type::Open && open.value != u"&";
    if (!parseCall(node.call, open))
        return false;
    return closeSingleTag(program, std::move(node), open);
}

bool TemplateParser::closeSingleTag(TemplateProgram &program, TemplateNode node, const TemplateToken &open)
{
    int end = 0;
    if (!expectClose(open, node.strip, end))
        return false;
    node.length = end - open.offset;
    node.openLength = node.length;
    program.body.push_back(std::move(node));
    return true;
}

bool TemplateParser::parsePartial(TemplateProgram &program)
{
    const TemplateToken open = next();
    TemplateNode node;
    node.kind = TemplateNode::Kind::Partial;
    node.location = m_lines.locationAt(open.offset);
    if (at(Type::OpenSexpr)) {
        return fail(TemplateDiagnostic::Code::Unsupported,
            peek().offset,
            peek().length,
            tr("Dynamic partial names (\"{{> (expression)}}\") are not supported; write the "
               "partial's name."));
    }
    if (!parseCall(node.call, open))
        return false;
    if (node.call.params.size() > 1) {
        const TemplateExpression &extra = node.call.params.at(1);
        return fail(TemplateDiagnostic::Code::BadSyntax,
            extra.location.offset,
            extra.length,
            tr("A partial takes at most one context argument, then key=value pairs."));
    }
    return closeSingleTag(program, std::move(node), open);
}

bool TemplateParser::parseBlock(TemplateProgram &program)
{
    const TemplateToken open = next();
    TemplateNode node;
    node.kind = open.type == Type::OpenDecoratorBlock ? TemplateNode::Kind::InlinePartial : TemplateNode::Kind::Block;
    node.location = m_lines.locationAt(open.offset);
    if (!parseCall(node.call, open))
        return false;
    QStringList blockParams;
    if (at(Type::OpenBlockParams) && !parseBlockParams(blockParams))
        return false;
    int end = 0;
    if (!expectClose(open, node.openStrip, end))
        return false;
    node.openLength = end - open.offset;

    auto body = std::make_shared<TemplateProgram>();
    body->blockParams = blockParams;
    if (!parseProgram(*body))
        return false;
    node.program = body;
    if (!parseBlockRest(node, open))
        return false;
    if (!parseCloseBlock(node, open))
        return false;
    if (open.type == Type::OpenInverse) {
        // {{^name}}A{{else}}B{{/name}}: A renders when name is empty, B otherwise.
        node.inverted = true;
        std::swap(node.program, node.inverse);
    }
    program.body.push_back(std::move(node));
    return true;
}

bool TemplateParser::parseBlockRest(TemplateNode &block, const TemplateToken &open)
{
    const TemplateToken &token = peek();
    if (token.type == Type::Inverse) {
        if (open.type == Type::OpenDecoratorBlock) {
            return fail(TemplateDiagnostic::Code::MisplacedElse,
                token.offset,
                token.length,
                tr("An inline partial cannot have an \"{{else}}\"."));
        }
        const TemplateToken inverseToken = next();
        block.inverseStrip = TemplateStrip{inverseToken.stripLeft, inverseToken.stripRight};
        auto inverse = std::make_shared<TemplateProgram>();
        if (!parseProgram(*inverse))
            return false;
        block.inverse = inverse;
        if (at(Type::Inverse) || at(Type::OpenInverseChain)) {
            const TemplateSourceLocation first = m_lines.locationAt(inverseToken.offset);
            return fail(TemplateDiagnostic::Code::MisplacedElse,
                peek().offset,
                peek().length,
                tr("This block already has an \"{{else}}\" at line %1, column %2; nothing may follow it "
                   "but the closing tag.")
                    .arg(first.line)
                    .arg(first.column));
        }
        return true;
    }
    if (token.type == Type::OpenInverseChain) {
        if (open.type == Type::OpenDecoratorBlock) {
            return fail(TemplateDiagnostic::Code::MisplacedElse,
                token.offset,
                token.length,
                tr("An inline partial cannot have an \"{{else}}\"."));
        }
        const TemplateToken chainOpen = next();
        TemplateNode link;
        link.kind = TemplateNode::Kind::Block;
        link.location = m_lines.locationAt(chainOpen.offset);
        if (!parseCall(link.call, chainOpen))
            return false;
        QStringList blockParams;
        if (at(Type::OpenBlockParams) && !parseBlockParams(blockParams))
            return false;
        int end = 0;
        if (!expectClose(chainOpen, link.openStrip, end))
            return false;
        link.openLength = end - chainOpen.offset;
        block.inverseStrip = link.openStrip;
        auto body = std::make_shared<TemplateProgram>();
        body->blockParams = blockParams;
        if (!parseProgram(*body))
            return false;
        link.program = body;
        if (!parseBlockRest(link, chainOpen))
            return false;
        auto inverse = std::make_shared<TemplateProgram>();
        inverse->chained = true;
        inverse->body.push_back(std::move(link));
        block.inverse = inverse;
        return true;
    }
    return true;
}

bool TemplateParser::parseCloseBlock(TemplateNode &block, const TemplateToken &open)
{
    const TemplateToken &token = peek();
    const TemplateSourceLocation opened = m_lines.locationAt(open.offset);
    if (token.type == Type::EndOfInput) {
        return fail(TemplateDiagnostic::Code::UnclosedBlock,
            open.offset,
            block.openLength,
            tr("The block \"%1\" is never closed: add \"{{/%2}}\".")
                .arg(describeOpen(open, block.openLength), block.call.name.displayText()));
    }
    if (token.type != Type::OpenEndBlock)
        return failUnexpected(token, open);
    const TemplateToken close = next();
    TemplateExpression name;
    if (!parseHelperName(name, close))
        return false;
    int end = 0;
    if (!expectClose(close, block.closeStrip, end))
        return false;
    const QString opener = block.call.name.displayText();
    if (name.displayText() != opener) {
        return fail(TemplateDiagnostic::Code::MismatchedClose,
            close.offset,
            end - close.offset,
            tr("\"{{/%1}}\" does not match \"%2\" opened at line %3, column %4.")
                .arg(name.displayText(), describeOpen(open, block.openLength))
                .arg(opened.line)
                .arg(opened.column));
    }
    block.closeLocation = m_lines.locationAt(close.offset);
    block.length = end - open.offset;
    // The chained {{else if}} links share the block's closing tag.
    for (TemplateProgram *inverse = block.inverse.get(); inverse && inverse->chained;) {
        TemplateNode &link = inverse->body.front();
        link.closeStrip = block.closeStrip;
        link.closeLocation = block.closeLocation;
        link.length = end - link.location.offset;
        inverse = link.inverse.get();
    }
    return true;
}

bool TemplateParser::parseBlockParams(QStringList &names)
{
    const TemplateToken open = next();
    while (at(Type::Id))
        names.append(next().value);
    if (!at(Type::CloseBlockParams) || names.isEmpty()) {
        return fail(TemplateDiagnostic::Code::BadSyntax,
            open.offset,
            peek().offset + peek().length - open.offset,
            tr("Block parameters are written \"as |item index|\"."));
    }
    next();
    return true;
}

bool TemplateParser::isParamStart() const
{
    switch (peek().type) {
    case Type::Id:
    case Type::Data:
    case Type::String:
    case Type::Number:
    case Type::Boolean:
    case Type::Undefined:
    case Type::Null:
    case Type::OpenSexpr:
        return true;
    default:
        return false;
    }
}

bool TemplateParser::parseCall(TemplateCall &call, const TemplateToken &open)
{
    if (!parseHelperName(call.name, open))
        return false;
    while (isParamStart()) {
        if (at(Type::Id) && peek(1).type == Type::Equals) {
            const TemplateToken key = next();
            next(); // '='
            TemplateExpression value;
            if (!isParamStart())
                return failUnexpected(peek(), open);
            if (!parseParam(value, open))
                return false;
            if (call.hashKeys.contains(key.value)) {
                return fail(TemplateDiagnostic::Code::BadSyntax,
                    key.offset,
                    key.length,
                    tr("\"%1\" is given twice.").arg(key.value));
            }
            call.hashKeys.append(key.value);
            call.hashValues.push_back(std::move(value));
            continue;
        }
        if (!call.hashKeys.isEmpty()) {
            return fail(TemplateDiagnostic::Code::BadSyntax,
                peek().offset,
                peek().length,
                tr("Arguments must come before key=value pairs."));
        }
        TemplateExpression param;
        if (!parseParam(param, open))
            return false;
        call.params.push_back(std::move(param));
    }
    return true;
}

bool TemplateParser::parseHelperName(TemplateExpression &name, const TemplateToken &open)
{
    const TemplateToken &token = peek();
    switch (token.type) {
    case Type::Id:
    case Type::Data:
        return parseParam(name, open);
    case Type::String:
    case Type::Number:
    case Type::Boolean:
    case Type::Undefined:
    case Type::Null: {
        // Handlebars looks a literal in the name position up as a property of that name.
        next();
        name.kind = TemplateExpression::Kind::Path;
        name.path.parts = QStringList{token.value};
        name.path.original = token.value;
        name.location = m_lines.locationAt(token.offset);
        name.length = token.length;
        return true;
    }
    case Type::Close:
    case Type::CloseUnescaped:
        return fail(TemplateDiagnostic::Code::BadSyntax,
            open.offset,
            token.offset + token.length - open.offset,
            tr("This tag is empty: write a name between the braces."));
    default:
        return failUnexpected(token, open);
    }
}

bool TemplateParser::parseParam(TemplateExpression &param, const TemplateToken &open)
{
    const TemplateToken token = peek();
    param.location = m_lines.locationAt(token.offset);
    switch (token.type) {
    case Type::Id:
        return parsePath(param, false, token.offset);
    case Type::Data:
        next();
        if (!at(Type::Id)) {
            return fail(TemplateDiagnostic::Code::BadSyntax,
                token.offset,
                1,
                tr("\"@\" must be followed by a name such as @index or @root."));
        }
        return parsePath(param, true, token.offset);
    case Type::String:
        next();
        param.kind = TemplateExpression::Kind::String;
        param.string = token.value;
        param.length = token.length;
        return true;
    case Type::Number:
        next();
        param.kind = TemplateExpression::Kind::Number;
        param.string = token.value;
        param.number = token.value.toDouble();
        param.length = token.length;
        return true;
    case Type::Boolean:
        next();
        param.kind = TemplateExpression::Kind::Boolean;
        param.boolean = token.value == u"true";
        param.length = token.length;
        return true;
    case Type::Undefined:
        next();
        param.kind = TemplateExpression::Kind::Undefined;
        param.length = token.length;
        return true;
    case Type::Null:
        next();
        param.kind = TemplateExpression::Kind::Null;
        param.length = token.length;
        return true;
    case Type::OpenSexpr: {
        const TemplateToken sexprOpen = next();
        auto call = std::make_shared<TemplateCall>();
        if (!parseCall(*call, open))
            return false;
        if (!at(Type::CloseSexpr)) {
            if (at(Type::Close) || at(Type::CloseUnescaped) || at(Type::EndOfInput)) {
                return fail(TemplateDiagnostic::Code::BadSyntax,
                    sexprOpen.offset,
                    1,
                    tr("This \"(\" is never closed with \")\"."));
            }
            return failUnexpected(peek(), open);
        }
        const TemplateToken close = next();
        param.kind = TemplateExpression::Kind::SubExpression;
        param.call = call;
        param.length = close.offset + close.length - sexprOpen.offset;
        return true;
    }
    default:
        return failUnexpected(token, open);
    }
}

bool TemplateParser::parsePath(TemplateExpression &expression, bool data, int startOffset)
{
    expression.kind = TemplateExpression::Kind::Path;
    TemplatePath &path = expression.path;
    path.data = data;
    int end = startOffset;
    while (true) {
        const TemplateToken segment = next();
        const bool keyword
            = !segment.segmentLiteral && (segment.value == u".." || segment.value == u"." || segment.value == u"this");
        if (keyword) {
            if (!path.parts.isEmpty()) {
                return fail(TemplateDiagnostic::Code::BadSyntax,
                    startOffset,
                    segment.offset + segment.length - startOffset,
                    tr("Invalid path \"%1\": \"this\", \".\" and \"..\" may only start a path.")
                        .arg(m_source.mid(startOffset, segment.offset + segment.length - startOffset)));
            }
            if (segment.value == u"..")
                ++path.depth;
            path.scoped = true;
        } else {
            path.parts.append(segment.value);
        }
        end = segment.offset + segment.length;
        if (!at(Type::Sep))
            break;
        const TemplateToken sep = next();
        if (!at(Type::Id)) {
            return fail(TemplateDiagnostic::Code::BadSyntax,
                sep.offset,
                1,
                tr("Expected a name after \"%1\" (use \"[0]\" for array positions: items.[0]).").arg(sep.value));
        }
    }
    path.original = m_source.mid(startOffset, end - startOffset);
    expression.length = end - startOffset;
    return true;
}

} // namespace Ses
