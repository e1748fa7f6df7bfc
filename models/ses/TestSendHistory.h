#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/ses/AccountScope.h"
#include "models/ses/LocalResult.h"
#include "models/ses/TestSendRecord.h"

namespace Ses
{

/// The history of test sends, per account and region, in
/// <dataDirectory>/test-sends/<account>/<region>/history.json (written atomically, guarded by a
/// lock file against a second SesDesk process). Keeps the newest maximumRecords() records.
class TestSendHistory
{
    Q_DECLARE_TR_FUNCTIONS(Ses::TestSendHistory)

public:
    explicit TestSendHistory(QString dataDirectory, int maximumRecords = 1000);

    int maximumRecords() const
    {
        return m_maximumRecords;
    }

    /// Oldest first. No history yet is an empty list.
    LocalResult<QList<TestSendRecord>> load(const AccountScope &scope) const;
    /// Adds a record (dropping the oldest beyond the maximum).
    LocalResult<Done> append(const AccountScope &scope, const TestSendRecord &record) const;
    /// Replaces the record with the same id (its outcome was looked up); adds it when missing.
    LocalResult<Done> update(const AccountScope &scope, const TestSendRecord &record) const;
    LocalResult<Done> clear(const AccountScope &scope) const;

    QString fileName(const AccountScope &scope) const;

private:
    LocalResult<QList<TestSendRecord>> readFile(const QString &path) const;
    LocalResult<Done> writeFile(const QString &path, QList<TestSendRecord> records) const;

    QString m_dataDirectory;
    int m_maximumRecords;
};

} // namespace Ses
