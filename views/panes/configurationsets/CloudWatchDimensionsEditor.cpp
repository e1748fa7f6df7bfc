#include "views/panes/configurationsets/CloudWatchDimensionsEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Views
{

CloudWatchDimensionsEditor::CloudWatchDimensionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_header(new QLabel)
    , m_addButton(new QPushButton)
{
    setObjectName(QStringLiteral("cloudWatchDimensionsEditor"));
    m_header->setObjectName(QStringLiteral("cloudWatchDimensionsHeader"));
    m_header->setWordWrap(true);
    m_header->setForegroundRole(QPalette::PlaceholderText);
    m_addButton->setObjectName(QStringLiteral("addDimensionButton"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addLayout(m_rowsLayout);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, &CloudWatchDimensionsEditor::addRow);
    retranslate();
}

void CloudWatchDimensionsEditor::setDimensions(const QList<Ses::CloudWatchDimension> &dimensions)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.constLast().widget);
    for (const Ses::CloudWatchDimension &d : dimensions) {
        addRow();
        const Row &row = m_rows.constLast();
        row.name->setText(d.dimensionName);
        row.source->setCurrentIndex(qMax(0, row.source->findData(d.dimensionValueSource)));
        row.value->setText(d.defaultDimensionValue);
    }
    Q_EMIT changed();
}

QList<Ses::CloudWatchDimension> CloudWatchDimensionsEditor::dimensions() const
{
    QList<Ses::CloudWatchDimension> out;
    for (const Row &row : m_rows) {
        const QString name = row.name->text().trimmed();
        const QString value = row.value->text().trimmed();
        if (name.isEmpty() && value.isEmpty())
            continue;
        out.append({name, row.source->currentData().toString(), value});
    }
    return out;
}

void CloudWatchDimensionsEditor::addRow()
{
    Row row;
    row.widget = new QWidget;
    row.name = new QLineEdit;
    row.source = new QComboBox;
    row.value = new QLineEdit;
    row.remove = new QPushButton;
    for (const char *source : {"MESSAGE_TAG", "EMAIL_HEADER", "LINK_TAG"})
        row.source->addItem(QString(), QString::fromLatin1(source));
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.name, 2);
    layout->addWidget(row.source, 1);
    layout->addWidget(row.value, 2);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);
    connect(row.name, &QLineEdit::textChanged, this, &CloudWatchDimensionsEditor::changed);
    connect(row.value, &QLineEdit::textChanged, this, &CloudWatchDimensionsEditor::changed);
    connect(row.source, &QComboBox::currentIndexChanged, this, &CloudWatchDimensionsEditor::changed);
    QWidget *widget = row.widget;
    connect(row.remove, &QPushButton::clicked, this, [this, widget] {
        removeRow(widget);
        Q_EMIT changed();
    });
    m_rows.append(row);
    renumber();
    row.name->setFocus();
    Q_EMIT changed();
}

void CloudWatchDimensionsEditor::removeRow(QWidget *rowWidget)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == rowWidget) {
            m_rows.removeAt(i);
            rowWidget->deleteLater();
            rowWidget->hide();
            break;
        }
    }
    renumber();
}

void CloudWatchDimensionsEditor::renumber()
{
    // Object names carry the row number so tests and scripts can reach each field.
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString n = QString::number(i + 1);
        row.widget->setObjectName(QStringLiteral("dimensionRow") + n);
        row.name->setObjectName(QStringLiteral("dimensionNameEdit") + n);
        row.source->setObjectName(QStringLiteral("dimensionSourceCombo") + n);
        row.value->setObjectName(QStringLiteral("dimensionValueEdit") + n);
        row.remove->setObjectName(QStringLiteral("removeDimensionButton") + n);
        retranslateRow(row, i + 1);
    }
}

void CloudWatchDimensionsEditor::retranslateRow(const Row &row, int n)
{
    row.name->setPlaceholderText(tr("Dimension name"));
    row.name->setAccessibleName(tr("Dimension %1 name").arg(n));
    row.source->setItemText(0, tr("Message tag"));
    row.source->setItemText(1, tr("Email header"));
    row.source->setItemText(2, tr("Link tag"));
    row.source->setAccessibleName(tr("Dimension %1 value source").arg(n));
    row.value->setPlaceholderText(tr("Default value"));
    row.value->setAccessibleName(tr("Dimension %1 default value").arg(n));
    row.remove->setText(tr("Remove"));
    row.remove->setAccessibleName(tr("Remove dimension %1").arg(n));
}

void CloudWatchDimensionsEditor::retranslate()
{
    m_header->setText(tr("Each unique combination of event type, dimension name and value becomes its own "
                         "CloudWatch metric (charged): avoid dimensions with many values such as ses:from-domain. "
                         "SES's own tags (ses:configuration-set, ses:from-domain…) can be used as message tags."));
    m_addButton->setText(tr("Add &dimension"));
    m_addButton->setAccessibleName(tr("Add dimension"));
    renumber();
}

} // namespace Views
