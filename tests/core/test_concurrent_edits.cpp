#include "ChartFixture.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/NoteMerge.h"
#include "core/documents/DocumentRepository.h"
#include "core/patients/PatientMerge.h"
#include "core/util/Timestamp.h"

#include <QTest>
#include <functional>

using namespace tsumugi;
using tsumugi::test::ChartFixture;
using tsumugi::test::TempRecord;

namespace {
// The refusal a change gets, or an empty Error message when it was accepted.
Error refusalOf(const std::function<void()>& change) {
    try {
        change();
    } catch (const Error& e) {
        return e;
    }
    return Error(Error::Kind::Validation, QString());
}
} // namespace

// Two desks editing the same thing (on one file or one server): the second save is refused with who saved and
// when, nothing of the first is overwritten, and the second desk's text is offered back merged with the first's.
class TestConcurrentEdits : public QObject {
    Q_OBJECT
    std::unique_ptr<ChartFixture> f;
    std::unique_ptr<ClinicRecord> otherDesk; // 鈴木 医師, signed in at a second desk on the same record

    QString savedBySato() const { return QStringLiteral("佐藤 医師"); }
    // The conflict names who saved first and when, and is a conflict.
    void verifyNamesTheFirstSave(const Error& e, const QString& who) {
        QCOMPARE(e.kind(), Error::Kind::Conflict);
        QVERIFY2(e.message().contains(who), qPrintable(e.message()));
        QVERIFY2(e.message().contains(Timestamp::forMessage(f->t.clock.now())), qPrintable(e.message()));
    }
    ClinicalNote noteOnAVisit(const QString& findings) {
        ClinicalNote n;
        n.visitId = f->visit().id;
        n.findings = findings;
        n.orders = QStringLiteral("Rp) 経過観察");
        return f->chart().notes().saveDraft(n);
    }

private slots:
    void init() {
        f = std::make_unique<ChartFixture>();
        {
            auto admin = ClinicRecord::open(f->t.path, TempRecord::AdminName, TempRecord::AdminPassword, f->t.clock);
            admin->users().add(QStringLiteral("dr.suzuki"), QStringLiteral("鈴木 医師"), Role::Doctor,
                               QStringLiteral("doctor pass 2"));
        }
        otherDesk =
            ClinicRecord::open(f->t.path, QStringLiteral("dr.suzuki"), QStringLiteral("doctor pass 2"), f->t.clock);
    }
    void cleanup() {
        otherDesk.reset();
        f.reset();
    }

    void aDraftNoteSavedAtAnotherDeskIsNotOverwritten() {
        const ClinicalNote opened = noteOnAVisit(QStringLiteral("S) 咳"));
        // Both desks have the draft open; 鈴木 saves first (a draft saved again keeps its version).
        ClinicalNote theirs = *otherDesk->chart().notes().find(opened.id);
        theirs.findings = QStringLiteral("S) 咳\nO) 咽頭発赤");
        f->t.clock.advanceSeconds(120);
        theirs = otherDesk->chart().notes().saveDraft(theirs);
        QCOMPARE(theirs.version, opened.version);
        QCOMPARE(theirs.saves, opened.saves + 1);

        ClinicalNote mine = opened;
        mine.findings = QStringLiteral("S) 咳、3日前から");
        const Error refused = refusalOf([&] { f->chart().notes().saveDraft(mine); });
        verifyNamesTheFirstSave(refused, QStringLiteral("鈴木 医師"));
        QCOMPARE(f->chart().notes().find(opened.id)->findings, theirs.findings);

        // The desk offers both texts together; saved on top of the note as it is now, it is accepted.
        ClinicalNote now = *f->chart().notes().find(opened.id);
        now.findings = NoteMerge::merge(opened.findings, now.findings, mine.findings);
        QCOMPARE(now.findings, QStringLiteral("S) 咳、3日前から\nO) 咽頭発赤"));
        const ClinicalNote saved = f->chart().notes().saveDraft(now);
        QCOMPARE(saved.findings, now.findings);
        QCOMPARE(saved.updatedBy, savedBySato());
    }
    void aNoteWrittenAtTwoDesksForOneVisitKeepsTheFirst() {
        const Visit v = f->visit();
        ClinicalNote theirs;
        theirs.visitId = v.id;
        theirs.findings = QStringLiteral("S) 発熱");
        otherDesk->chart().notes().saveDraft(theirs);
        ClinicalNote mine;
        mine.visitId = v.id;
        mine.findings = QStringLiteral("S) 腹痛");
        verifyNamesTheFirstSave(refusalOf([&] { f->chart().notes().saveDraft(mine); }), QStringLiteral("鈴木 医師"));
        QCOMPARE(f->chart().notes().forVisit(v.id)->findings, QStringLiteral("S) 発熱"));
    }
    void aFinalisedNoteRevisedAtTwoDesksKeepsTheFirstRevision() {
        ClinicalNote n = noteOnAVisit(QStringLiteral("S) 頭痛"));
        n = f->chart().notes().finalize(n.id);
        otherDesk->chart().notes().revise(n.id, n.version, QStringLiteral("S) 頭痛、嘔気"), n.orders,
                                          QStringLiteral("追記"));
        otherDesk->chart().notes().finalize(n.id);
        // This desk still shows version 1: its revision would silently bury version 2.
        const Error refused =
            refusalOf([&] { f->chart().notes().revise(n.id, n.version, QStringLiteral("S) 頭痛、めまい"), n.orders); });
        verifyNamesTheFirstSave(refused, QStringLiteral("鈴木 医師"));
        QVERIFY2(refused.message().contains(QStringLiteral("version 2")), qPrintable(refused.message()));
        QCOMPARE(f->chart().notes().find(n.id)->findings, QStringLiteral("S) 頭痛、嘔気"));
    }
    void aDraftDocumentSavedAtAnotherDeskIsNotOverwritten() {
        Document d;
        d.kind = Document::Kind::Referral;
        d.patientId = f->patientId;
        d.addressee = {QStringLiteral("つむぎ総合病院"), QStringLiteral("1310000017"), QStringLiteral("循環器内科"),
                       QStringLiteral("田中 先生")};
        d.purpose = QStringLiteral("精査加療のお願い");
        d = f->record().documents().createDraft(d);
        Document theirs = otherDesk->documents().open(d.id);
        theirs.chiefComplaint = QStringLiteral("労作時胸痛");
        otherDesk->documents().updateDraft(theirs);
        d.chiefComplaint = QStringLiteral("動悸");
        verifyNamesTheFirstSave(refusalOf([&] { f->record().documents().updateDraft(d); }),
                                QStringLiteral("鈴木 医師"));
        QCOMPARE(f->record().documents().open(d.id).chiefComplaint, QStringLiteral("労作時胸痛"));
        // The draft read again is saved normally.
        Document again = f->record().documents().open(d.id);
        again.remarks = QStringLiteral("動悸もあり");
        QCOMPARE(f->record().documents().updateDraft(again).saves, again.saves + 1);
    }
    void versionedItemsAndPatientsNameWhoChangedThem() {
        Diagnosis dx;
        dx.patientId = f->patientId;
        dx.name = QStringLiteral("高血圧症");
        dx.startDate = QDate(2026, 10, 1);
        dx = f->chart().diagnoses().create(dx);
        Diagnosis theirs = dx;
        theirs.comment = QStringLiteral("家庭血圧で確認");
        otherDesk->chart().diagnoses().update(theirs);
        dx.comment = QStringLiteral("初診時");
        verifyNamesTheFirstSave(refusalOf([&] { f->chart().diagnoses().update(dx); }), QStringLiteral("鈴木 医師"));

        const Patient p = *f->record().patients().open(f->patientId);
        Patient theirPatient = p;
        theirPatient.phone = QStringLiteral("03-1234-5678");
        otherDesk->patients().update(theirPatient);
        Patient mine = p;
        mine.phone = QStringLiteral("090-0000-0000");
        verifyNamesTheFirstSave(refusalOf([&] { f->record().patients().update(mine); }), QStringLiteral("鈴木 医師"));
        QCOMPARE(f->record().patients().open(f->patientId)->phone, QStringLiteral("03-1234-5678"));
    }

    // A patient: each field takes the desk that changed it; a field both changed keeps this desk's and names theirs.
    void patientMergeTakesEachDesksFields() {
        Patient base;
        base.id = 7;
        base.version = 3;
        base.familyName = QStringLiteral("山田");
        base.phone = QStringLiteral("03-0000-0000");
        base.address = QStringLiteral("新宿区");
        Patient theirs = base;
        theirs.version = 4;
        theirs.phone = QStringLiteral("03-1111-2222");
        theirs.address = QStringLiteral("渋谷区");
        theirs.insurance.insurerNumber = QStringLiteral("06130017");
        Patient mine = base;
        mine.address = QStringLiteral("中野区");
        mine.familyName = QStringLiteral("山田（旧姓 佐藤）");
        const PatientMerge m = PatientMerge::of(base, theirs, mine);
        QCOMPARE(m.merged.version, 4);
        QCOMPARE(m.merged.phone, theirs.phone);
        QCOMPARE(m.merged.insurance.insurerNumber, theirs.insurance.insurerNumber);
        QCOMPARE(m.merged.address, mine.address);
        QCOMPARE(m.merged.familyName, mine.familyName);
        QCOMPARE(m.bothChanged.size(), 1);
        QVERIFY2(m.bothChanged.first().contains(QStringLiteral("渋谷区")), qPrintable(m.bothChanged.first()));
        // Both typed the same value: nothing to name.
        mine.address = theirs.address;
        QVERIFY(PatientMerge::of(base, theirs, mine).bothChanged.isEmpty());
    }

    // The merge keeps every line either desk added, where it was added, and drops what either removed.
    void mergeKeepsBothDesksLines() {
        const QString base = QStringLiteral("S) 咳\nO) 胸部 清");
        QCOMPARE(NoteMerge::merge(base, base, QStringLiteral("S) 咳\nO) 胸部 清\nP) 再診")),
                 QStringLiteral("S) 咳\nO) 胸部 清\nP) 再診"));
        QCOMPARE(NoteMerge::merge(base, QStringLiteral("S) 咳\nO) 胸部 清\nA) 感冒"), base),
                 QStringLiteral("S) 咳\nO) 胸部 清\nA) 感冒"));
        QCOMPARE(NoteMerge::merge(base, QStringLiteral("S) 咳、痰\nO) 胸部 清"),
                                  QStringLiteral("S) 咳\nO) 胸部 清\nP) 再診")),
                 QStringLiteral("S) 咳、痰\nO) 胸部 清\nP) 再診"));
        // Both changed the same line: both forms stay, theirs first.
        QCOMPARE(
            NoteMerge::merge(base, QStringLiteral("S) 咳、痰\nO) 胸部 清"), QStringLiteral("S) 咳、鼻汁\nO) 胸部 清")),
            QStringLiteral("S) 咳、痰\nS) 咳、鼻汁\nO) 胸部 清"));
        // Both added the same line: once.
        QCOMPARE(NoteMerge::merge(base, base + QStringLiteral("\nP) 再診"), base + QStringLiteral("\nP) 再診")),
                 base + QStringLiteral("\nP) 再診"));
        // From an empty note: theirs, then mine.
        QCOMPARE(NoteMerge::merge(QString(), QStringLiteral("S) 発熱"), QStringLiteral("S) 腹痛")),
                 QStringLiteral("S) 発熱\nS) 腹痛"));
        // One side removed a line the other kept: it stays removed.
        QCOMPARE(NoteMerge::merge(base, QStringLiteral("S) 咳"), base + QStringLiteral("\nP) 再診")),
                 QStringLiteral("S) 咳\nP) 再診"));
    }
};

TSUMUGI_TEST_CLASS(TestConcurrentEdits)
#include "test_concurrent_edits.moc"
