#pragma once

#include <QLineEdit>

#include "views/panes/Pane.h"

namespace TestSupport
{

/// A pane for shell tests: counts reloads and clears, remembers which session it loaded for,
/// can pretend to hold unsaved changes, and has a filter field for Find.
class ProbePane final : public Views::Pane
{
    Q_OBJECT

public:
    explicit ProbePane(const Views::PaneContext &context, QWidget *parent = nullptr);

    QString id() const override
    {
        return QStringLiteral("probe");
    }
    QString title() const override
    {
        return QStringLiteral("Probe");
    }
    bool hasUnsavedChanges() const override
    {
        return m_dirty;
    }
    QWidget *filterWidget() const override
    {
        return m_filter;
    }
    QString copyText() const override
    {
        return m_loadedFor;
    }

    void setDirty(bool dirty)
    {
        m_dirty = dirty;
    }
    int loads() const
    {
        return m_loads;
    }
    int clears() const
    {
        return m_clears;
    }
    /// The profile display name the data shown belongs to; empty when cleared.
    QString loadedFor() const
    {
        return m_loadedFor;
    }

protected:
    void load() override;
    void clearData() override;

private:
    QLineEdit *m_filter;
    QString m_loadedFor;
    bool m_dirty = false;
    int m_loads = 0;
    int m_clears = 0;
};

} // namespace TestSupport
