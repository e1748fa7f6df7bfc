#include "views/panes/suppression/SuppressionFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Views
{

namespace List = Items::SuppressionList;

SuppressionFilterBar::SuppressionFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_reasonLabel(new QLabel)
    , m_reasonCombo(new QComboBox)
    , m_fromCheck(new QCheckBox)
    , m_fromEdit(new QDateEdit)
    , m_toCheck(new QCheckBox)
    , m_toEdit(new QDateEdit)
{
    setObjectName(QStringLiteral("suppressionFilterBar"));
    m_reasonCombo->setObjectName(QStringLiteral("suppressionReasonFilterCombo"));
    m_reasonCombo->addItem(QString(), QString());
    m_reasonCombo->addItem(QString(), List::reasonToSes(List::Reason::Bounce));
    m_reasonCombo->addItem(QString(), List::reasonToSes(List::Reason::Complaint));
    m_reasonLabel->setBuddy(m_reasonCombo);
    m_fromCheck->setObjectName(QStringLiteral("suppressionFromCheck"));
    m_fromEdit->setObjectName(QStringLiteral("suppressionFromDateEdit"));
    m_toCheck->setObjectName(QStringLiteral("suppressionToCheck"));
    m_toEdit->setObjectName(QStringLiteral("suppressionToDateEdit"));
    // Wide enough for the locale's short date (Korean's "2026. 12. 31." is longer than most).
    const int dateWidth
        = fontMetrics().horizontalAdvance(QLocale().toString(QDate(2000, 12, 31), QLocale::ShortFormat)) + 48;
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setMinimumWidth(dateWidth);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reasonCombo);
    layout->addSpacing(12);
    layout->addWidget(m_fromCheck);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toCheck);
    layout->addWidget(m_toEdit);

    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, &SuppressionFilterBar::onChanged);
    connect(m_fromCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &SuppressionFilterBar::onChanged);
    connect(m_toCheck, &QCheckBox::toggled, this, &SuppressionFilterBar::onChanged);
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_fromCheck->isChecked())
            onChanged();
    });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_toCheck->isChecked())
            onChanged();
    });
    retranslate();
}

List::Filter SuppressionFilterBar::filter() const
{
    List::Filter filter;
    if (const QString reason = m_reasonCombo->currentData().toString(); !reason.isEmpty())
        filter.reasons = QStringList{reason};
    // Days are the user's days: from the start of the first to the end of the last, local time.
    if (m_fromCheck->isChecked())
        filter.start = m_fromEdit->date().startOfDay().toUTC();
    if (m_toCheck->isChecked())
        filter.end = m_toEdit->date().endOfDay().toUTC();
    return filter;
}

void SuppressionFilterBar::reset(const QDate &today)
{
    m_resetting = true;
    m_reasonCombo->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    m_fromEdit->setDate(today.addDays(-30));
    m_toEdit->setDate(today);
    m_resetting = false;
}

void SuppressionFilterBar::onChanged()
{
    if (!m_resetting)
        Q_EMIT filterChanged();
}

void SuppressionFilterBar::retranslate()
{
    m_reasonLabel->setText(tr("R&eason:"));
    m_reasonCombo->setItemText(0, tr("All reasons"));
    m_reasonCombo->setItemText(1, List::reasonText(List::Reason::Bounce));
    m_reasonCombo->setItemText(2, List::reasonText(List::Reason::Complaint));
    m_reasonCombo->setAccessibleName(tr("Filter by reason"));
    m_fromCheck->setText(tr("&From"));
    m_fromCheck->setAccessibleName(tr("Filter from a date"));
    m_fromEdit->setAccessibleName(tr("First day of the last update"));
    m_toCheck->setText(tr("&To"));
    m_toCheck->setAccessibleName(tr("Filter up to a date"));
    m_toEdit->setAccessibleName(tr("Last day of the last update"));
}

} // namespace Views
