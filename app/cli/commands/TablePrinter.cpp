#include "app/cli/commands/TablePrinter.h"

#include <QTextStream>

namespace Cli
{

namespace
{

/// Terminal columns a string takes: East Asian wide characters (Hangul, CJK) take two.
int displayWidth(const QString &s)
{
    int width = 0;
    for (const QChar c : s) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), QLatin1Char(' '));
}

} // namespace

TablePrinter::TablePrinter(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TablePrinter::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

void TablePrinter::print(QTextStream &out) const
{
    QList<int> widths;
    for (const QString &h : m_headers)
        widths.append(displayWidth(h));
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < widths.size() && i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells[i] : QString();
            text += i + 1 == widths.size() ? cell : padded(cell, widths[i]) + QStringLiteral("  ");
        }
        out << text.trimmed() << Qt::endl;
    };
    line(m_headers);
    QStringList rules;
    for (int w : widths)
        rules.append(QString(w, QLatin1Char('-')));
    line(rules);
    for (const QStringList &row : m_rows)
        line(row);
}

void TablePrinter::printPairs(QTextStream &out, const QList<QPair<QString, QString>> &pairs)
{
    int width = 0;
    for (const auto &p : pairs)
        width = std::max(width, displayWidth(p.first));
    for (const auto &[key, value] : pairs)
        out << padded(key, width) << QStringLiteral("  ") << value << Qt::endl;
}

} // namespace Cli
