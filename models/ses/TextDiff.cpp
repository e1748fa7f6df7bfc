#include "models/ses/TextDiff.h"

#include <vector>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Ses
{

namespace
{

struct Point {
    int x = 0;
    int y = 0;
};

/// Myers' linear-space search over two sequences of line ids.
class Myers
{
public:
    Myers(const std::vector<int> &a, const std::vector<int> &b)
        : m_a(a)
        , m_b(b)
    {
    }

    /// The points of a shortest path from (left, top) to (right, bottom).
    void path(int left, int top, int right, int bottom, std::vector<Point> &out) const
    {
        Point start;
        Point finish;
        if (!midpair(left, top, right, bottom, &start, &finish))
            return;
        const size_t before = out.size();
        path(left, top, start.x, start.y, out);
        if (out.size() == before)
            out.push_back(start);
        const size_t middle = out.size();
        path(finish.x, finish.y, right, bottom, out);
        if (out.size() == middle)
            out.push_back(finish);
    }

private:
    bool midpair(int left, int top, int right, int bottom, Point *start, Point *finish) const
    {
        const int width = right - left;
        const int height = bottom - top;
        const int size = width + height;
        if (size == 0)
            return false;
        const int delta = width - height;
        const int max = (size + 1) / 2;
        const int offset = max + 1;
        std::vector<int> vf(static_cast<size_t>(2 * max + 3), 0);
        std::vector<int> vb(static_cast<size_t>(2 * max + 3), 0);
        auto f = [&](int k) -> int & {
            return vf[static_cast<size_t>(k + offset)];
        };
        auto b = [&](int c) -> int & {
            return vb[static_cast<size_t>(c + offset)];
        };
        f(1) = left;
        b(1) = bottom;
        for (int d = 0; d <= max; ++d) {
            // Forwards.
            for (int k = d; k >= -d; k -= 2) {
                const int c = k - delta;
                int x;
                int px;
                if (k == -d || (k != d && f(k - 1) < f(k + 1))) {
                    px = x = f(k + 1);
                } else {
                    px = f(k - 1);
                    x = px + 1;
                }
                int y = top + (x - left) - k;
                const int py = (d == 0 || x != px) ? y : y - 1;
                while (x < right && y < bottom && m_a[static_cast<size_t>(x)] == m_b[static_cast<size_t>(y)]) {
                    ++x;
                    ++y;
                }
                f(k) = x;
                if ((delta & 1) != 0 && c >= -(d - 1) && c <= d - 1 && y >= b(c)) {
                    *start = {px, py};
                    *finish = {x, y};
                    return true;
                }
            }
            // Backwards.
            for (int c = d; c >= -d; c -= 2) {
                const int k = c + delta;
                int y;
                int py;
                if (c == -d || (c != d && b(c - 1) > b(c + 1))) {
                    py = y = b(c + 1);
                } else {
                    py = b(c - 1);
                    y = py - 1;
                }
                int x = left + (y - top) + k;
                const int px = (d == 0 || y != py) ? x : x + 1;
                while (x > left && y > top && m_a[static_cast<size_t>(x - 1)] == m_b[static_cast<size_t>(y - 1)]) {
                    --x;
                    --y;
                }
                b(c) = y;
                if ((delta & 1) == 0 && k >= -d && k <= d && x <= f(k)) {
                    *start = {x, y};
                    *finish = {px, py};
                    return true;
                }
            }
        }
        return false;
    }

    const std::vector<int> &m_a;
    const std::vector<int> &m_b;
};

} // namespace

DiffLines TextDiff::compare(const QStringList &oldLines, const QStringList &newLines)
{
    // Lines become ids so the search compares integers.
    QHash<QString, int> ids;
    auto idsOf = [&ids](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(static_cast<size_t>(lines.size()));
        for (const QString &line : lines) {
            auto it = ids.constFind(line);
            if (it == ids.constEnd())
                it = ids.insert(line, static_cast<int>(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<int> a = idsOf(oldLines);
    const std::vector<int> b = idsOf(newLines);
    const int n = static_cast<int>(a.size());
    const int m = static_cast<int>(b.size());

    DiffLines out;
    out.reserve(std::max(n, m));
    int prefix = 0;
    while (prefix < n && prefix < m && a[static_cast<size_t>(prefix)] == b[static_cast<size_t>(prefix)])
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix
        && a[static_cast<size_t>(n - 1 - suffix)] == b[static_cast<size_t>(m - 1 - suffix)])
        ++suffix;

    auto same = [&](int x, int y) {
        out.append({DiffLine::Kind::Same, oldLines.at(x), x + 1, y + 1});
    };
    auto removed = [&](int x) {
        out.append({DiffLine::Kind::Removed, oldLines.at(x), x + 1, 0});
    };
    auto added = [&](int y) {
        out.append({DiffLine::Kind::Added, newLines.at(y), 0, y + 1});
    };

    for (int i = 0; i < prefix; ++i)
        same(i, i);

    // Lines that occur only on one side can never be kept, so they are left out of the search
    // (GNU diff does the same): two unrelated texts then cost nothing to compare.
    const int aEnd = n - suffix;
    const int bEnd = m - suffix;
    QSet<int> inA;
    QSet<int> inB;
    for (int x = prefix; x < aEnd; ++x)
        inA.insert(a[static_cast<size_t>(x)]);
    for (int y = prefix; y < bEnd; ++y)
        inB.insert(b[static_cast<size_t>(y)]);
    std::vector<int> fa;
    std::vector<int> fb;
    std::vector<int> aIndex;
    std::vector<int> bIndex;
    for (int x = prefix; x < aEnd; ++x) {
        if (inB.contains(a[static_cast<size_t>(x)])) {
            fa.push_back(a[static_cast<size_t>(x)]);
            aIndex.push_back(x);
        }
    }
    for (int y = prefix; y < bEnd; ++y) {
        if (inA.contains(b[static_cast<size_t>(y)])) {
            fb.push_back(b[static_cast<size_t>(y)]);
            bIndex.push_back(y);
        }
    }

    // The kept pairs, from the diagonals of the shortest path through the filtered lines.
    std::vector<Point> kept;
    std::vector<Point> points;
    Myers(fa, fb).path(0, 0, static_cast<int>(fa.size()), static_cast<int>(fb.size()), points);
    for (size_t i = 0; i + 1 < points.size(); ++i) {
        int x = points[i].x;
        int y = points[i].y;
        const int x2 = points[i + 1].x;
        const int y2 = points[i + 1].y;
        for (int pass = 0; pass < 2; ++pass) {
            while (x < x2 && y < y2 && fa[static_cast<size_t>(x)] == fb[static_cast<size_t>(y)]) {
                kept.push_back({aIndex[static_cast<size_t>(x)], bIndex[static_cast<size_t>(y)]});
                ++x;
                ++y;
            }
            if (pass == 0) {
                if (x2 - x < y2 - y)
                    ++y;
                else if (x2 - x > y2 - y)
                    ++x;
            }
        }
    }

    // Between kept lines, the old side's lines were removed and the new side's added.
    int x = prefix;
    int y = prefix;
    for (const Point &k : kept) {
        while (x < k.x)
            removed(x++);
        while (y < k.y)
            added(y++);
        same(x++, y++);
    }
    while (x < aEnd)
        removed(x++);
    while (y < bEnd)
        added(y++);

    for (int i = suffix; i > 0; --i)
        same(n - i, m - i);
    return out;
}

DiffLines TextDiff::compare(const QString &oldText, const QString &newText)
{
    return compare(splitLines(oldText), splitLines(newText));
}

QStringList TextDiff::splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    QStringList lines = text.split(lineBreak);
    // A final line break ends the last line; it does not start an empty one.
    if (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QString TextDiff::unified(const DiffLines &lines, const QString &oldName, const QString &newName, int context)
{
    QString out;
    if (!hasChanges(lines))
        return out;
    out += QStringLiteral("--- ") + oldName + QLatin1Char('\n');
    out += QStringLiteral("+++ ") + newName + QLatin1Char('\n');
    const int count = static_cast<int>(lines.size());
    int i = 0;
    while (i < count) {
        // Find the next change and the hunk around it (changes closer than 2*context merge).
        while (i < count && lines.at(i).kind == DiffLine::Kind::Same)
            ++i;
        if (i >= count)
            break;
        const int start = std::max(0, i - context);
        int end = i;
        int lastChange = i;
        while (end < count) {
            if (lines.at(end).kind != DiffLine::Kind::Same)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + context + 1);

        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        // Line numbers where the hunk starts on each side (for an empty side, the line before).
        for (int j = start; j < end; ++j) {
            const DiffLine &line = lines.at(j);
            if (line.kind != DiffLine::Kind::Added) {
                ++oldCount;
                if (oldStart == 0)
                    oldStart = line.oldLine;
            }
            if (line.kind != DiffLine::Kind::Removed) {
                ++newCount;
                if (newStart == 0)
                    newStart = line.newLine;
            }
        }
        auto before = [&](bool oldSide) {
            for (int j = start - 1; j >= 0; --j) {
                const int n = oldSide ? lines.at(j).oldLine : lines.at(j).newLine;
                if (n > 0)
                    return n;
            }
            return 0;
        };
        if (oldCount == 0)
            oldStart = before(true);
        if (newCount == 0)
            newStart = before(false);
        auto range = [](int startLine, int n) {
            return n == 1 ? QString::number(startLine) : QStringLiteral("%1,%2").arg(startLine).arg(n);
        };
        out += QStringLiteral("@@ -%1 +%2 @@\n").arg(range(oldStart, oldCount), range(newStart, newCount));
        for (int j = start; j < end; ++j) {
            const DiffLine &line = lines.at(j);
            const QChar mark = line.kind == DiffLine::Kind::Same
                ? QLatin1Char(' ')
                : (line.kind == DiffLine::Kind::Removed ? QLatin1Char('-') : QLatin1Char('+'));
            out += mark + line.text + QLatin1Char('\n');
        }
        i = end;
    }
    return out;
}

bool TextDiff::hasChanges(const DiffLines &lines)
{
    for (const DiffLine &line : lines) {
        if (line.kind != DiffLine::Kind::Same)
            return true;
    }
    return false;
}

} // namespace Ses
