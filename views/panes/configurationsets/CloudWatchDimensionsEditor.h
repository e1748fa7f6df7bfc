#pragma once

#include <QList>
#include <QWidget>

#include "models/ses/ConfigurationSetTypes.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Views
{

/// The CloudWatch dimensions of an event destination, one row each: the dimension's name, where
/// SES takes its value from (a message tag, an email header, a link tag) and the value used when
/// a message has none.
class CloudWatchDimensionsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudWatchDimensionsEditor)

public:
    explicit CloudWatchDimensionsEditor(QWidget *parent = nullptr);

    void setDimensions(const QList<Ses::CloudWatchDimension> &dimensions);
    /// The rows as entered (rows left entirely empty are left out).
    QList<Ses::CloudWatchDimension> dimensions() const;
    /// Adds an empty row and puts the cursor in its name.
    void addRow();
    int rowCount() const
    {
        return static_cast<int>(m_rows.size());
    }
    void retranslate();

Q_SIGNALS:
    void changed();

private:
    struct Row {
        QWidget *widget;
        QLineEdit *name;
        QComboBox *source;
        QLineEdit *value;
        QPushButton *remove;
    };
    void removeRow(QWidget *rowWidget);
    void renumber();
    void retranslateRow(const Row &row, int number);

    QVBoxLayout *m_rowsLayout;
    QList<Row> m_rows;
    QLabel *m_header;
    QPushButton *m_addButton;
};

} // namespace Views
