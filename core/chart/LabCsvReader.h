#pragma once

#include "core/chart/LabResult.h"

#include <QCoreApplication>
#include <QList>

namespace tsumugi {

// Reads a lab company's result file in the layout of docs/lab-results-csv.md: UTF-8 (or Shift_JIS) CSV with a
// header line naming the columns (any order; unknown columns ignored). Shape errors (missing columns, bad
// numbers, bad times) throw at once, naming every bad line; the chart rules are checked by the repository.
class LabCsvReader {
    Q_DECLARE_TR_FUNCTIONS(LabCsvReader)
public:
    struct Row {
        int line = 0;
        qint64 patientNumber = 0;
        LabResult result;
        QString orderedBy; // the ordering doctor's login (column ordered_by); empty: the doctor importing the file
    };
    static const QStringList& requiredColumns();
    static QList<Row> read(const QByteArray& bytes);
};

} // namespace tsumugi
