// libFuzzer target for the FHIR importer (ClinsImporter): any bytes as a received file. The importer must
// answer every input with a result (imported, needs confirmation, or a clear error) — no crash, no hang, no
// leak, no undefined behaviour (built with ASan/UBSan; LeakSanitizer runs with ASan).
//
// One real encrypted record is created once; every input is imported inside an outer transaction that is
// rolled back, so inputs do not depend on each other and the record does not grow.
#include "sync/fhir/ClinsImporter.h"

#include "core/db/DbConnection.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/users/UserDirectory.h"
#include "core/util/ManualClock.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace tsumugi;

namespace {
struct Fixture {
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<ClinicRecord> record;

    Fixture() {
        const QString path = dir.filePath(QStringLiteral("fuzz.tsumugi"));
        ClinicRecord::NewRecord setup;
        setup.clinic = {QStringLiteral("ファズ診療所"), QStringLiteral("1310000001"), {}, {}};
        setup.adminName = QStringLiteral("admin");
        setup.adminDisplayName = QStringLiteral("管理者");
        setup.adminPassword = QStringLiteral("fuzz admin password");
        auto admin = ClinicRecord::create(path, setup, clock);
        admin->users().add(QStringLiteral("dr.fuzz"), QStringLiteral("ファズ医師"), Role::Doctor,
                           QStringLiteral("fuzz doctor password"));
        admin.reset();
        record = ClinicRecord::open(path, QStringLiteral("dr.fuzz"), QStringLiteral("fuzz doctor password"), clock);
    }
};

Fixture& fixture() {
    static int argc = 1;
    static char name[] = "fuzz_fhir_import";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Fixture f;
    return f;
}
} // namespace

// The record (key derivation, the shipped masters) is made before the first input, outside the per-input timeout:
// under ASan that set-up takes longer than one input may.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Fixture& f = fixture();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    Transaction outer(f.record->db()); // never committed: rolled back when it goes out of scope
    for (const bool accept : {false, true}) {
        fhir::ClinsImporter::Options options;
        options.acceptMatch = accept;
        const fhir::FhirImportResult r =
            fhir::ClinsImporter(*f.record).importData(bytes, QStringLiteral("fuzz.json"), options);
        // Every answer is complete: a failure says why, a success names the patient.
        if ((r.status == fhir::FhirImportResult::Status::Failed && r.error.isEmpty()) || (r.ok() && r.patientId == 0)) {
            std::abort();
        }
        (void)r.text();
    }
    return 0;
}
