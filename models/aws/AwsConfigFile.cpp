#include "models/aws/AwsConfigFile.h"

#include <optional>

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include "models/aws/ShellWords.h"

namespace Aws
{

namespace
{

struct RawOption {
    QString key;
    QStringList lines;
    QList<int> lineNumbers;
};

struct RawSection {
    QString header;
    int line = 0;
    QList<RawOption> options;
    QHash<QString, qsizetype> index;
};

/// Splits on "\n", "\r\n" and "\r", as Python's universal newlines do.
QList<QByteArray> splitLines(const QByteArray &content)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content.at(i);
        if (c != '\n' && c != '\r')
            continue;
        lines.append(content.mid(start, i - start));
        if (c == '\r' && i + 1 < content.size() && content.at(i + 1) == '\n')
            ++i;
        start = i + 1;
    }
    if (start < content.size())
        lines.append(content.mid(start));
    return lines;
}

QString rstrip(QString s)
{
    qsizetype end = s.size();
    while (end > 0 && s.at(end - 1).isSpace())
        --end;
    s.truncate(end);
    return s;
}

qsizetype indentOf(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (!line.at(i).isSpace())
            return i;
    }
    return 0;
}

/// Key names are quoted in messages only when they look like a setting name: a malformed line
/// may be a pasted secret, and its text must not end up in an error.
QString quotedKey(const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    return plain.match(key).hasMatch() ? QStringLiteral("\"%1\"").arg(key) : QString();
}

/// botocore's _parse_section: "profile name" -> "name" when shlex.split gives exactly two words.
std::optional<QString> sectionName(const QString &header)
{
    const Result<QStringList> words = ShellWords::split(header);
    if (!words.ok() || words.value().size() != 2)
        return std::nullopt;
    return words.value().at(1);
}

} // namespace

Result<AwsConfigFile> AwsConfigFile::parse(const QByteArray &content, Kind kind, const QString &displayPath)
{
    const auto fail = [&displayPath](int line, const QString &problem) {
        return AwsError::local(AwsError::Kind::Configuration,
            QStringLiteral("ConfigParseError"),
            tr("%1 line %2: %3").arg(displayPath).arg(line).arg(problem));
    };

    QList<RawSection> sections;
    QHash<QString, qsizetype> sectionIndex;
    RawSection defaults;
    RawSection *current = nullptr;
    qsizetype currentOption = -1;
    qsizetype indentLevel = 0;

    const QList<QByteArray> rawLines = splitLines(content);
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        const int lineNo = int(i + 1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder.decode(rawLines.at(i));
        if (decoder.hasError())
            return fail(lineNo, tr("the text is not valid UTF-8"));

        const QString trimmed = line.trimmed();
        const bool comment = trimmed.startsWith(u'#') || trimmed.startsWith(u';');
        if (comment || trimmed.isEmpty()) {
            // configparser keeps blank lines inside a value (they end up as newlines); comment
            // lines are dropped without ending the value.
            if (!comment && current && currentOption >= 0) {
                RawOption &option = current->options[currentOption];
                option.lines.append(QString());
                option.lineNumbers.append(lineNo);
            }
            continue;
        }

        const qsizetype indent = indentOf(line);
        if (current && currentOption >= 0 && indent > indentLevel) {
            RawOption &option = current->options[currentOption];
            option.lines.append(trimmed);
            option.lineNumbers.append(lineNo);
            continue;
        }
        indentLevel = indent;

        const qsizetype close = trimmed.lastIndexOf(u']');
        if (trimmed.startsWith(u'[') && close >= 2) {
            const QString header = trimmed.mid(1, close - 1);
            currentOption = -1;
            if (header == QLatin1String("DEFAULT")) {
                current = &defaults;
                continue;
            }
            if (const auto it = sectionIndex.constFind(header); it != sectionIndex.constEnd()) {
                return fail(lineNo,
                    tr("section [%1] appears a second time (first on line %2)").arg(header).arg(sections.at(*it).line));
            }
            sectionIndex.insert(header, sections.size());
            sections.append(RawSection{header, lineNo, {}, {}});
            current = &sections.last();
            continue;
        }
        if (!current)
            return fail(lineNo, tr("a setting appears before the first [section] header"));

        qsizetype delimiter = -1;
        for (qsizetype c = 0; c < trimmed.size(); ++c) {
            if (trimmed.at(c) == u'=' || trimmed.at(c) == u':') {
                delimiter = c;
                break;
            }
        }
        if (delimiter < 0)
            return fail(lineNo, tr("expected \"key = value\""));
        const QString key = trimmed.left(delimiter).trimmed().toLower();
        if (key.isEmpty())
            return fail(lineNo, tr("expected \"key = value\", found no key before \"%1\"").arg(trimmed.at(delimiter)));
        if (const auto it = current->index.constFind(key); it != current->index.constEnd()) {
            const int first = current->options.at(*it).lineNumbers.constFirst();
            const QString name = quotedKey(key);
            return fail(lineNo,
                name.isEmpty()
                    ? tr("a setting in [%1] is set a second time (first on line %2)").arg(current->header).arg(first)
                    : tr("%1 is set a second time in [%2] (first on line %3)").arg(name, current->header).arg(first));
        }
        current->index.insert(key, current->options.size());
        current->options.append(RawOption{key, {trimmed.mid(delimiter + 1).trimmed()}, {lineNo}});
        currentOption = current->options.size() - 1;
    }

    AwsConfigFile file;
    file.m_kind = kind;
    file.m_exists = true;
    file.m_displayPath = displayPath;

    for (RawSection &raw : sections) {
        // [DEFAULT] values are inherited by every section that does not set them itself.
        for (const RawOption &option : std::as_const(defaults.options)) {
            if (!raw.index.contains(option.key)) {
                raw.index.insert(option.key, raw.options.size());
                raw.options.append(option);
            }
        }

        AwsConfigSection section;
        section.header = raw.header;
        section.name = raw.header;
        section.line = raw.line;
        for (const RawOption &option : std::as_const(raw.options)) {
            section.lines.insert(option.key, option.lineNumbers.constFirst());
            const QString value = rstrip(option.lines.join(u'\n'));
            if (!value.startsWith(u'\n')) {
                section.values.insert(option.key, value);
                continue;
            }
            // botocore's _parse_nested: one level of "key = value" lines under an empty key.
            QMap<QString, QString> nested;
            for (qsizetype l = 1; l < option.lines.size(); ++l) {
                const QString &text = option.lines.at(l);
                if (text.isEmpty())
                    continue;
                const qsizetype eq = text.indexOf(u'=');
                if (eq < 0) {
                    const QString name = quotedKey(option.key);
                    return fail(option.lineNumbers.at(l),
                        name.isEmpty() ? tr("expected \"key = value\" in an indented block")
                                       : tr("expected \"key = value\" in the indented block under %1").arg(name));
                }
                const QString nestedKey = text.left(eq).trimmed();
                nested.insert(nestedKey, text.mid(eq + 1).trimmed());
                section.lines.insert(option.key + u'.' + nestedKey, option.lineNumbers.at(l));
            }
            section.nested.insert(option.key, nested);
        }

        if (kind == Kind::Credentials) {
            put(file.m_profiles, file.m_profileIndex, section);
        } else if (raw.header.startsWith(QLatin1String("profile"))) {
            if (const auto name = sectionName(raw.header)) {
                section.name = *name;
                put(file.m_profiles, file.m_profileIndex, section);
            }
        } else if (raw.header.startsWith(QLatin1String("sso-session"))) {
            if (const auto name = sectionName(raw.header)) {
                section.name = *name;
                put(file.m_ssoSessions, file.m_ssoIndex, section);
            }
        } else if (raw.header.startsWith(QLatin1String("services"))) {
            if (const auto name = sectionName(raw.header)) {
                section.name = *name;
                put(file.m_services, file.m_servicesIndex, section);
            }
        } else if (raw.header == QLatin1String("default")) {
            put(file.m_profiles, file.m_profileIndex, section);
        } else {
            file.m_other.append(section);
        }
    }
    return file;
}

Result<AwsConfigFile> AwsConfigFile::load(const QString &path, Kind kind, const QString &displayPath)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists() || info.isDir()) {
        AwsConfigFile missing;
        missing.m_kind = kind;
        missing.m_path = path;
        missing.m_displayPath = displayPath;
        return missing;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return AwsError::local(AwsError::Kind::Configuration,
            QStringLiteral("ConfigReadError"),
            tr("%1 cannot be read: %2").arg(displayPath, f.errorString()));
    }
    Result<AwsConfigFile> parsed = parse(f.readAll(), kind, displayPath);
    if (parsed.ok())
        parsed.value().m_path = path;
    return parsed;
}

QStringList AwsConfigFile::profileNames() const
{
    QStringList names;
    names.reserve(m_profiles.size());
    for (const AwsConfigSection &s : m_profiles)
        names.append(s.name);
    return names;
}

const AwsConfigSection *AwsConfigFile::profile(const QString &name) const
{
    const auto it = m_profileIndex.constFind(name);
    return it == m_profileIndex.constEnd() ? nullptr : &m_profiles.at(*it);
}

const AwsConfigSection *AwsConfigFile::services(const QString &name) const
{
    const auto it = m_servicesIndex.constFind(name);
    return it == m_servicesIndex.constEnd() ? nullptr : &m_services.at(*it);
}

const AwsConfigSection *AwsConfigFile::ssoSession(const QString &name) const
{
    const auto it = m_ssoIndex.constFind(name);
    return it == m_ssoIndex.constEnd() ? nullptr : &m_ssoSessions.at(*it);
}

void AwsConfigFile::put(QList<AwsConfigSection> &list, QHash<QString, qsizetype> &index, AwsConfigSection section)
{
    // Like a Python dict update: a later section replaces the earlier one in its first place.
    if (const auto it = index.constFind(section.name); it != index.constEnd()) {
        list[*it] = std::move(section);
        return;
    }
    index.insert(section.name, list.size());
    list.append(std::move(section));
}

} // namespace Aws
