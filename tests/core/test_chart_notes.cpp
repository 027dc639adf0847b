#include "ChartFixture.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/chart/ChartChangeListener.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/NoteTemplateLibrary.h"
#include "core/chart/VisitRepository.h"
#include "core/db/DbConnection.h"

#include <QTest>
#include <sqlite3.h>

using namespace tsumugi;
using tsumugi::test::ChartFixture;

namespace {
// Records every change, and proves it runs inside the change's transaction.
struct RecordingListener : ChartChangeListener {
    DbConnection* db = nullptr;
    QList<ChartChange> changes;
    bool insideTransaction = true;
    bool fail = false;
    void chartChanged(const ChartChange& c) override {
        insideTransaction = insideTransaction && db->inTransaction();
        changes.append(c);
        if (fail) {
            throw Error(Error::Kind::Storage, QStringLiteral("outbox full"));
        }
    }
};
} // namespace

class TestChartNotes : public QObject {
    Q_OBJECT
    std::unique_ptr<ChartFixture> f;

    ClinicalNote draft(qint64 visitId, const QString& findings,
                       const QString& orders = QStringLiteral("Rp) 経過観察")) {
        ClinicalNote n;
        n.visitId = visitId;
        n.findings = findings;
        n.orders = orders;
        return f->chart().notes().saveDraft(n);
    }

private slots:
    void init() { f = std::make_unique<ChartFixture>(); }

    void visitValidation() {
        Visit v;
        v.patientId = f->patientId;
        v.date = QDate(2026, 11, 21); // tomorrow
        v.department = QStringLiteral("内科");
        try {
            f->chart().visits().create(v);
            QFAIL("a future visit was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY(e.message().contains(QStringLiteral("future")));
        }
        v.date = QDate(2026, 11, 20);
        v.department.clear();
        TSUMUGI_VERIFY_ERROR(f->chart().visits().create(v), Error::Kind::Validation);
        v.department = QStringLiteral("内科");
        v.patientId = 999;
        TSUMUGI_VERIFY_ERROR(f->chart().visits().create(v), Error::Kind::NotFound);
    }
    void visitIsCreatedVersionedAndWithdrawnNotDeleted() {
        Visit v = f->visit();
        QCOMPARE(v.version, 1);
        QCOMPARE(v.doctorName, QStringLiteral("佐藤 医師"));
        v.encounterClass = Visit::EncounterClass::Inpatient;
        v = f->chart().visits().update(v, QStringLiteral("入院に変更"));
        QCOMPARE(v.version, 2);
        QCOMPARE(v.encounterClass, Visit::EncounterClass::Inpatient);
        v = f->chart().visits().withdraw(v.id, QStringLiteral("別患者に登録"));
        QVERIFY(v.withdrawn);
        QCOMPARE(f->count("SELECT count(*) FROM chart_item_versions WHERE kind = 'visit';"), 3);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM visits;"), Error::Kind::Conflict);
        QCOMPARE(f->chart().visits().forPatient(f->patientId).size(), 1);
    }
    void onlyDoctorsWriteAndClerksDoNotRead() {
        const Visit v = f->visit();
        f->t.reopen(); // admin
        Visit another;
        another.patientId = f->patientId;
        another.date = QDate(2026, 11, 20);
        another.department = QStringLiteral("内科");
        try {
            f->chart().visits().create(another);
            QFAIL("an admin wrote a chart");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
        }
        QCOMPARE(f->chart().open(f->patientId).visits.size(), 1); // admins read (audits)
        f->record().users().add(QStringLiteral("clerk"), QStringLiteral("受付"), Role::Clerk,
                                QStringLiteral("clerk pass 1"));
        f->t.reopen(QStringLiteral("clerk"), QStringLiteral("clerk pass 1"));
        TSUMUGI_VERIFY_ERROR(f->chart().open(f->patientId), Error::Kind::PermissionDenied);
        Q_UNUSED(v);
    }
    void draftIsOverwrittenUntilFinalised() {
        const Visit v = f->visit();
        ClinicalNote n = draft(v.id, QStringLiteral("S) 咳"));
        QCOMPARE(n.version, 1);
        QCOMPARE(n.status, ClinicalNote::Status::Draft);
        n.findings = QStringLiteral("S) 咳、痰\nO) 胸部 清");
        n = f->chart().notes().saveDraft(n);
        QCOMPARE(n.version, 1);
        QCOMPARE(n.findings, QStringLiteral("S) 咳、痰\nO) 胸部 清"));
        f->t.clock.advanceSeconds(60);
        n = f->chart().notes().finalize(n.id);
        QCOMPARE(n.status, ClinicalNote::Status::Final);
        QCOMPARE(n.finalizedBy, QStringLiteral("佐藤 医師"));
        QCOMPARE(n.finalizedAt, f->t.clock.now());
        // A finalised note is not a draft any more: saving over it is refused, and so is SQL.
        n.findings = QStringLiteral("changed");
        TSUMUGI_VERIFY_ERROR(f->chart().notes().saveDraft(n), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("UPDATE notes SET findings = 'x';"), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(f->chart().notes().finalize(n.id), Error::Kind::Conflict);
    }
    void aSecondNewNoteOnAVisitSaysTheVisitHasOneAlready() {
        const Visit v = f->visit();
        draft(v.id, QStringLiteral("S) 咳"));
        try {
            draft(v.id, QStringLiteral("S) 別の窓から"));
            QFAIL("a second new note on the same visit must be refused");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
            // What happened, not "while you were editing version 0".
            QVERIFY2(e.message().contains(QStringLiteral("佐藤 医師 saved this note")), qPrintable(e.message()));
            QVERIFY(!e.message().contains(QStringLiteral("version 0")));
        }
        QCOMPARE(f->chart().notes().forVisit(v.id)->findings, QStringLiteral("S) 咳"));
    }
    void emptyNoteIsRefused() {
        const Visit v = f->visit();
        TSUMUGI_VERIFY_ERROR(draft(v.id, QStringLiteral("  "), QString()), Error::Kind::Validation);
    }
    void editingAFinalisedNoteMakesANewVersionWithHistoryAndDiff() {
        const Visit v = f->visit();
        ClinicalNote n = draft(v.id, QStringLiteral("S) 頭痛\nO) BP 150/90"), QStringLiteral("Rp) アムロジピン"));
        n = f->chart().notes().finalize(n.id);
        n = f->chart().notes().revise(n.id, n.version, QStringLiteral("S) 頭痛\nO) BP 138/84"),
                                      QStringLiteral("Rp) アムロジピン"), QStringLiteral("血圧の転記誤り"));
        QCOMPARE(n.version, 2);
        QCOMPARE(n.status, ClinicalNote::Status::Draft);
        n = f->chart().notes().finalize(n.id);
        const QList<NoteVersion> history = f->chart().notes().history(n.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).findings, QStringLiteral("S) 頭痛\nO) BP 150/90"));
        QCOMPARE(history.at(1).reason, QStringLiteral("血圧の転記誤り"));
        const NoteDiff d = f->chart().notes().diff(n.id, 1, 2);
        QCOMPARE(LineDiff::toText(d.findings), QStringLiteral("  S) 頭痛\n- O) BP 150/90\n+ O) BP 138/84\n"));
        QVERIFY(!LineDiff::hasChanges(d.orders));
        TSUMUGI_VERIFY_ERROR(f->chart().notes().diff(n.id, 1, 7), Error::Kind::NotFound);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM note_versions;"), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("UPDATE note_versions SET findings = 'x';"), Error::Kind::Conflict);
        QVERIFY(f->auditRows(QStringLiteral("view"), QStringLiteral("note-history")) >= 2);
    }
    void withdrawnNoteStaysReadable() {
        const Visit v = f->visit();
        ClinicalNote n = f->chart().notes().finalize(draft(v.id, QStringLiteral("S) 誤記")).id);
        TSUMUGI_VERIFY_ERROR(f->chart().notes().withdraw(n.id, QString()), Error::Kind::Validation);
        n = f->chart().notes().withdraw(n.id, QStringLiteral("別患者のカルテ"));
        QCOMPARE(n.status, ClinicalNote::Status::Withdrawn);
        QCOMPARE(n.findings, QStringLiteral("S) 誤記"));
        QCOMPARE(f->chart().notes().history(n.id).size(), 1);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM notes;"), Error::Kind::Conflict);
    }
    void everyChangeAndViewIsAudited() {
        const qint64 before =
            f->count("SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM audit_pending);");
        const Visit v = f->visit();
        ClinicalNote n = draft(v.id, QStringLiteral("S) 腹痛"));
        f->chart().notes().finalize(n.id);
        f->chart().open(f->patientId);
        QCOMPARE(f->count("SELECT (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM audit_pending);") - before,
                 4);
        QCOMPARE(f->auditRows(QStringLiteral("create"), QStringLiteral("visit")), 1);
        QCOMPARE(f->auditRows(QStringLiteral("finalize"), QStringLiteral("note")), 1);
        QCOMPARE(f->auditRows(QStringLiteral("view"), QStringLiteral("chart")), 1);
        QVERIFY(f->record().audit().verify().ok);
    }
    void listenerRunsInsideTheTransactionAndCanRefuse() {
        RecordingListener listener;
        listener.db = &f->record().db();
        f->record().setChartChangeListener(&listener);
        const Visit v = f->visit();
        draft(v.id, QStringLiteral("S) 発熱"));
        QCOMPARE(listener.changes.size(), 2);
        QVERIFY(listener.insideTransaction);
        QCOMPARE(listener.changes.at(1).item, ChartChange::Item::Note);
        QCOMPARE(listener.changes.at(1).patientId, f->patientId);
        listener.fail = true;
        TSUMUGI_VERIFY_ERROR(f->visit(QDate(2026, 11, 19)), Error::Kind::Storage);
        QCOMPARE(f->count("SELECT count(*) FROM visits;"), 1); // rolled back with the listener's failure
        f->record().setChartChangeListener(nullptr);
    }
    void openChartShowsVisitsNewestFirstWithNotes() {
        const Visit older = f->visit(QDate(2026, 10, 1));
        const Visit newer = f->visit(QDate(2026, 11, 20));
        draft(older.id, QStringLiteral("S) 初診"));
        const ChartSnapshot s = f->chart().open(f->patientId);
        QCOMPARE(s.patient.familyName, QStringLiteral("山田"));
        QCOMPARE(s.visits.size(), 2);
        QCOMPARE(s.visits.at(0).visit.id, newer.id);
        QVERIFY(!s.visits.at(0).note);
        QCOMPARE(s.visits.at(1).note->findings, QStringLiteral("S) 初診"));
        QVERIFY(f->chart().plainText(f->patientId).contains(QStringLiteral("S) 初診")));
    }
    void templatesAreStoredAndInserted() {
        const QList<NoteTemplate> defaults = f->chart().templates().list();
        QVERIFY(defaults.size() >= 4);
        NoteTemplate t;
        t.title = QStringLiteral("胃腸炎");
        t.body = QStringLiteral("S) 嘔吐、下痢");
        const NoteTemplate added = f->chart().templates().add(t);
        QCOMPARE(f->chart().templates().list().size(), defaults.size() + 1);
        QCOMPARE(NoteTemplateLibrary::insert(QStringLiteral("主訴:"), 3, added),
                 QStringLiteral("主訴:\nS) 嘔吐、下痢"));
        f->chart().templates().retire(added.id);
        QCOMPARE(f->chart().templates().list().size(), defaults.size());
    }
};

TSUMUGI_TEST_CLASS(TestChartNotes)
#include "test_chart_notes.moc"
