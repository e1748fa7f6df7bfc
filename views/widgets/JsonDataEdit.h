#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Views
{

/// A JSON editor for template data, checked as you type: an error names its line and column
/// (and the place is marked in the text); valid data must be a JSON object, as SES's
/// TemplateData is. Empty text counts as {}.
class JsonDataEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonDataEdit)

public:
    explicit JsonDataEdit(QWidget *parent = nullptr);

    QPlainTextEdit *editor() const
    {
        return m_editor;
    }
    QString text() const;
    void setText(const QString &text);

    bool isValid() const
    {
        return m_valid;
    }
    /// "Line 2, column 9: ..." or empty when valid.
    QString errorText() const
    {
        return m_error;
    }
    int errorLine() const
    {
        return m_errorLine;
    }
    int errorColumn() const
    {
        return m_errorColumn;
    }
    /// The data ({} when empty); an empty object while invalid.
    QJsonObject object() const
    {
        return m_object;
    }

Q_SIGNALS:
    void dataChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void showStatus();

    QPlainTextEdit *m_editor;
    QLabel *m_status;
    bool m_valid = true;
    QString m_error;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QJsonObject m_object;
};

} // namespace Views
