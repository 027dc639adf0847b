#include "core/chart/LineDiff.h"

#include <QStringList>
#include <vector>

namespace tsumugi {

namespace {
QStringList linesOf(const QString& text) {
    if (text.isEmpty()) {
        return {};
    }
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return t.split(QLatin1Char('\n'));
}

// Above this many cells the table would be large; such texts are shown as replaced wholesale.
constexpr qsizetype MaxCells = 4'000'000;
} // namespace

QList<DiffLine> LineDiff::compare(const QString& before, const QString& after) {
    const QStringList a = linesOf(before);
    const QStringList b = linesOf(after);
    QList<DiffLine> out;
    // Common head and tail need no table.
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head)) {
        ++head;
    }
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail)) {
        ++tail;
    }
    for (qsizetype i = 0; i < head; ++i) {
        out.append({DiffLine::Op::Same, a.at(i), int(i + 1), int(i + 1)});
    }
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n > 0 || m > 0) {
        if (n * m > MaxCells) {
            for (qsizetype i = 0; i < n; ++i) {
                out.append({DiffLine::Op::Removed, a.at(head + i), int(head + i + 1), 0});
            }
            for (qsizetype j = 0; j < m; ++j) {
                out.append({DiffLine::Op::Added, b.at(head + j), 0, int(head + j + 1)});
            }
        } else {
            // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..] (middle part only).
            std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
            const auto at = [&](qsizetype i, qsizetype j) -> int& { return lcs[size_t(i * (m + 1) + j)]; };
            for (qsizetype i = n - 1; i >= 0; --i) {
                for (qsizetype j = m - 1; j >= 0; --j) {
                    at(i, j) =
                        a.at(head + i) == b.at(head + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
                }
            }
            qsizetype i = 0;
            qsizetype j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a.at(head + i) == b.at(head + j)) {
                    out.append({DiffLine::Op::Same, a.at(head + i), int(head + i + 1), int(head + j + 1)});
                    ++i;
                    ++j;
                } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                    // On a tie the old line goes first, so a changed line reads "- old / + new".
                    out.append({DiffLine::Op::Removed, a.at(head + i), int(head + i + 1), 0});
                    ++i;
                } else {
                    out.append({DiffLine::Op::Added, b.at(head + j), 0, int(head + j + 1)});
                    ++j;
                }
            }
        }
    }
    for (qsizetype k = 0; k < tail; ++k) {
        const qsizetype ai = a.size() - tail + k;
        const qsizetype bi = b.size() - tail + k;
        out.append({DiffLine::Op::Same, a.at(ai), int(ai + 1), int(bi + 1)});
    }
    return out;
}

QString LineDiff::toText(const QList<DiffLine>& lines) {
    QString out;
    for (const DiffLine& l : lines) {
        switch (l.op) {
        case DiffLine::Op::Same:
            out += QStringLiteral("  ");
            break;
        case DiffLine::Op::Removed:
            out += QStringLiteral("- ");
            break;
        case DiffLine::Op::Added:
            out += QStringLiteral("+ ");
            break;
        }
        out += l.text + QLatin1Char('\n');
    }
    return out;
}

bool LineDiff::hasChanges(const QList<DiffLine>& lines) {
    for (const DiffLine& l : lines) {
        if (l.op != DiffLine::Op::Same) {
            return true;
        }
    }
    return false;
}

} // namespace tsumugi
