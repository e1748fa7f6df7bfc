#pragma once

#include <QObject>
#include <QPointer>

namespace Views
{

/// One user action (Kleopatra-style): set its inputs, start() it, and it opens whatever dialog
/// it needs, makes its calls, reports progress and ends with exactly one finished(). cancel()
/// stops it at any point (finished() follows with Outcome::Cancelled). A command deletes itself
/// after finished() unless setAutoDelete(false).
class Command : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Succeeded, Failed, Cancelled };
    Q_ENUM(Outcome)

    /// parentWidget: where its dialogs and message boxes appear.
    explicit Command(QWidget *parentWidget, QObject *parent = nullptr);
    ~Command() override;

    void start();
    void cancel();
    bool isRunning() const
    {
        return m_running;
    }
    void setAutoDelete(bool autoDelete)
    {
        m_autoDelete = autoDelete;
    }
    QWidget *parentWidget() const
    {
        return m_parentWidget;
    }

Q_SIGNALS:
    /// current of total (total 0: indeterminate), with a short description.
    void progress(int current, int total, const QString &text);
    /// A line for the status bar: "Production access requested".
    void info(const QString &message);
    void finished(Views::Command::Outcome outcome);

protected:
    virtual void doStart() = 0;
    virtual void doCancel() = 0;
    /// Ends the command; later calls are ignored.
    void finish(Outcome outcome);

private:
    QPointer<QWidget> m_parentWidget;
    bool m_running = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace Views
