#include "views/widgets/TagEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Views
{

TagEditor::TagEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2))
    , m_addButton(new QPushButton(tr("&Add tag")))
    , m_removeButton(new QPushButton(tr("Re&move tag")))
    , m_problemLabel(new QLabel)
{
    setObjectName(QStringLiteral("tagEditor"));
    m_table->setObjectName(QStringLiteral("tagTable"));
    m_table->setAccessibleName(tr("Tags"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value (optional)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(100);
    m_addButton->setObjectName(QStringLiteral("addTagButton"));
    m_addButton->setAccessibleName(tr("Add tag"));
    m_removeButton->setObjectName(QStringLiteral("removeTagButton"));
    m_removeButton->setAccessibleName(tr("Remove tag"));
    m_problemLabel->setObjectName(QStringLiteral("tagProblemLabel"));
    m_problemLabel->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problemLabel);

    connect(m_addButton, &QPushButton::clicked, this, &TagEditor::addRow);
    connect(m_removeButton, &QPushButton::clicked, this, &TagEditor::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, &TagEditor::update);
    connect(m_table, &QTableWidget::currentCellChanged, this, &TagEditor::update);
    update();
}

void TagEditor::setTags(const QList<Ses::Tag> &tags)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const Ses::Tag &tag : tags) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(tag.key));
        m_table->setItem(row, 1, new QTableWidgetItem(tag.value));
    }
    update();
}

QList<Ses::Tag> TagEditor::tags() const
{
    QList<Ses::Tag> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString key = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const QString value = m_table->item(row, 1) ? m_table->item(row, 1)->text() : QString();
        if (!key.isEmpty() || !value.isEmpty())
            out.append({key, value});
    }
    return out;
}

QString TagEditor::problem() const
{
    const QList<Ses::Tag> list = tags();
    if (list.size() > MaximumTags)
        return tr("At most %1 tags are allowed.").arg(MaximumTags);
    QSet<QString> keys;
    for (const Ses::Tag &tag : list) {
        if (tag.key.isEmpty())
            return tr("The tag with the value “%1” has no key.").arg(tag.value);
        if (tag.key.size() > 128)
            return tr("The tag key “%1…” is longer than 128 characters.").arg(tag.key.left(20));
        if (tag.value.size() > 256)
            return tr("The value of the tag “%1” is longer than 256 characters.").arg(tag.key);
        if (tag.key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive))
            return tr("Tag keys starting with “aws:” are reserved for AWS.");
        if (keys.contains(tag.key))
            return tr("The tag key “%1” is there twice.").arg(tag.key);
        keys.insert(tag.key);
    }
    return {};
}

void TagEditor::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem);
    m_table->setItem(row, 1, new QTableWidgetItem);
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
    update();
}

void TagEditor::removeCurrentRow()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    update();
}

void TagEditor::update()
{
    m_removeButton->setEnabled(m_table->currentRow() >= 0);
    m_addButton->setEnabled(m_table->rowCount() < MaximumTags);
    const QString why = problem();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    Q_EMIT changed();
}

} // namespace Views
