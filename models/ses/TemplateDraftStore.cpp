#include "models/ses/TemplateDraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

#include "models/aws/Clock.h"
#include "models/ses/AtomicFile.h"

namespace Ses
{

Q_LOGGING_CATEGORY(lcDrafts, "sesdesk.ses.drafts")

TemplateDraftStore::TemplateDraftStore(QString dataDirectory, const Aws::Clock *clock)
    : m_dataDirectory(std::move(dataDirectory))
    , m_clock(clock)
{
}

QString TemplateDraftStore::folder(const AccountScope &scope) const
{
    return m_dataDirectory + QStringLiteral("/template-drafts/") + scope.relativePath();
}

QString TemplateDraftStore::fileFor(const AccountScope &scope, const QString &key) const
{
    return folder(scope) + QLatin1Char('/') + AccountScope::fileName(key) + QStringLiteral(".json");
}

LocalResult<TemplateDraft> TemplateDraftStore::save(const AccountScope &scope, TemplateDraft draft) const
{
    if (!scope.isValid() || draft.key.isEmpty())
        return LocalError{{}, 0, 0, {}, tr("A draft needs an account, a region and a key.")};
    draft.savedAt = m_clock->nowUtc();
    const LocalResult<Done> written
        = AtomicFile::write(fileFor(scope, draft.key), QJsonDocument(draft.toJson()).toJson(QJsonDocument::Indented));
    if (!written.ok())
        return written.error();
    return draft;
}

QList<TemplateDraft> TemplateDraftStore::drafts(const AccountScope &scope) const
{
    QList<TemplateDraft> out;
    const QDir dir(folder(scope));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const LocalResult<QByteArray> data = AtomicFile::read(dir.filePath(file));
        const QJsonDocument document = data.ok() ? QJsonDocument::fromJson(data.value()) : QJsonDocument();
        if (!document.isObject()) {
            qCWarning(lcDrafts) << "skipping unreadable draft" << dir.filePath(file);
            continue;
        }
        TemplateDraft draft = TemplateDraft::fromJson(document.object());
        if (draft.key.isEmpty())
            continue;
        out.append(draft);
    }
    std::sort(out.begin(), out.end(), [](const TemplateDraft &a, const TemplateDraft &b) {
        return a.savedAt < b.savedAt;
    });
    return out;
}

LocalResult<Done> TemplateDraftStore::remove(const AccountScope &scope, const QString &key) const
{
    const QString path = fileFor(scope, key);
    if (QFile::exists(path) && !QFile::remove(path))
        return LocalError{path, 0, 0, {}, tr("Cannot delete the draft.")};
    return Done{};
}

QList<AccountScope> TemplateDraftStore::scopesWithDrafts() const
{
    QList<AccountScope> out;
    const QDir root(m_dataDirectory + QStringLiteral("/template-drafts"));
    for (const QString &account : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir accountDir(root.filePath(account));
        for (const QString &region : accountDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (!QDir(accountDir.filePath(region)).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty())
                out.append({AccountScope::fromFileName(account), AccountScope::fromFileName(region)});
        }
    }
    return out;
}

} // namespace Ses
