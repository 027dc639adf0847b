#pragma once

#include "core/masters/MasterEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace tsumugi {

// Reads the official J-FAGY allergen master CSV as published (e.g. JFAGY_J9FN_20250401_R01.csv: UTF-8, quoted,
// header DISPLAYSEQ,JFAGYCODE,JPTERM,JPKANA,ENTERM,LEVEL,MAINFLAG,GUIDELINE,CXGCATEGORY,RECORDDATE,ENDDATE).
// Codes starting J9F/D9F/00F are foods, J9N/D9N/00N neither food nor medicine (environment), D9M medicines.
class JfagyMasterReader {
    Q_DECLARE_TR_FUNCTIONS(JfagyMasterReader)
public:
    struct Result {
        QList<MasterEntry> entries;
        int ended = 0; // rows whose ENDDATE is past, left out
    };
    static Result read(const QByteArray& bytes, const QDate& today);
    static QString categoryOf(const QString& code);
};

} // namespace tsumugi
