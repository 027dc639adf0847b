#include "core/chart/NoteMerge.h"

#include "core/chart/LineDiff.h"

#include <QStringList>
#include <vector>

namespace tsumugi {

namespace {
// One side's edit of the base, by base line: whether each line stayed, the lines that took the place of a run of
// removed lines (kept at the run's first line), and the lines added between base lines (inserted[n]: at the end).
struct Edit {
    std::vector<bool> kept;
    std::vector<QStringList> replaced;
    std::vector<QStringList> inserted;
};

Edit editOf(qsizetype baseLines, const QList<DiffLine>& diff) {
    Edit e;
    e.kept.assign(size_t(baseLines), false);
    e.replaced.resize(size_t(baseLines));
    e.inserted.resize(size_t(baseLines) + 1);
    QStringList added;
    qsizetype runStart = -1; // the first line of the run of removed lines being read, if any
    for (const DiffLine& line : diff) {
        const auto at = qsizetype(line.oldLine - 1);
        switch (line.op) {
        case DiffLine::Op::Added:
            added << line.text;
            break;
        case DiffLine::Op::Removed:
            if (runStart < 0) {
                runStart = at;
            }
            e.replaced[size_t(runStart)] << added;
            added.clear();
            break;
        case DiffLine::Op::Same:
            e.kept[size_t(at)] = true;
            (runStart < 0 ? e.inserted[size_t(at)] : e.replaced[size_t(runStart)]) << added;
            added.clear();
            runStart = -1;
            break;
        }
    }
    (runStart < 0 ? e.inserted[size_t(baseLines)] : e.replaced[size_t(runStart)]) << added;
    return e;
}

// Theirs, then mine unless it is the same.
void both(QStringList& out, const QStringList& theirs, const QStringList& mine) {
    out << theirs;
    if (mine != theirs) {
        out << mine;
    }
}
} // namespace

QString NoteMerge::merge(const QString& base, const QString& theirs, const QString& mine) {
    if (mine == base || mine == theirs) {
        return theirs;
    }
    if (theirs == base) {
        return mine;
    }
    const QStringList baseLines = base.isEmpty() ? QStringList() : base.split(QLatin1Char('\n'));
    const qsizetype n = baseLines.size();
    const Edit their = editOf(n, LineDiff::compare(base, theirs));
    const Edit my = editOf(n, LineDiff::compare(base, mine));
    QStringList out;
    for (qsizetype i = 0; i <= n; ++i) {
        const auto at = size_t(i);
        both(out, their.inserted[at], my.inserted[at]);
        if (i == n) {
            break;
        }
        if (their.kept[at] && my.kept[at]) {
            out << baseLines.at(i);
        } else {
            both(out, their.replaced[at], my.replaced[at]);
        }
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace tsumugi
