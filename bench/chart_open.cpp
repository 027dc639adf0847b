// Charting at clinic scale: 100,000 patients, 1,000,000 visits, 5,000,000 chart items (notes, prescriptions,
// lab results, diagnoses, allergies), generated with raw inserts in one transaction. Measures (p50/p95):
//   open a chart of 200 visits (Chart::open, audited)   target p95 <= 30 ms
//   save a note (new draft, and finalise; each one commit) target p95 <= 10 ms
//   master kana-prefix search, shipped disease master    target p95 <= 10 ms
//   usual dosage of a drug; last report of a lab item      target p95 <= 10 ms (a pick in a dialog)
//   patient kana search (two kana, as a clerk types)      target p95 <= 10 ms
//   bench_chart_open [--scale 1.0] [--queries 300] [--keep DIR] [--driver sqlite|postgres|both]
//   bench_chart_open --existing FILE|URL [--scale 1.0]   (a record kept before, measured again without generating)
//   --rotate: then rotate the server record's key (RecordKeyRotation): its time, each batch's hold of the write
//   lock, and the kana search meanwhile
// --scale 0.1 gives 10,000 patients / 100,000 visits / 500,000 items for a quick run. With both drivers (the
// default) the same record is built and measured on the embedded file and then on a PostgreSQL cluster the bench
// starts on 127.0.0.1 (tests/support/pg-cluster), so the figures stand side by side.
#include "LatencyStats.h"
#include "RowBatch.h"
#include "SyntheticPatients.h"

#include "core/chart/Chart.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/db/DbConnection.h"
#include "core/db/PostgresConnection.h"
#include "core/db/SearchTokens.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/masters/MasterCatalog.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/record/RecordKeyRotation.h"
#include "core/users/UserDirectory.h"
#include "core/util/KanaNormalizer.h"
#include "core/util/SystemClock.h"
#include "core/util/Timestamp.h"
#include "support/PostgresCluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <thread>

using namespace tsumugi;

namespace {
const QString AdminPassword = QStringLiteral("benchmark password");
const QString DoctorPassword = QStringLiteral("doctor benchmark pw");

const char* const Findings[] = {"S) 咳嗽、鼻汁。発熱なし。\nO) 咽頭発赤軽度。胸部聴診 清。",
                                "S) 自覚症状なし。服薬遵守良好。\nO) 血圧 132/78 mmHg、脈拍 72/分 整。",
                                "S) 心窩部痛、食後に増悪。\nO) 腹部平坦軟、心窩部に圧痛。",
                                "S) 膝の痛み、階段昇降時。\nO) 右膝 腫脹なし、可動域制限軽度。"};
const char* const Drugs[][4] = {{"2325003B2029", "ガスター散２％", "g", "1日2回朝夕食後"},
                                {"2149037F1032", "アテレック錠５　５ｍｇ", "錠", "1日1回朝食後"},
                                {"3969004F1020", "ベイスン錠０．２　０．２ｍｇ", "錠", "1日3回毎食直前"},
                                {"2233002F2022", "ムコダイン錠５００ｍｇ", "錠", "1日3回毎食後"},
                                {"1149032F2023", "ハイペン錠２００ｍｇ", "錠", "1日2回朝夕食後"}};
const char* const Labs[][4] = {{"3B045000002327201", "ALT", "ALT(GPT)", "U/L"},
                               {"3B035000002327201", "AST", "AST(GOT)", "U/L"},
                               {"3D046000001906202", "HbA1c-NGSP", "HbA1c(NGSP)", "%"},
                               {"3C015000002327101", "Cre", "クレアチニン", "mg/dL"},
                               {"3F050000002327101", "T-CHO", "総コレステロール", "mg/dL"}};

struct Generated {
    QList<qint64> heavyPatients; // patients with 200 visits
    qint64 visits = 0;
    qint64 items = 0;
};

// The patients with 200 visits each, spread evenly over the numbers.
QList<qint64> heavyPatients(double scale) {
    const int patients = std::max(100, int(100000 * scale));
    const int heavy = std::max(20, int(1000 * scale));
    QList<qint64> out;
    for (int h = 0; h < heavy; ++h) {
        out.append(1 + qint64(h) * (patients / heavy));
    }
    return out;
}

// Raw inserts, one transaction: the data only has to exist, the repositories are measured afterwards.
Generated generate(ClinicRecord& record, double scale, qint64 doctorId) {
    Generated g;
    auto& db = record.db();
    const int patients = std::max(100, int(100000 * scale));
    const qint64 visitTarget = qint64(1000000 * scale);
    const qint64 itemTarget = qint64(5000000 * scale);
    const int heavy = int(heavyPatients(scale).size()); // 200 visits each
    QRandomGenerator rng(42);
    bench::SyntheticPatients people(42);
    const QString now = Timestamp::toStorage(QDateTime::currentDateTimeUtc());
    if (db.driver() == DbConnection::Driver::Sqlite) {
        db.exec("PRAGMA cache_size = -200000;");
    }
    Transaction tx(db);
    // Ids are given, not drawn: a visit's notes and items name it before it is written (batches of rows per INSERT).
    bench::RowBatch pat(db,
                        "INSERT INTO patients (id, patient_number, version, family_name, given_name, family_kana, "
                        "given_kana, name_search, kana_search, sex, birth_date, updated_at, updated_by)",
                        13);
    // The search tokens of each patient, as PatientRepository writes them (SearchTokens), in batches of their own.
    bench::RowBatch tokens(db, "INSERT INTO search_tokens (kind, token, row_id)", 3, &pat);
    const SearchTokens searchTokens(db);
    for (int i = 1; i <= patients; ++i) {
        const Patient p = people.next();
        const auto cell = [i](const char* column, const QString& text) {
            return bench::RowBatch::Cell{{QStringLiteral("patients"), QLatin1String(column), qint64(i)}, text};
        };
        const QString name = KanaNormalizer::normalize(p.familyName + p.givenName);
        const QString kana = KanaNormalizer::normalize(p.familyKana + p.givenKana);
        const QString birth = p.birthDate.toString(Qt::ISODate);
        pat.add({qint64(i), qint64(i), qint64(1), cell("family_name", p.familyName), cell("given_name", p.givenName),
                 cell("family_kana", p.familyKana), cell("given_kana", p.givenKana), cell("name_search", name),
                 cell("kana_search", kana), cell("sex", sexToString(p.sex)), cell("birth_date", birth), now, doctorId});
        for (const auto& [column, value] :
             {std::pair{"name_search", name}, {"kana_search", kana}, {"birth_date", birth}}) {
            for (const auto& [kind, token] : searchTokens.tokensOf("patients", column, value)) {
                tokens.add({kind, token, qint64(i)});
            }
        }
    }
    bench::RowBatch visit(db,
                          "INSERT INTO visits (id, patient_id, version, visit_date, encounter_class, department, "
                          "doctor_id, created_at, updated_at, updated_by)",
                          10, &pat);
    bench::RowBatch note(db,
                         "INSERT INTO notes (id, visit_id, patient_id, version, status, findings, orders, updated_at, "
                         "updated_by, finalized_at, finalized_by)",
                         11, &visit);
    bench::RowBatch rx(db,
                       "INSERT INTO prescriptions (id, patient_id, visit_id, version, rp_number, drug_code_system, "
                       "drug_code, yj_code, drug_name, dose, unit, usage_text, days, quantity, dispensing, "
                       "start_date, end_date, recorded_by, updated_at, updated_by)",
                       20, &visit);
    bench::RowBatch lab(db,
                        "INSERT INTO lab_results (id, patient_id, visit_id, version, code_system, code, item_key, "
                        "name, value_number, unit, ucum_unit, abnormal_flag, specimen, collected_at, recorded_by, "
                        "updated_at, updated_by)",
                        17, &visit);
    bench::RowBatch dx(db,
                       "INSERT INTO diagnoses (id, patient_id, version, name, medis_code, receipt_code, start_date, "
                       "recorded_at, recorded_by, updated_at, updated_by)",
                       11, &pat);
    const QDate today = QDate::currentDate();
    // Items per visit so that notes + prescriptions + labs (+ a few diagnoses) reach the item target.
    const double perVisit = double(itemTarget) / double(std::max<qint64>(1, visitTarget)); // ≈ 5
    qint64 visitId = 0;
    qint64 rxId = 0;
    qint64 labId = 0;
    // Tokens of an item's searched code, as the repositories write them (SearchTokens::index).
    const auto addTokens = [&](const char* table, const char* column, const QString& value, qint64 id) {
        for (const auto& [kind, token] : searchTokens.tokensOf(table, column, value)) {
            tokens.add({kind, token, id});
        }
    };
    const QString outpatient = QStringLiteral("outpatient");
    const QString internal = QStringLiteral("内科");
    const QString finalStatus = QStringLiteral("final");
    const QString doOrder = QStringLiteral("Rp) Do処方");
    const auto addVisit = [&](qint64 patientId, const QDate& date) {
        ++visitId;
        const QString day = date.toString(Qt::ISODate);
        visit.add({visitId, patientId, qint64(1), day, outpatient, internal, doctorId, now, now, doctorId});
        ++g.visits;
        // One note per visit: it takes the visit's number as its id (its sealed words carry it).
        const auto noteCell = [visitId](const char* column, const QString& text) {
            return bench::RowBatch::Cell{{QStringLiteral("notes"), QLatin1String(column), visitId}, text};
        };
        note.add({visitId, visitId, patientId, qint64(1), finalStatus,
                  noteCell("findings", QString::fromUtf8(Findings[rng.bounded(4)])), noteCell("orders", doOrder), now,
                  doctorId, now, doctorId});
        ++g.items;
        const int rxCount = int(perVisit / 2.5);
        for (int r = 0; r < rxCount; ++r) {
            const auto& d = Drugs[rng.bounded(5)];
            const qint64 id = ++rxId;
            const auto cell = [id](const char* column, const QString& text) {
                return bench::RowBatch::Cell{{QStringLiteral("prescriptions"), QLatin1String(column), id}, text};
            };
            const auto number = [id](const char* column, double value) {
                return bench::RowBatch::NumberCell{{QStringLiteral("prescriptions"), QLatin1String(column), id}, value};
            };
            const QString code = QString::fromLatin1(d[0]);
            rx.add({id,
                    patientId,
                    visitId,
                    qint64(1),
                    qint64(r + 1),
                    QStringLiteral("yj"),
                    cell("drug_code", code),
                    cell("yj_code", code),
                    cell("drug_name", QString::fromUtf8(d[1])),
                    number("dose", 1.0),
                    cell("unit", QString::fromUtf8(d[2])),
                    cell("usage_text", QString::fromUtf8(d[3])),
                    number("days", 28),
                    number("quantity", 28.0),
                    QStringLiteral("outside"),
                    day,
                    date.addDays(27).toString(Qt::ISODate),
                    doctorId,
                    now,
                    doctorId});
            addTokens("prescriptions", "drug_code", code, id);
            ++g.items;
        }
        const int labCount = int(perVisit) - 1 - rxCount;
        for (int l = 0; l < labCount; ++l) {
            const auto& t = Labs[l % 5];
            const qint64 id = ++labId;
            const auto cell = [id](const char* column, const QString& text) {
                return bench::RowBatch::Cell{{QStringLiteral("lab_results"), QLatin1String(column), id}, text};
            };
            const QString code = QString::fromLatin1(t[0]);
            const QString item = QString::fromLatin1(t[1]);
            const QString unit = QString::fromLatin1(t[3]);
            lab.add({id, patientId, visitId, qint64(1), QStringLiteral("jlac10"), cell("code", code),
                     cell("item_key", item), cell("name", QString::fromUtf8(t[2])),
                     bench::RowBatch::NumberCell{{QStringLiteral("lab_results"), QStringLiteral("value_number"), id},
                                                 10.0 + rng.bounded(100)},
                     cell("unit", unit), cell("ucum_unit", unit), cell("abnormal_flag", QStringLiteral("N")),
                     cell("specimen", QStringLiteral("血清")),
                     Timestamp::toStorage(QDateTime(date, QTime(9, 0), Qt::UTC)), doctorId, now, doctorId});
            addTokens("lab_results", "code", code, id);
            addTokens("lab_results", "item_key", item, id);
            ++g.items;
        }
    };
    // Patient by patient, so every index (patient_id first) grows at its end instead of at random places.
    g.heavyPatients = heavyPatients(scale);
    const QSet<qint64> heavySet(g.heavyPatients.begin(), g.heavyPatients.end());
    const double rest = double(visitTarget - qint64(heavy) * 200) / double(std::max(1, patients - heavy));
    for (qint64 patientId = 1; patientId <= patients; ++patientId) {
        if (heavySet.contains(patientId)) {
            for (int v = 0; v < 200; ++v) {
                addVisit(patientId, today.addDays(-7 * (200 - v)));
            }
            continue;
        }
        // Between 0 and twice the mean, so the total stays near the target.
        const int count = int(rng.bounded(2.0 * rest) + 0.5);
        QList<int> days;
        for (int v = 0; v < count; ++v) {
            days.append(1 + int(rng.bounded(3650)));
        }
        std::sort(days.begin(), days.end(), std::greater<int>());
        for (int d : days) {
            addVisit(patientId, today.addDays(-d));
        }
    }
    while (g.visits < visitTarget) {
        addVisit(patients, today.addDays(-int(rng.bounded(3650)) - 1));
    }
    const QString startDay = today.addDays(-1000).toString(Qt::ISODate);
    for (int p = 1; p <= patients && g.items < itemTarget; ++p) {
        // One diagnosis per patient: it takes the patient's number as its id (its sealed words carry it).
        const auto dxCell = [p](const char* column, const char* text) {
            return bench::RowBatch::Cell{{QStringLiteral("diagnoses"), QLatin1String(column), qint64(p)},
                                         QString::fromUtf8(text)};
        };
        dx.add({qint64(p), qint64(p), qint64(1), dxCell("name", "高血圧症"), dxCell("medis_code", "99999999"),
                dxCell("receipt_code", "8833421"), startDay, now, doctorId, now, doctorId});
        ++g.items;
    }
    for (bench::RowBatch* batch : {&pat, &tokens, &visit, &note, &rx, &lab, &dx}) {
        batch->flush();
    }
    SearchTokens::recount(db); // the tokens were written here, not through SearchTokens::index
    if (db.driver() == DbConnection::Driver::Postgres) {
        // The ids given above did not move the identities on: the next patient or visit a desk adds follows them.
        db.exec("SELECT setval(pg_get_serial_sequence('patients', 'id'), (SELECT max(id) FROM patients));");
        db.exec("SELECT setval(pg_get_serial_sequence('visits', 'id'), (SELECT max(id) FROM visits));");
        db.exec("SELECT setval(pg_get_serial_sequence('notes', 'id'), (SELECT max(id) FROM notes));");
        db.exec("SELECT setval(pg_get_serial_sequence('diagnoses', 'id'), (SELECT max(id) FROM diagnoses));");
        db.exec("SELECT setval(pg_get_serial_sequence('prescriptions', 'id'), (SELECT max(id) FROM prescriptions));");
        db.exec("SELECT setval(pg_get_serial_sequence('lab_results', 'id'), (SELECT max(id) FROM lab_results));");
    }
    tx.commit();
    db.exec("ANALYZE;");
    return g;
}
// Builds the record at location and prints every figure, each line prefixed by the driver's name.
// existing: a record this bench generated before (--keep), measured again without generating it.
void measureOn(const QString& location, const char* driver, double scale, int queries, bool existing = false) {
    std::printf("--- %s ---\n", driver);
    QElapsedTimer timer;
    timer.start();
    Generated g;
    if (existing) {
        g.heavyPatients = heavyPatients(scale);
    } else {
        ClinicRecord::NewRecord setup{{QStringLiteral("ベンチ診療所"), QStringLiteral("1310000001"), {}, {}},
                                      QStringLiteral("admin"),
                                      {},
                                      AdminPassword};
        // The masters fill on first use (the search phase), outside the generation's timing.
        setup.fillMasters = false;
        setup.recoveryKey = false;
        auto admin = ClinicRecord::create(location, setup, SystemClock::instance());
        const User doctor =
            admin->users().add(QStringLiteral("dr.bench"), QStringLiteral("ベンチ医師"), Role::Doctor, DoctorPassword);
        g = generate(*admin, scale, doctor.id);
    }
    if (!existing) {
        std::printf("generated %lld visits and %lld chart items for %.0f patients in %.1f s (scale %.2f)\n",
                    static_cast<long long>(g.visits), static_cast<long long>(g.items), 100000 * scale,
                    double(timer.elapsed()) / 1000.0, scale);
    }
    std::fflush(stdout);

    auto record = ClinicRecord::open(location, QStringLiteral("dr.bench"), DoctorPassword, SystemClock::instance());
    const auto label = [&](const char* what) { return QByteArray(driver) + ": " + what; };
    Chart& chart = record->chart();
    for (int i = 0; i < 10; ++i) {
        chart.open(g.heavyPatients.at(i % g.heavyPatients.size())); // warm the cache as a working day would
    }
    int visitsSeen = 0;
    const bench::LatencyStats open = bench::LatencyStats::measure(queries, [&](int i) {
        visitsSeen = int(chart.open(g.heavyPatients.at(i % g.heavyPatients.size())).visits.size());
    });
    std::printf("(each chart: %d visits with notes and prescriptions, diagnoses, labs, active prescriptions)\n",
                visitsSeen);
    open.print(label("Chart::open, 200 visits").constData(), 30);

    // A note on a new visit: the draft insert, then finalising; each is one transaction with its commit.
    QList<qint64> visitIds;
    for (int i = 0; i < queries; ++i) {
        Visit v;
        v.patientId = g.heavyPatients.at(i % g.heavyPatients.size());
        v.date = QDate::currentDate();
        v.department = QStringLiteral("内科");
        visitIds.append(chart.visits().create(v).id);
    }
    QList<qint64> noteIds(queries);
    const bench::LatencyStats draft = bench::LatencyStats::measure(queries, [&](int i) {
        ClinicalNote n;
        n.visitId = visitIds.at(i);
        n.findings = QString::fromUtf8(Findings[i % 4]);
        n.orders = QStringLiteral("Rp) Do処方\n次回 4週後");
        noteIds[i] = chart.notes().saveDraft(n).id;
    });
    draft.print(label("save a note (new draft, with commit)").constData(), 10);
    const bench::LatencyStats finalize =
        bench::LatencyStats::measure(queries, [&](int i) { chart.notes().finalize(noteIds.at(i)); });
    finalize.print(label("finalise a note (with commit)").constData(), 10);

    // The front desk's patient search among all the clinic's patients, two kana as a clerk starts typing.
    bench::SyntheticPatients clerks(7);
    QStringList typed;
    for (int i = 0; i < queries; ++i) {
        typed << clerks.kanaPrefix();
    }
    const bench::LatencyStats kanaSearch =
        bench::LatencyStats::measure(queries, [&](int i) { record->patients().search(typed.at(i)); });
    kanaSearch.print(label("PatientRepository::search (two kana)").constData(), 10);

    // Master search on the shipped disease master (27,000+ entries of SSK's b_), filled on first use as in any
    // record: a synthetic master cannot replace it (the import refuses a file that would end most of a master).
    bench::SyntheticPatients prefixes(11);
    QStringList kana;
    for (int i = 0; i < queries; ++i) {
        kana << prefixes.kanaPrefix();
    }
    record->masters().search(MasterKind::Disease, QStringLiteral("ア")); // the first use fills the master
    const bench::LatencyStats search = bench::LatencyStats::measure(
        queries, [&](int i) { record->masters().search(MasterKind::Disease, kana.at(i)); });
    search.print(label("MasterCatalog::search (kana prefix, shipped disease master)").constData(), 10);

    // What a pick in the prescription and lab dialogs looks up, across every patient of the clinic.
    const bench::LatencyStats usualClinic = bench::LatencyStats::measure(queries, [&](int i) {
        chart.prescriptions().usualDosage(-1, QString::fromLatin1(Drugs[i % 5][0])); // nobody's own: the clinic's
    });
    usualClinic.print(label("usual dosage of a drug, from the clinic's habit").constData(), 10);
    const bench::LatencyStats usualOwn = bench::LatencyStats::measure(queries, [&](int i) {
        chart.prescriptions().usualDosage(g.heavyPatients.at(i % g.heavyPatients.size()),
                                          QString::fromLatin1(Drugs[i % 5][0]));
    });
    usualOwn.print(label("usual dosage of a drug, from this patient's last line").constData(), 10);
    const bench::LatencyStats lastLab = bench::LatencyStats::measure(
        queries, [&](int i) { chart.labs().lastOfItem(QString::fromLatin1(Labs[i % 5][1])); });
    lastLab.print(label("the clinic's last report of a lab item").constData(), 10);
}
// Rotating the record key of the server record at location (its administrator "admin"): the time it takes, how
// long each batch holds the write lock (what a desk's save may wait), and the front desk's kana search meanwhile,
// from a desk signed in with the doctor's one-time password. The doctor's password is set back afterwards, so the
// kept record stays usable for the next run.
void measureRotation(const QString& location, int queries) {
    auto admin = ClinicRecord::open(location, QStringLiteral("admin"), AdminPassword, SystemClock::instance());
    QElapsedTimer timer;
    timer.start();
    const RecordKeyRotation::Started started = RecordKeyRotation(*admin).start(AdminPassword);
    const QString once = started.oneTimePasswords.at(QStringLiteral("dr.bench"));
    std::printf("server: rotation started (generation %d, %zu one-time passwords) in %.1f s\n", started.generation,
                started.oneTimePasswords.size(), double(timer.elapsed()) / 1000.0);
    auto doctor = ClinicRecord::open(location, QStringLiteral("dr.bench"), once, SystemClock::instance());
    doctor->users().changePassword(once, DoctorPassword);
    std::vector<double> batches;
    std::atomic<bool> running{true};
    timer.restart();
    std::thread worker([&] {
        RecordKeyRotation rotation(*admin);
        QElapsedTimer batch;
        batch.start();
        while (rotation.step()) {
            batches.push_back(double(batch.nsecsElapsed()) / 1e6);
            batch.restart();
        }
        running = false;
    });
    bench::SyntheticPatients clerks(11);
    std::vector<double> searches;
    while (running) {
        const QString typed = clerks.kanaPrefix();
        QElapsedTimer one;
        one.start();
        doctor->patients().search(typed);
        searches.push_back(double(one.nsecsElapsed()) / 1e6);
        QThread::msleep(20); // a clerk types, reads, types again
        if (int(searches.size()) >= queries * 100) {
            break;
        }
    }
    worker.join();
    const auto done = RecordKeyRotation(*admin).progress();
    std::printf("server: rotation of the whole record: %.1f s, %zu batches, %lld rows re-sealed, %lld old tokens "
                "removed, %lld values refused\n",
                double(timer.elapsed()) / 1000.0, batches.size(), static_cast<long long>(done->rowsResealed),
                static_cast<long long>(done->tokensRemoved), static_cast<long long>(done->valuesRefused));
    bench::LatencyStats::of(batches).print("server: one rotation batch (the write lock held)");
    if (!searches.empty()) {
        bench::LatencyStats::of(searches).print("server: PatientRepository::search during the rotation", 10);
    }
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const double scale = option(QStringLiteral("--scale"), QStringLiteral("1.0")).toDouble();
    const int queries = option(QStringLiteral("--queries"), QStringLiteral("300")).toInt();
    const QString drivers = option(QStringLiteral("--driver"), QStringLiteral("both"));
    // A record generated before with --keep (a file, or the server started again on its kept data): measured only.
    if (const QString existing = option(QStringLiteral("--existing"), {}); !existing.isEmpty()) {
        measureOn(existing, existing.startsWith(QLatin1String("postgresql:")) ? "server" : "embedded", scale, queries,
                  true);
        if (args.contains(QStringLiteral("--rotate")) && existing.startsWith(QLatin1String("postgresql:"))) {
            measureRotation(existing, queries);
        }
        return 0;
    }
    QTemporaryDir tmp;
    const QString dir = option(QStringLiteral("--keep"), tmp.path());
    if (drivers != QLatin1String("postgres")) {
        measureOn(dir + QStringLiteral("/chart-bench.tsumugi"), "embedded", scale, queries);
    }
    if (drivers != QLatin1String("sqlite")) {
        if (!test::PostgresCluster::installed()) {
            std::printf("--- server: PostgreSQL 15 is not installed (scripts/setup installs it); skipped ---\n");
            return 0;
        }
        test::PostgresCluster cluster;
        if (args.contains(QStringLiteral("--keep"))) {
            cluster.keepFiles(); // pg_ctl -D DATA start brings it back to be looked into
            std::printf("server data kept in %s\n", qPrintable(cluster.dataDirectory()));
        }
        if (const QString failed = cluster.start(); !failed.isEmpty()) {
            std::fprintf(stderr, "the cluster did not start: %s\n", qPrintable(failed));
            return 1;
        }
        {
            PostgresConnection admin(cluster.conninfo());
            admin.exec("CREATE DATABASE bench;");
        }
        const QString location = QStringLiteral("postgresql://postgres@127.0.0.1:%1/bench").arg(cluster.port());
        measureOn(location, "server", scale, queries);
        if (args.contains(QStringLiteral("--rotate"))) {
            measureRotation(location, queries);
        }
    }
    return 0;
}
