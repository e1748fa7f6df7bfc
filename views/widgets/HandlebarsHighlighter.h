#pragma once

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Views
{

/// Highlights an SES template part: Handlebars mustaches ({{name}}, {{{raw}}}), block helpers
/// ({{#each}} {{else}} {{/each}}), comments ({{! }} and {{!-- --}}, across lines), SES's own
/// placeholders ({{ses:openTracker}}, {{amazonSESUnsubscribeUrl}}) and, in HTML parts, tags,
/// attributes and <!-- --> comments. Problems the template checks found are underlined where
/// they are. Colours come from the palette, so it reads in light and dark themes.
class HandlebarsHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandlebarsHighlighter)

public:
    enum class Mode { Html, Text };

    HandlebarsHighlighter(QTextDocument *document, Mode mode);

    /// A range of the document (UTF-16 offset and length) to underline as a problem.
    struct Problem {
        int offset = 0;
        int length = 0;
    };
    void setProblems(const QList<Problem> &problems);
    /// Re-derives the colours from palette (after a theme change).
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = 0, InHandlebarsComment = 1, InHtmlComment = 2 };

    void highlightHtml(const QString &text, int from, int to);
    int highlightMustache(const QString &text, int start);

    Mode m_mode;
    QList<Problem> m_problems;
    QTextCharFormat m_mustache;
    QTextCharFormat m_block;
    QTextCharFormat m_comment;
    QTextCharFormat m_placeholder;
    QTextCharFormat m_tag;
    QTextCharFormat m_attribute;
    QTextCharFormat m_problem;
};

} // namespace Views
