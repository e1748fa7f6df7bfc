#pragma once

namespace Sandbox
{

class SuppressionList;
class TemplateRenderer;

/// The extension points the send path and the account rules call into, filled by the families
/// that provide them (the server owns those objects; the hooks only point at them).
class SandboxHooks
{
public:
    SuppressionList *suppressionList() const
    {
        return m_suppressionList;
    }
    void setSuppressionList(SuppressionList *list)
    {
        m_suppressionList = list;
    }
    TemplateRenderer *templateRenderer() const
    {
        return m_templateRenderer;
    }
    void setTemplateRenderer(TemplateRenderer *renderer)
    {
        m_templateRenderer = renderer;
    }

private:
    SuppressionList *m_suppressionList = nullptr;
    TemplateRenderer *m_templateRenderer = nullptr;
};

} // namespace Sandbox
