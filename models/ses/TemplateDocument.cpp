#include "models/ses/TemplateDocument.h"

#include "models/ses/TemplateParser.h"
#include "models/ses/TemplateValidator.h"
#include "models/ses/TemplateWhitespaceControl.h"

namespace Ses
{

TemplateDocument TemplateDocument::parse(const QString &source)
{
    TemplateDocument document;
    document.m_source = source;
    TemplateParser parser(source);
    std::optional<TemplateProgram> program = parser.parse();
    if (!program) {
        document.m_diagnostics.append(*parser.error());
        return document;
    }
    TemplateWhitespaceControl::apply(*program);
    document.m_diagnostics = TemplateValidator::validate(*program);
    document.m_program = std::move(*program);
    return document;
}

} // namespace Ses
