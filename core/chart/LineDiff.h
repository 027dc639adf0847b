#pragma once

#include <QList>
#include <QString>

namespace tsumugi {

// One line of a line-based comparison; line numbers are 1-based, 0 where the line does not exist on that side.
struct DiffLine {
    enum class Op { Same, Removed, Added };
    Op op = Op::Same;
    QString text;
    int oldLine = 0;
    int newLine = 0;
};

// Line-based difference of two texts (longest common subsequence), for the note history view: a UI renders
// the lines, colouring Removed and Added.
class LineDiff {
public:
    static QList<DiffLine> compare(const QString& before, const QString& after);
    // "  same", "- removed", "+ added", one per line: for the command line and plain-text export.
    static QString toText(const QList<DiffLine>& lines);
    static bool hasChanges(const QList<DiffLine>& lines);
};

} // namespace tsumugi
