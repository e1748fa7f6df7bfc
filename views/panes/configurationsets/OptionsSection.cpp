#include "views/panes/configurationsets/OptionsSection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "views/widgets/Tone.h"

namespace Views
{

OptionsSection::OptionsSection(const QString &name, QWidget *parent)
    : QGroupBox(parent)
    , m_body(new QVBoxLayout)
    , m_problemLabel(new QLabel)
    , m_saveButton(new QPushButton)
    , m_revertButton(new QPushButton)
{
    setObjectName(name + QStringLiteral("Section"));
    m_saveButton->setObjectName(name + QStringLiteral("SaveButton"));
    m_revertButton->setObjectName(name + QStringLiteral("RevertButton"));
    m_problemLabel->setObjectName(name + QStringLiteral("ProblemLabel"));
    m_problemLabel->setWordWrap(true);
    setTextTone(m_problemLabel, Tone::Error);
    m_problemLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    layout->addWidget(m_problemLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    layout->addLayout(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        if (hasChanges() && problem().isEmpty())
            Q_EMIT saveRequested();
    });
    connect(m_revertButton, &QPushButton::clicked, this, &OptionsSection::revert);
}

void OptionsSection::showSet(const Ses::ConfigurationSet &set)
{
    m_set = set;
    revert();
}

void OptionsSection::clear()
{
    m_set.reset();
    m_busy = false;
    updateState();
}

void OptionsSection::revert()
{
    if (!m_set)
        return;
    m_loading = true;
    load(*m_set);
    m_loading = false;
    updateState();
}

bool OptionsSection::hasChanges() const
{
    return m_set && differs();
}

void OptionsSection::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void OptionsSection::updateState()
{
    if (m_loading)
        return;
    const bool changes = hasChanges();
    const QString why = changes ? problem() : QString();
    m_problemLabel->setText(why);
    m_problemLabel->setVisible(!why.isEmpty());
    setControlsEnabled(m_set && !m_busy);
    m_saveButton->setEnabled(changes && why.isEmpty() && !m_busy);
    m_revertButton->setEnabled(changes && !m_busy);
    Q_EMIT changedStateChanged(changes);
}

void OptionsSection::retranslate()
{
    m_saveButton->setText(tr("Save"));
    m_revertButton->setText(tr("Revert"));
    retranslateSection();
    m_saveButton->setAccessibleName(tr("Save %1").arg(title()));
    m_revertButton->setAccessibleName(tr("Revert %1").arg(title()));
    m_problemLabel->setAccessibleName(tr("Problem with %1").arg(title()));
    updateState();
}

QLabel *OptionsSection::makeNote(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace Views
