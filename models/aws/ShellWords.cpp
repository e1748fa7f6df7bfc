#include "models/aws/ShellWords.h"

namespace Aws
{

namespace
{

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

} // namespace

Result<QStringList> ShellWords::split(const QString &commandLine)
{
    // A transcription of shlex.shlex.read_token with posix=True and whitespace_split=True.
    enum class State { Blank, Word, SingleQuote, DoubleQuote, Escape };
    QStringList words;
    QString token;
    bool quoted = false;
    State state = State::Blank;
    State escapedState = State::Word;

    for (const QChar c : commandLine) {
        switch (state) {
        case State::Blank:
        case State::Word:
            if (isBlank(c)) {
                if (state == State::Word) {
                    words.append(token);
                    token.clear();
                    quoted = false;
                    state = State::Blank;
                }
            } else if (c == u'\\') {
                escapedState = State::Word;
                state = State::Escape;
            } else if (c == u'\'') {
                quoted = true;
                state = State::SingleQuote;
            } else if (c == u'"') {
                quoted = true;
                state = State::DoubleQuote;
            } else {
                token.append(c);
                state = State::Word;
            }
            break;
        case State::SingleQuote:
            if (c == u'\'')
                state = State::Word;
            else
                token.append(c);
            break;
        case State::DoubleQuote:
            if (c == u'"') {
                state = State::Word;
            } else if (c == u'\\') {
                escapedState = State::DoubleQuote;
                state = State::Escape;
            } else {
                token.append(c);
            }
            break;
        case State::Escape:
            // Inside double quotes only \" and \\ are escapes; elsewhere the backslash stays.
            if (escapedState == State::DoubleQuote && c != u'\\' && c != u'"')
                token.append(u'\\');
            token.append(c);
            state = escapedState;
            break;
        }
    }

    switch (state) {
    case State::SingleQuote:
    case State::DoubleQuote:
        return AwsError::local(AwsError::Kind::Usage, QStringLiteral("ShellSyntax"), tr("no closing quotation"));
    case State::Escape:
        return AwsError::local(AwsError::Kind::Usage,
            QStringLiteral("ShellSyntax"),
            tr("no escaped character after a trailing backslash"));
    case State::Word:
        if (!token.isEmpty() || quoted)
            words.append(token);
        break;
    case State::Blank:
        break;
    }
    return words;
}

} // namespace Aws
