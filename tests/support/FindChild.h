#pragma once

#include <QObject>
#include <QString>

namespace TestSupport
{

/// The descendant of \a parent named \a name. A missing widget stops the test binary with the
/// name, so a renamed object fails loudly instead of crashing on a null pointer later.
template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace TestSupport
