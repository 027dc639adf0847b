#pragma once

#include "support/TempRecord.h"

#include "core/chart/Chart.h"
#include "core/chart/VisitRepository.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/patients/PatientRepository.h"
#include "core/users/UserDirectory.h"

namespace tsumugi::test {

// A temporary record with a doctor signed in and one patient, for the chart tests.
struct ChartFixture {
    static inline const QString DoctorName = QStringLiteral("dr.sato");
    static inline const QString DoctorPassword = QStringLiteral("doctor pass 1");

    TempRecord t;
    qint64 patientId = 0;

    ChartFixture() {
        t.record->users().add(DoctorName, QStringLiteral("佐藤 医師"), Role::Doctor, DoctorPassword);
        Patient p;
        p.familyName = QStringLiteral("山田");
        p.givenName = QStringLiteral("太郎");
        p.familyKana = QStringLiteral("ヤマダ");
        p.givenKana = QStringLiteral("タロウ");
        p.sex = Sex::Male;
        p.birthDate = QDate(1975, 4, 12);
        patientId = t.record->patients().create(p).id;
        t.reopen(DoctorName, DoctorPassword);
    }

    ClinicRecord& record() { return *t.record; }
    Chart& chart() { return t.record->chart(); }

    Visit visit(const QDate& date = QDate(2026, 11, 20), const QString& department = QStringLiteral("内科")) {
        Visit v;
        v.patientId = patientId;
        v.date = date;
        v.department = department;
        return chart().visits().create(v);
    }

    qint64 count(const char* sql) {
        Statement st(record().db(), sql);
        st.step();
        return st.int64(0);
    }
    qint64 auditRows(const QString& action, const QString& recordType) {
        // Chained or still pending (a view waits in audit_pending for the next change).
        Statement st(record().db(), "SELECT (SELECT count(*) FROM audit_log WHERE action = ?1 AND record_type = ?2) + "
                                    "(SELECT count(*) FROM audit_pending WHERE action = ?1 AND record_type = ?2);");
        st.bind(1, action).bind(2, recordType);
        st.step();
        return st.int64(0);
    }
};

} // namespace tsumugi::test
