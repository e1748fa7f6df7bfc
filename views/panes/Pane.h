#pragma once

#include <memory>

#include <QList>
#include <QPointer>
#include <QWidget>

#include "views/panes/PaneContext.h"

class QStackedWidget;
class QVBoxLayout;

namespace Aws
{
class AwsJob;
struct AwsError;
} // namespace Aws
namespace Connection
{
class Session;
}

namespace Views
{

class BusyOverlay;
class EmptyStateLabel;
class ErrorBanner;

/// The base of every pane in the main window's navigation list (see views/README.md).
///
/// The main window hands each pane the current Session (setSession) and asks it to reload().
/// A pane implements load() (start its asynchronous calls) and clearData() (forget everything
/// of the previous session), and reports the outcome with finishLoaded(), finishEmpty() or
/// finishError(); each emits loaded() exactly once per reload, so tests wait on it. The base
/// shows the loading overlay, the empty-state text and the error banner, and ignores answers
/// that arrive for an older reload or session.
class Pane : public QWidget
{
    Q_OBJECT

public:
    explicit Pane(const PaneContext &context, QWidget *parent = nullptr);
    ~Pane() override;

    /// Stable id used in settings and tests: "account", "identities"...
    virtual QString id() const = 0;
    /// The translated name in the navigation list.
    virtual QString title() const = 0;

    /// Installs the connection (null: disconnected). Clears every trace of the old one at once
    /// and marks the pane stale; the main window then reloads it when it is shown.
    void setSession(std::shared_ptr<Connection::Session> session);
    Connection::Session *session() const
    {
        return m_session.get();
    }
    bool isStale() const
    {
        return m_stale;
    }
    bool isLoading() const
    {
        return m_loading;
    }

    /// Unsaved edits the user would lose on reload, profile switch or quit.
    virtual bool hasUnsavedChanges() const
    {
        return false;
    }
    /// Asks whether to drop unsaved edits (through MessageBoxes); true when there are none or
    /// the user agreed. Override to offer saving.
    virtual bool confirmDiscard();
    /// The pane's filter field, focused by Find (Ctrl+F); null when it has none.
    virtual QWidget *filterWidget() const
    {
        return nullptr;
    }
    /// What Copy puts on the clipboard when the focus widget has no copy of its own; empty:
    /// nothing to copy.
    virtual QString copyText() const
    {
        return {};
    }

    ErrorBanner *errorBanner() const
    {
        return m_errorBanner;
    }

public Q_SLOTS:
    /// Drops the current data and loads it again from the session.
    void reload();

Q_SIGNALS:
    /// Emitted once per reload() when it ended: with data, empty, or with an error.
    void loaded();
    void loadingChanged(bool loading);

protected:
    /// Starts loading from session() (never null here). Call one of the finish methods later.
    virtual void load() = 0;
    /// Forgets all data shown (old account's data must never stay on screen).
    virtual void clearData() = 0;
    /// Re-sets translated texts; called on language change.
    virtual void retranslate()
    {
    }

    /// Puts the pane's own widget in place (once, from the constructor).
    void setContentWidget(QWidget *content);
    void finishLoaded();
    void finishEmpty(const QString &message);
    void finishError(const QString &action, const Aws::AwsError &error);
    /// Shows an error of a later action (a save) without hiding the content.
    void showActionError(const QString &action, const Aws::AwsError &error);

    /// Remembers a call so a reload or session change cancels it.
    void track(Aws::AwsJob *job);
    /// Increases on every reload and session change; compare it in callbacks (isCurrent) so a
    /// late answer never lands in the wrong session's view.
    quint64 generation() const
    {
        return m_generation;
    }
    bool isCurrent(quint64 generation) const
    {
        return generation == m_generation;
    }
    const PaneContext &context() const
    {
        return m_context;
    }
    std::shared_ptr<Connection::Session> sessionPtr() const
    {
        return m_session;
    }
    void changeEvent(QEvent *event) override;

private:
    void cancelTracked();
    void setLoading(bool loading);
    void showDisconnected();

    PaneContext m_context;
    std::shared_ptr<Connection::Session> m_session;
    QVBoxLayout *m_layout;
    ErrorBanner *m_errorBanner;
    QStackedWidget *m_stack;
    EmptyStateLabel *m_emptyLabel;
    BusyOverlay *m_busy;
    QWidget *m_content = nullptr;
    QList<QPointer<Aws::AwsJob>> m_jobs;
    quint64 m_generation = 0;
    bool m_stale = true;
    bool m_loading = false;
};

} // namespace Views
