#pragma once

#include <QString>

namespace tsumugi {

// One change another desk made to the record on the clinic server, as every desk hears it after the commit: which
// table, which row, which patient (0 when the row belongs to none).
struct RecordChange {
    QString table;
    qint64 id = 0;
    qint64 patientId = 0;
    // Made through this desk's own connection (its windows know it already).
    bool fromThisDesk = false;
    // The desk could not hear for a while (the server was away): what it shows must be read again. Table empty.
    bool missed = false;
};

} // namespace tsumugi
