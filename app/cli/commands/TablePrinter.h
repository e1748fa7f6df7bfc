#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace Cli
{

/// Prints rows as aligned columns for people (--output table), or key/value pairs.
class TablePrinter
{
public:
    explicit TablePrinter(QStringList headers);

    void addRow(QStringList cells);
    void print(QTextStream &out) const;

    /// Two aligned columns: "Key   value".
    static void printPairs(QTextStream &out, const QList<QPair<QString, QString>> &pairs);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace Cli
