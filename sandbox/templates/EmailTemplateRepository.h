#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>

namespace Sandbox
{

class StateStore;

/// Email templates as GetEmailTemplate shows them ({TemplateName, TemplateContent, Tags}) plus
/// their creation time, one document per template keyed by its (case-sensitive) name, so
/// ListEmailTemplates pages in name order.
class EmailTemplateRepository
{
public:
    explicit EmailTemplateRepository(StateStore &store);

    static QString collection()
    {
        return QStringLiteral("email-templates");
    }

    std::optional<QJsonObject> find(const QString &name) const;
    bool exists(const QString &name) const;
    bool save(const QJsonObject &emailTemplate);
    bool remove(const QString &name);
    QList<QJsonObject> page(const QString &afterName, int limit) const;
    qint64 count() const;

    /// The guide's quota: 20,000 templates per region.
    static constexpr int kMaxTemplates = 20000;

private:
    StateStore &m_store;
};

} // namespace Sandbox
