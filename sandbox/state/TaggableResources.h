#pragma once

#include <functional>

#include <QHash>
#include <QString>

namespace Sandbox
{

/// Which stored document an SES resource ARN names, per resource type ("identity",
/// "configuration-set", "contact-list", "dedicated-ip-pool", "template"...). Each family of
/// operations registers its type; TagResource/UntagResource/ListTagsForResource then work on the
/// document's "Tags" member for every family alike.
class TaggableResources
{
public:
    struct Binding {
        QString collection;
        std::function<QString(const QString &resourceName)> keyFor; ///< ARN resource name → document key.
    };

    void add(const QString &resourceType, Binding binding)
    {
        m_bindings.insert(resourceType, std::move(binding));
    }
    const Binding *find(const QString &resourceType) const
    {
        const auto it = m_bindings.constFind(resourceType);
        return it == m_bindings.constEnd() ? nullptr : &*it;
    }

private:
    QHash<QString, Binding> m_bindings;
};

} // namespace Sandbox
