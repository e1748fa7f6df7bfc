#include "views/widgets/JsonDataEdit.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

#include "models/ses/JsonPositionIndex.h"

#include "views/widgets/Tone.h"

namespace Views
{

JsonDataEdit::JsonDataEdit(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    m_editor->setObjectName(QStringLiteral("jsonEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_status->setObjectName(QStringLiteral("jsonStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        validate();
        Q_EMIT dataChanged();
    });
    validate();
}

QString JsonDataEdit::text() const
{
    return m_editor->toPlainText();
}

void JsonDataEdit::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

void JsonDataEdit::validate()
{
    const QByteArray utf8 = m_editor->toPlainText().toUtf8();
    m_valid = true;
    m_error.clear();
    m_errorLine = 0;
    m_errorColumn = 0;
    m_object = {};
    QList<QTextEdit::ExtraSelection> marks;
    if (!utf8.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
        if (error.error != QJsonParseError::NoError) {
            const auto p = Ses::JsonPositionIndex::positionOfParseError(utf8, error);
            m_valid = false;
            m_errorLine = p.line;
            m_errorColumn = p.column;
            m_error = tr("Line %1, column %2: %3").arg(p.line).arg(p.column).arg(error.errorString());
            const QTextBlock block = m_editor->document()->findBlockByNumber(p.line - 1);
            if (block.isValid()) {
                QTextEdit::ExtraSelection mark;
                mark.cursor = QTextCursor(block);
                mark.cursor.setPosition(block.position() + std::min(p.column - 1, std::max(0, block.length() - 1)));
                mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
                mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                mark.format.setUnderlineColor(toneAccent(Tone::Error));
                mark.format.setBackground(toneBackground(palette(), Tone::Error));
                marks.append(mark);
            }
        } else if (!document.isObject()) {
            m_valid = false;
            m_errorLine = 1;
            m_errorColumn = 1;
            m_error = tr("Line 1, column 1: the data must be a JSON object, such as {\"name\": \"Ana\"}.");
        } else {
            m_object = document.object();
        }
    }
    m_editor->setExtraSelections(marks);
    showStatus();
}

void JsonDataEdit::showStatus()
{
    if (m_valid) {
        m_status->setText(m_object.isEmpty() && m_editor->toPlainText().trimmed().isEmpty()
                ? tr("No data: every variable renders empty.")
                : tr("Valid JSON."));
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(m_error);
        m_status->setStyleSheet(QStringLiteral("color: %1;").arg(toneAccent(Tone::Error).name()));
    }
    m_status->setAccessibleName(m_status->text());
}

void JsonDataEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        validate();
    QWidget::changeEvent(event);
}

} // namespace Views
