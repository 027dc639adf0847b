#pragma once

#include "core/chart/LineDiff.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace tsumugi {

// The note of one visit, in the 2号用紙 habit: findings (S/O, left column) and orders (plan, prescriptions,
// labs ordered; right column). A draft may be saved again and again; finalising (確定) fixes it with author
// and time; a later edit is a new version that is again a draft until finalised.
struct ClinicalNote {
    enum class Status { Draft, Final, Withdrawn };

    qint64 id = 0;
    qint64 visitId = 0;
    qint64 patientId = 0;
    int version = 0;
    // How many times the note was saved (any change): a draft saved again keeps its version, so this is what tells
    // a desk that another desk saved the draft after it read it.
    int saves = 0;
    Status status = Status::Draft;
    QString findings;
    QString orders;
    QString revisionReason;
    QString sourceInstitution;
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime finalizedAt;
    QString finalizedBy;
};

// One finalised version as it was, for the history view.
struct NoteVersion {
    int version = 0;
    QString findings;
    QString orders;
    QString reason;
    QString author;
    QDateTime at;
};

// What changed between two versions, per column.
struct NoteDiff {
    int fromVersion = 0;
    int toVersion = 0;
    QList<DiffLine> findings;
    QList<DiffLine> orders;
};

QString noteStatusToString(ClinicalNote::Status s);

} // namespace tsumugi
