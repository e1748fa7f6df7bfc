#include "tests/gui/support/ProbePane.h"

#include <QTimer>

#include "models/connection/Session.h"

namespace TestSupport
{

ProbePane::ProbePane(const Views::PaneContext &context, QWidget *parent)
    : Pane(context, parent)
    , m_filter(new QLineEdit)
{
    m_filter->setObjectName(QStringLiteral("probeFilterEdit"));
    setContentWidget(m_filter);
}

void ProbePane::load()
{
    ++m_loads;
    const quint64 gen = generation();
    const QString name = session()->profileDisplayName();
    QTimer::singleShot(0, this, [this, gen, name] {
        if (!isCurrent(gen))
            return;
        m_loadedFor = name;
        finishLoaded();
    });
}

void ProbePane::clearData()
{
    ++m_clears;
    m_loadedFor.clear();
}

} // namespace TestSupport
