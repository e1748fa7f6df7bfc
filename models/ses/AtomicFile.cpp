#include "models/ses/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Ses
{

LocalResult<Done> AtomicFile::write(const QString &path, const QByteArray &data)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return LocalError{path, 0, 0, {}, tr("Cannot create the folder %1.").arg(info.absolutePath())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return LocalError{path, 0, 0, {}, tr("Cannot write the file: %1").arg(file.errorString())};
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return LocalError{path, 0, 0, {}, tr("Cannot write the file: %1").arg(reason)};
    }
    if (!file.commit())
        return LocalError{path, 0, 0, {}, tr("Cannot save the file: %1").arg(file.errorString())};
    return Done{};
}

LocalResult<QByteArray> AtomicFile::read(const QString &path, qint64 maximumBytes)
{
    QFile file(path);
    if (!file.exists())
        return LocalError{path, 0, 0, {}, tr("The file does not exist.")};
    if (!file.open(QIODevice::ReadOnly))
        return LocalError{path, 0, 0, {}, tr("Cannot read the file: %1").arg(file.errorString())};
    if (file.size() > maximumBytes)
        return LocalError{path,
            0,
            0,
            {},
            tr("The file is too large (%1 bytes; at most %2 are read).")
                .arg(QString::number(file.size()), QString::number(maximumBytes))};
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return LocalError{path, 0, 0, {}, tr("Cannot read the file: %1").arg(file.errorString())};
    return data;
}

} // namespace Ses
