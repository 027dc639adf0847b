#pragma once

#include "core/record/ClinicRecord.h"
#include "core/util/ManualClock.h"
#include "support/TestDatabase.h"

#include <QTemporaryDir>
#include <memory>

namespace tsumugi::test {

// A fresh encrypted record in a temporary folder (or, with TSUMUGI_TEST_DB=postgres, in a database of its own on the
// test cluster: TestDatabase), with an admin signed in and a settable clock.
struct TempRecord {
    static inline const QString AdminName = QStringLiteral("admin");
    static inline const QString AdminPassword = QStringLiteral("correct horse 1");

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    TestDatabase database{dir.filePath(QStringLiteral("record.tsumugi"))};
    QString path = database.location();
    std::unique_ptr<ClinicRecord> record;

    // institutionNumber: another clinic's record (e.g. the receiving side of a letter).
    explicit TempRecord(const QString& institutionNumber = QStringLiteral("1310000001")) {
        ClinicRecord::NewRecord setup;
        setup.clinic = {QStringLiteral("つむぎ内科クリニック"), institutionNumber, {}, {}};
        setup.adminName = AdminName;
        setup.adminDisplayName = QStringLiteral("管理者");
        setup.adminPassword = AdminPassword;
        // The official masters fill on first use (the code create() runs): most scratch records never need them.
        setup.fillMasters = false;
        setup.recoveryKey = false;
        record = ClinicRecord::create(path, setup, clock);
    }

    void reopen(const QString& user = AdminName, const QString& password = AdminPassword) {
        record.reset();
        record = ClinicRecord::open(path, user, password, clock);
    }
};

} // namespace tsumugi::test
