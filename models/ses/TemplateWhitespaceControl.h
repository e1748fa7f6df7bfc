#pragma once

#include <vector>

#include "models/ses/TemplateAst.h"

namespace Ses
{

/// Applies Handlebars' whitespace rules to a parsed template, exactly as Handlebars'
/// WhitespaceControl does: "~" strips all whitespace on its side of a tag, and a block tag,
/// {{else}}, comment, partial or inline-partial tag standing alone on its line takes that whole
/// line with it (which is why the guide's "{{/inline}}\n" leaves no newline behind). Standalone
/// partials remember their indent, which the renderer gives each line of their output.
class TemplateWhitespaceControl
{
public:
    static void apply(TemplateProgram &root);

private:
    struct Strip {
        bool present = false;
        bool open = false;
        bool close = false;
        bool openStandalone = false;
        bool closeStandalone = false;
        bool inlineStandalone = false;
    };

    void visitProgram(TemplateProgram &program);
    Strip visitNode(TemplateNode &node);
    Strip visitBlock(TemplateNode &block);

    bool m_rootSeen = false;
};

} // namespace Ses
