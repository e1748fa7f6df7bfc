#pragma once

#include <QList>
#include <QWidget>

#include "models/ses/IdentityTypes.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace Views
{

/// Edits a resource's tags (key and optional value), checked as SES checks them: at most 50,
/// keys of 1–128 and values of at most 256 characters, no duplicate keys, no "aws:" prefix.
class TagEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagEditor)

public:
    static constexpr int MaximumTags = 50;

    explicit TagEditor(QWidget *parent = nullptr);

    void setTags(const QList<Ses::Tag> &tags);
    /// The tags as entered; rows with neither key nor value are left out.
    QList<Ses::Tag> tags() const;
    /// What is wrong (translated), or empty.
    QString problem() const;
    /// Adds an empty row and puts the cursor in its key.
    void addRow();
    void removeCurrentRow();

Q_SIGNALS:
    void changed();

private:
    void update();

    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_problemLabel;
};

} // namespace Views
