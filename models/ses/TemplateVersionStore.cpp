#include "models/ses/TemplateVersionStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>

#include "models/aws/Clock.h"
#include "models/ses/AtomicFile.h"

namespace Ses
{

Q_LOGGING_CATEGORY(lcHistory, "sesdesk.ses.history")

namespace
{

const char kVersionPrefix = 'v';
const int kLockTimeoutMs = 5000;

LocalResult<TemplateVersion> readVersion(const QString &path)
{
    const LocalResult<QByteArray> data = AtomicFile::read(path);
    if (!data.ok())
        return data.error();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.value(), &error);
    if (!document.isObject())
        return LocalError{
            path, 0, 0, {}, TemplateVersionStore::tr("The snapshot is damaged: %1").arg(error.errorString())};
    return TemplateVersion::fromJson(document.object());
}

} // namespace

TemplateVersionStore::TemplateVersionStore(QString dataDirectory, const Aws::Clock *clock)
    : m_dataDirectory(std::move(dataDirectory))
    , m_clock(clock)
{
}

QString TemplateVersionStore::scopeFolder(const AccountScope &scope) const
{
    return m_dataDirectory + QStringLiteral("/template-history/") + scope.relativePath();
}

QString TemplateVersionStore::folder(const AccountScope &scope, const QString &templateName) const
{
    return scopeFolder(scope) + QLatin1Char('/') + AccountScope::fileName(templateName);
}

QString TemplateVersionStore::fileFor(const QString &folder, int version)
{
    return folder + QLatin1Char('/') + QLatin1Char(kVersionPrefix)
        + QStringLiteral("%1.json").arg(version, 6, 10, QLatin1Char('0'));
}

QList<int> TemplateVersionStore::versionNumbers(const QString &folder)
{
    QList<int> numbers;
    const QStringList files
        = QDir(folder).entryList({QStringLiteral("v*.json")}, QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &file : files) {
        bool ok = false;
        const int n = file.mid(1, file.size() - 6).toInt(&ok);
        if (ok && n > 0)
            numbers.append(n);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

LocalResult<TemplateVersion> TemplateVersionStore::record(const AccountScope &scope,
    const QString &templateName,
    const EmailTemplateContent &content,
    TemplateVersion::Origin origin,
    const QString &note) const
{
    if (!scope.isValid() || templateName.isEmpty())
        return LocalError{{}, 0, 0, {}, tr("A snapshot needs an account, a region and a template name.")};
    const QString dir = folder(scope, templateName);
    if (!QDir().mkpath(dir))
        return LocalError{dir, 0, 0, {}, tr("Cannot create the history folder.")};

    QLockFile lock(dir + QStringLiteral("/.lock"));
    if (!lock.tryLock(kLockTimeoutMs))
        return LocalError{dir, 0, 0, {}, tr("The template's history is locked by another SesDesk process.")};

    const QList<int> numbers = versionNumbers(dir);
    if (!numbers.isEmpty()) {
        const LocalResult<TemplateVersion> last = readVersion(fileFor(dir, numbers.constLast()));
        if (last.ok() && last.value().content == content && last.value().templateName == templateName)
            return last;
    }
    TemplateVersion v;
    v.version = numbers.isEmpty() ? 1 : numbers.constLast() + 1;
    v.savedAt = m_clock->nowUtc();
    v.origin = origin;
    v.note = note;
    v.templateName = templateName;
    v.content = content;
    const LocalResult<Done> written
        = AtomicFile::write(fileFor(dir, v.version), QJsonDocument(v.toJson()).toJson(QJsonDocument::Indented));
    if (!written.ok())
        return written.error();
    return v;
}

LocalResult<QList<TemplateVersion>> TemplateVersionStore::versions(
    const AccountScope &scope, const QString &templateName) const
{
    QList<TemplateVersion> out;
    const QString dir = folder(scope, templateName);
    if (!QDir(dir).exists())
        return out;
    for (int n : versionNumbers(dir)) {
        LocalResult<TemplateVersion> v = readVersion(fileFor(dir, n));
        if (!v.ok()) {
            qCWarning(lcHistory) << "skipping" << v.error().toString();
            continue;
        }
        TemplateVersion value = std::move(v).value();
        value.version = n; // the file name is authoritative
        out.append(value);
    }
    return out;
}

LocalResult<TemplateVersion> TemplateVersionStore::version(
    const AccountScope &scope, const QString &templateName, int version) const
{
    const QString path = fileFor(folder(scope, templateName), version);
    if (!QFile::exists(path))
        return LocalError{
            path, 0, 0, {}, tr("Template %1 has no version %2.").arg(templateName, QString::number(version))};
    LocalResult<TemplateVersion> v = readVersion(path);
    if (!v.ok())
        return v;
    TemplateVersion value = std::move(v).value();
    value.version = version;
    return value;
}

std::optional<TemplateVersion> TemplateVersionStore::latest(
    const AccountScope &scope, const QString &templateName) const
{
    const QList<int> numbers = versionNumbers(folder(scope, templateName));
    if (numbers.isEmpty())
        return std::nullopt;
    LocalResult<TemplateVersion> v = version(scope, templateName, numbers.constLast());
    if (!v.ok())
        return std::nullopt;
    return std::move(v).value();
}

QStringList TemplateVersionStore::templateNames(const AccountScope &scope) const
{
    QStringList names;
    const QStringList folders = QDir(scopeFolder(scope)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &f : folders) {
        if (!versionNumbers(scopeFolder(scope) + QLatin1Char('/') + f).isEmpty())
            names.append(AccountScope::fromFileName(f));
    }
    names.sort();
    return names;
}

LocalResult<Done> TemplateVersionStore::rename(const AccountScope &scope, const QString &from, const QString &to) const
{
    const QString source = folder(scope, from);
    const QString target = folder(scope, to);
    if (!QDir(source).exists())
        return Done{};
    if (!versionNumbers(target).isEmpty())
        return LocalError{target, 0, 0, {}, tr("Template %1 already has a history.").arg(to)};
    QDir(target).removeRecursively();
    if (!QDir().rename(source, target))
        return LocalError{source, 0, 0, {}, tr("Cannot move the history of %1 to %2.").arg(from, to)};
    return Done{};
}

LocalResult<Done> TemplateVersionStore::remove(const AccountScope &scope, const QString &templateName) const
{
    const QString dir = folder(scope, templateName);
    if (QDir(dir).exists() && !QDir(dir).removeRecursively())
        return LocalError{dir, 0, 0, {}, tr("Cannot delete the history of %1.").arg(templateName)};
    return Done{};
}

} // namespace Ses
