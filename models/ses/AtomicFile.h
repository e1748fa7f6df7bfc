#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "models/ses/LocalResult.h"

namespace Ses
{

/// Writes and reads whole small files so that a crash or a kill never leaves a half-written one:
/// the data goes to a temporary file in the same folder, is flushed to disk, then renamed over
/// the target (QSaveFile). Missing parent folders are created.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(Ses::AtomicFile)

public:
    static LocalResult<Done> write(const QString &path, const QByteArray &data);
    /// The file's bytes; an error names the file and why it could not be read.
    static LocalResult<QByteArray> read(const QString &path, qint64 maximumBytes = 64 * 1024 * 1024);
};

} // namespace Ses
