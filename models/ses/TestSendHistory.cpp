#include "models/ses/TestSendHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>

#include "models/ses/AtomicFile.h"

namespace Ses
{

namespace
{

const int kLockTimeoutMs = 5000;

} // namespace

TestSendHistory::TestSendHistory(QString dataDirectory, int maximumRecords)
    : m_dataDirectory(std::move(dataDirectory))
    , m_maximumRecords(std::max(1, maximumRecords))
{
}

QString TestSendHistory::fileName(const AccountScope &scope) const
{
    return m_dataDirectory + QStringLiteral("/test-sends/") + scope.relativePath() + QStringLiteral("/history.json");
}

LocalResult<QList<TestSendRecord>> TestSendHistory::readFile(const QString &path) const
{
    QList<TestSendRecord> records;
    if (!QFile::exists(path))
        return records;
    const LocalResult<QByteArray> data = AtomicFile::read(path);
    if (!data.ok())
        return data.error();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data.value(), &error);
    if (!document.isObject())
        return LocalError{path, 0, 0, {}, tr("The test-send history is damaged: %1").arg(error.errorString())};
    for (const QJsonValue &v : document.object().value(QLatin1String("records")).toArray())
        records.append(TestSendRecord::fromJson(v.toObject()));
    return records;
}

LocalResult<Done> TestSendHistory::writeFile(const QString &path, QList<TestSendRecord> records) const
{
    if (records.size() > m_maximumRecords)
        records.remove(0, records.size() - m_maximumRecords);
    QJsonArray array;
    for (const TestSendRecord &r : std::as_const(records))
        array.append(r.toJson());
    return AtomicFile::write(path,
        QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("records"), array}})
            .toJson(QJsonDocument::Indented));
}

LocalResult<QList<TestSendRecord>> TestSendHistory::load(const AccountScope &scope) const
{
    return readFile(fileName(scope));
}

LocalResult<Done> TestSendHistory::append(const AccountScope &scope, const TestSendRecord &record) const
{
    return update(scope, record);
}

LocalResult<Done> TestSendHistory::update(const AccountScope &scope, const TestSendRecord &record) const
{
    if (!scope.isValid())
        return LocalError{{}, 0, 0, {}, tr("The test-send history needs an account and a region.")};
    const QString path = fileName(scope);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return LocalError{path, 0, 0, {}, tr("Cannot create the folder for the test-send history.")};
    QLockFile lock(path + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs))
        return LocalError{path, 0, 0, {}, tr("The test-send history is locked by another SesDesk process.")};
    LocalResult<QList<TestSendRecord>> loaded = readFile(path);
    if (!loaded.ok())
        return loaded.error();
    QList<TestSendRecord> records = std::move(loaded).value();
    bool replaced = false;
    for (TestSendRecord &r : records) {
        if (r.id == record.id) {
            r = record;
            replaced = true;
            break;
        }
    }
    if (!replaced)
        records.append(record);
    return writeFile(path, std::move(records));
}

LocalResult<Done> TestSendHistory::clear(const AccountScope &scope) const
{
    const QString path = fileName(scope);
    if (QFile::exists(path) && !QFile::remove(path))
        return LocalError{path, 0, 0, {}, tr("Cannot delete the test-send history.")};
    return Done{};
}

} // namespace Ses
