#pragma once

#include <QString>

namespace tsumugi {

// When two desks edited the same note, the text the second one offers to save: the lines each side added, in
// place, and the lines either side removed gone (a line both changed appears in both forms, theirs first). Nothing
// anyone typed is dropped; the doctor reads the result before saving it.
class NoteMerge {
public:
    // base: the text both desks started from; theirs: what the other desk saved; mine: what this desk typed.
    static QString merge(const QString& base, const QString& theirs, const QString& mine);
};

} // namespace tsumugi
