#include "ChartFixture.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/chart/ChartChangeListener.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/db/DbConnection.h"
#include "core/documents/DocumentRepository.h"
#include "core/documents/DocumentValidator.h"
#include "core/outbox/OutboxQueue.h"

#include <QTest>
#include <functional>
#include <sqlite3.h>

using namespace tsumugi;
using tsumugi::test::ChartFixture;

namespace {
// Records document changes and proves each runs inside the change's transaction.
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

QString messageOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

const QByteArray Pdf = QByteArray("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const QByteArray Png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(32, '\0');
} // namespace

class TestDocuments : public QObject {
    Q_OBJECT
    std::unique_ptr<ChartFixture> f;

    DocumentRepository& docs() { return f->record().documents(); }

    qint64 diagnosis(const QString& name, bool suspected = false) {
        Diagnosis d;
        d.patientId = f->patientId;
        d.name = name;
        d.startDate = QDate(2026, 10, 1);
        d.suspected = suspected;
        return f->chart().diagnoses().create(d).id;
    }

    Document referral() {
        Document d;
        d.kind = Document::Kind::Referral;
        d.patientId = f->patientId;
        d.addressee = {QStringLiteral("つむぎ総合病院"), QStringLiteral("1310000017"), QStringLiteral("循環器内科"),
                       QStringLiteral("田中 先生")};
        d.purpose = QStringLiteral("精査加療のお願い");
        d.chiefComplaint = QStringLiteral("労作時胸痛");
        d.presentIllness = QStringLiteral("1か月前から階段昇降時に胸部圧迫感。");
        return d;
    }

    Document discharge() {
        Document d;
        d.kind = Document::Kind::Discharge;
        d.patientId = f->patientId;
        d.admissionDate = QDate(2026, 11, 1);
        d.dischargeDate = QDate(2026, 11, 10);
        d.reasonForAdmission = QStringLiteral("肺炎の加療");
        d.chiefComplaint = QStringLiteral("発熱、咳嗽");
        d.presentIllness = QStringLiteral("3日前から発熱。");
        d.hospitalCourse = QStringLiteral("抗菌薬点滴にて軽快。");
        d.dischargeInstructions = QStringLiteral("内服継続、1週後外来。");
        return d;
    }

private slots:
    void init() { f = std::make_unique<ChartFixture>(); }

    void validationOfDraftsAndFinalisation() {
        Document d = referral();
        QVERIFY(DocumentValidator::finalProblems(d).isEmpty());
        d.addressee.institutionNumber = QStringLiteral("9910000017"); // prefecture 99
        QVERIFY(DocumentValidator::draftProblems(d).join(' ').contains(QStringLiteral("1310000017")) == false);
        QVERIFY(DocumentValidator::draftProblems(d).join(' ').contains(QStringLiteral("9910000017")));
        d.addressee.institutionNumber = QStringLiteral("131000001"); // 9 digits
        QVERIFY(!DocumentValidator::draftProblems(d).isEmpty());
        d.addressee.institutionNumber = QStringLiteral("1320000017"); // fee schedule 2 does not exist
        QVERIFY(!DocumentValidator::draftProblems(d).isEmpty());
        d = referral();
        d.purpose.clear();
        d.presentIllness = QStringLiteral("  ");
        d.addressee.institutionNumber.clear();
        QVERIFY(DocumentValidator::draftProblems(d).isEmpty()); // a half-written draft can be kept
        const QString missing = DocumentValidator::finalProblems(d).join(' ');
        QVERIFY2(missing.contains(QStringLiteral("紹介目的")), qPrintable(missing));
        QVERIFY(missing.contains(QStringLiteral("現病歴")));
        QVERIFY(missing.contains(QStringLiteral("医療機関番号")));

        Document s = discharge();
        s.diagnosisIds = {1};
        QVERIFY(DocumentValidator::finalProblems(s).isEmpty());
        s.dischargeDate = QDate(2026, 10, 31);
        const QString order = DocumentValidator::draftProblems(s).join(' ');
        QVERIFY2(order.contains(QStringLiteral("before the admission")), qPrintable(order));
        s.dischargeDate = s.admissionDate; // same-day discharge is fine
        QVERIFY(DocumentValidator::draftProblems(s).isEmpty());
        s.diagnosisIds.clear();
        s.hospitalCourse.clear();
        s.admissionDate = QDate();
        const QString req = DocumentValidator::finalProblems(s).join(' ');
        QVERIFY(req.contains(QStringLiteral("退院時診断")) && req.contains(QStringLiteral("入院中経過")) &&
                req.contains(QStringLiteral("admission date")));

        Document m = referral();
        m.medications = {{MedicationLine::CodeKind::Yj,
                          QStringLiteral("2149"),
                          QStringLiteral("X錠"),
                          1,
                          QStringLiteral("錠"),
                          QStringLiteral("1日1回朝食後"),
                          {},
                          14,
                          0,
                          {}}};
        QVERIFY(DocumentValidator::draftProblems(m).join(' ').contains(QStringLiteral("YJ")));
        m.medications[0].code = QStringLiteral("2149039F1020");
        QVERIFY(DocumentValidator::draftProblems(m).isEmpty());
        m.medications[0].codeKind = MedicationLine::CodeKind::Generic;
        m.medications[0].code.clear();
        QVERIFY(!DocumentValidator::draftProblems(m).isEmpty());
    }

    void attachmentChecks() {
        QVERIFY(DocumentValidator::attachmentProblems(QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), Pdf)
                    .isEmpty());
        QVERIFY(
            DocumentValidator::attachmentProblems(QStringLiteral("a.png"), QStringLiteral("image/png"), Png).isEmpty());
        QCOMPARE(DocumentValidator::mediaTypeForFileName(QStringLiteral("X.JPEG")), QStringLiteral("image/jpeg"));
        QVERIFY(DocumentValidator::mediaTypeForFileName(QStringLiteral("x.docx")).isEmpty());
        const QString wrongType =
            DocumentValidator::attachmentProblems(QStringLiteral("a.docx"), QString(), Pdf).join(' ');
        QVERIFY2(wrongType.contains(QStringLiteral("PDF, PNG and JPEG")), qPrintable(wrongType));
        const QString fake =
            DocumentValidator::attachmentProblems(QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), Png)
                .join(' ');
        QVERIFY(fake.contains(QStringLiteral("not a valid")));
        QByteArray big = Pdf;
        big.append(QByteArray(DocumentAttachment::MaxBytes, ' '));
        const QString tooBig =
            DocumentValidator::attachmentProblems(QStringLiteral("big.pdf"), QStringLiteral("application/pdf"), big)
                .join(' ');
        QVERIFY2(tooBig.contains(QStringLiteral("at most 5 MB")), qPrintable(tooBig));
    }

    void draftFinaliseNewVersionAndHistory() {
        RecordingListener listener;
        listener.db = &f->record().db();
        f->record().setChartChangeListener(&listener);
        const qint64 dx = diagnosis(QStringLiteral("狭心症"), true);
        Document d = referral();
        d.diagnosisIds = {dx};
        d.medications = {{MedicationLine::CodeKind::None,
                          {},
                          QStringLiteral("他院処方の湿布"),
                          1,
                          QStringLiteral("枚"),
                          QStringLiteral("1日1回"),
                          {},
                          7,
                          0,
                          {}}};
        d = docs().createDraft(d);
        QCOMPARE(d.version, 1);
        QCOMPARE(d.status, Document::Status::Draft);
        QCOMPARE(d.documentDate, QDate(2026, 11, 20));
        QCOMPARE(d.diagnosisIds, QList<qint64>{dx});
        QCOMPARE(d.medications.at(0).quantity, 7.0); // dose × days
        d.remarks = QStringLiteral("よろしくお願いいたします。\r\n\r\n");
        d = docs().updateDraft(d);
        QCOMPARE(d.remarks, QStringLiteral("よろしくお願いいたします。"));

        f->t.clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 30), Qt::UTC));
        d = docs().finalize(d.id);
        QCOMPARE(d.status, Document::Status::Final);
        QCOMPARE(d.finalizedBy, QStringLiteral("佐藤 医師"));
        QCOMPARE(d.finalizedAt, QDateTime(QDate(2026, 11, 20), QTime(10, 30), Qt::UTC));
        QVERIFY(listener.insideTransaction);
        QCOMPARE(listener.changes.last().item, ChartChange::Item::Document);
        QCOMPARE(listener.changes.last().kind, ChartChange::Kind::Finalized);
        QCOMPARE(listener.changes.last().itemId, d.id);
        // The addressee went into the address book.
        QCOMPARE(docs().addressBook().list().size(), 1);
        QCOMPARE(docs().addressBook().list().at(0).useCount, 1);

        // A finalised document is not edited in place, not even by a careless tool.
        d.purpose = QStringLiteral("changed");
        QVERIFY(messageOf([&] { docs().updateDraft(d); }).contains(QStringLiteral("new version")));
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("UPDATE documents SET content = '{}';"), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM documents;"), Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM document_versions;"), Error::Kind::Conflict);

        Document v2 = docs().startNewVersion(d.id, QStringLiteral("処方追記"));
        QCOMPARE(v2.version, 2);
        QCOMPARE(v2.status, Document::Status::Draft);
        QCOMPARE(v2.purpose, QStringLiteral("精査加療のお願い"));
        v2.purpose = QStringLiteral("精査加療および処方調整のお願い");
        v2 = docs().updateDraft(v2);
        // Editing the old version number is a conflict, not a silent overwrite.
        Document stale = v2;
        stale.version = 1;
        QCOMPARE(messageOf([&] { docs().updateDraft(stale); }).contains(QStringLiteral("version 2")), true);
        v2 = docs().finalize(v2.id);
        QCOMPARE(v2.version, 2);

        const auto history = docs().history(d.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).reason, QStringLiteral("処方追記"));
        const Document old = docs().loadVersion(d.id, 1);
        QCOMPARE(old.purpose, QStringLiteral("精査加療のお願い"));
        QCOMPARE(old.status, Document::Status::Final);
        QCOMPARE(docs().loadVersion(d.id, 2).purpose, QStringLiteral("精査加療および処方調整のお願い"));
        TSUMUGI_VERIFY_ERROR(docs().loadVersion(d.id, 7), Error::Kind::NotFound);
        QCOMPARE(docs().addressBook().list().at(0).useCount, 2);

        const Document w = docs().withdraw(d.id, QStringLiteral("別患者宛"));
        QCOMPARE(w.status, Document::Status::Withdrawn);
        QCOMPARE(w.revisionReason, QStringLiteral("別患者宛"));
        QCOMPARE(docs().listForPatient(f->patientId).size(), 1); // still there, marked
        QVERIFY(f->auditRows(QStringLiteral("finalize"), QStringLiteral("document")) == 2);
        QVERIFY(f->auditRows(QStringLiteral("view"), QStringLiteral("document")) >= 2);
        f->record().setChartChangeListener(nullptr);
    }

    void finaliseFailsWhenTheListenerFails() {
        RecordingListener listener;
        listener.db = &f->record().db();
        f->record().setChartChangeListener(&listener);
        Document d = docs().createDraft(referral());
        listener.fail = true;
        TSUMUGI_VERIFY_ERROR(docs().finalize(d.id), Error::Kind::Storage);
        f->record().setChartChangeListener(nullptr);
        QCOMPARE(docs().find(d.id)->status, Document::Status::Draft);
        QCOMPARE(f->count("SELECT count(*) FROM document_versions;"), 0);
    }

    // Sending to the sharing service is the doctor's choice: a letter handed over on paper is never queued.
    void finaliseQueuesForSendingOnlyWhenAsked() {
        const auto documentItems = [this] {
            return f->count("SELECT count(*) FROM outbox_items WHERE kind = 'document';");
        };
        Document paper = docs().finalize(docs().createDraft(referral()).id);
        QVERIFY(!paper.sendRequested);
        QCOMPARE(documentItems(), 0);

        // With send: the outbox (called first) has the item while the finalisation's transaction is open.
        struct SeesOutboxItem : ChartChangeListener {
            ChartFixture* f = nullptr;
            int itemsInside = -1;
            bool insideTransaction = false;
            bool fail = false;
            void chartChanged(const ChartChange&) override {
                insideTransaction = f->record().db().inTransaction();
                itemsInside = f->count("SELECT count(*) FROM outbox_items WHERE kind = 'document';");
                if (fail) {
                    throw Error(Error::Kind::Storage, QStringLiteral("disk full"));
                }
            }
        } seer;
        seer.f = f.get();
        f->record().setChartChangeListener(&seer);
        Document sent = docs().createDraft(referral());
        seer.fail = true; // a failure after queueing takes back both the finalisation and the queue entry
        TSUMUGI_VERIFY_ERROR(docs().finalize(sent.id, {.send = true}), Error::Kind::Storage);
        QCOMPARE(seer.itemsInside, 1);
        QCOMPARE(documentItems(), 0);
        QCOMPARE(docs().find(sent.id)->status, Document::Status::Draft);
        seer.fail = false;
        sent = docs().finalize(sent.id, {.send = true});
        f->record().setChartChangeListener(nullptr);
        QVERIFY(seer.insideTransaction);
        QCOMPARE(seer.itemsInside, 1);
        QVERIFY(sent.sendRequested);
        QCOMPARE(documentItems(), 1);
        QCOMPARE(f->count(qPrintable(
                     QStringLiteral("SELECT count(*) FROM outbox_items WHERE document_id = %1;").arg(sent.id))),
                 1);

        // The paper letter can be sent later; a new version asks again (its draft is not queued).
        paper = docs().requestSend(paper.id);
        QVERIFY(paper.sendRequested);
        QCOMPARE(documentItems(), 2);
        TSUMUGI_VERIFY_ERROR(docs().requestSend(docs().createDraft(referral()).id), Error::Kind::Conflict); // a draft
        const Document v2 = docs().startNewVersion(paper.id, QStringLiteral("追記"));
        QVERIFY(!v2.sendRequested);
        QCOMPARE(docs().finalize(v2.id).sendRequested, false);
        // A final version still refuses every other change.
        const QByteArray change =
            QStringLiteral("UPDATE documents SET content = '{}' WHERE id = %1;").arg(sent.id).toUtf8();
        QVERIFY(messageOf([&] { f->record().db().exec(change.constData()); }).contains(QStringLiteral("new version")));
    }

    // 「送信」 again on a sent letter: a rejected item is retried in place (a new generation, no second item); with
    // none rejected the letter is queued again, coalescing with its pending item rather than doubling it.
    void sendingAgainRetriesTheRejectedItemOrQueues() {
        OutboxQueue& outbox = f->record().outbox();
        const Document sent = docs().finalize(docs().createDraft(referral()).id, {.send = true});
        const auto items = [&] {
            return f->count(
                qPrintable(QStringLiteral("SELECT count(*) FROM outbox_items WHERE document_id = %1;").arg(sent.id)));
        };
        QCOMPARE(items(), 1);
        const OutboxItem queued = outbox.items().first();
        QCOMPARE(queued.documentId, sent.id);
        outbox.sendDocumentAgain(sent.patientId, sent.id); // still pending: nothing doubles
        QCOMPARE(items(), 1);

        const qint64 generation = outbox.item(queued.id)->generation;
        outbox.markRejected(queued.id, 422, QStringLiteral("invalid"), f->record().clock().now());
        outbox.sendDocumentAgain(sent.patientId, sent.id);
        QCOMPARE(items(), 1);
        const OutboxItem retried = *outbox.item(queued.id);
        QCOMPARE(retried.state, OutboxItem::State::Pending);
        QCOMPARE(retried.generation, generation + 1); // snapshotted again from the (corrected) record
    }

    void referencesMustBeThePatientsOwn() {
        Patient other;
        other.familyName = QStringLiteral("鈴木");
        other.givenName = QStringLiteral("花子");
        other.familyKana = QStringLiteral("スズキ");
        other.givenKana = QStringLiteral("ハナコ");
        other.sex = Sex::Female;
        other.birthDate = QDate(1980, 1, 1);
        const qint64 otherId = f->record().patients().create(other).id;
        Diagnosis od;
        od.patientId = otherId;
        od.name = QStringLiteral("他人の病名");
        od.startDate = QDate(2026, 10, 1);
        const qint64 foreign = f->chart().diagnoses().create(od).id;
        Document d = referral();
        d.diagnosisIds = {foreign};
        QVERIFY(messageOf([&] { docs().createDraft(d); }).contains(QStringLiteral("not in this patient's chart")));
        d.diagnosisIds = {diagnosis(QStringLiteral("高血圧症"))};
        d = docs().createDraft(d);
        f->chart().diagnoses().withdraw(d.diagnosisIds.at(0), QStringLiteral("誤登録"));
        QVERIFY(messageOf([&] { docs().finalize(d.id); }).contains(QStringLiteral("withdrawn")));
    }

    void attachmentsAndAttachedDischargeSummary() {
        Document s = discharge();
        s.diagnosisIds = {diagnosis(QStringLiteral("肺炎"))};
        s = docs().createDraft(s);
        Document r = docs().createDraft(referral());
        r.attachedDischargeId = s.id;
        r = docs().updateDraft(r);
        QVERIFY(messageOf([&] { docs().finalize(r.id); }).contains(QStringLiteral("finalised first")));
        s = docs().finalize(s.id);

        const DocumentAttachment a =
            docs().addAttachment(r.id, QStringLiteral("紹介状添付.pdf"), Pdf, QStringLiteral("心電図所見"));
        QCOMPARE(a.mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(a.size, qint64(Pdf.size()));
        QCOMPARE(a.title, QStringLiteral("心電図所見"));
        QVERIFY(messageOf([&] {
                    docs().addAttachment(r.id, QStringLiteral("x.txt"), Pdf);
                }).contains(QStringLiteral("PDF, PNG and JPEG")));
        const DocumentAttachment img = docs().addAttachment(r.id, QStringLiteral("xray.png"), Png);
        r = docs().open(r.id);
        QCOMPARE(r.attachments.size(), 2);
        r = docs().removeAttachment(r.id, img.id);
        QCOMPARE(r.attachments.size(), 1);
        QCOMPARE(docs().attachmentData(a.id), Pdf);
        QCOMPARE(docs().attachmentData(img.id), Png); // kept, only taken off the draft
        r = docs().finalize(r.id);
        QCOMPARE(r.attachedDischargeId, s.id);
        QVERIFY(messageOf([&] {
                    docs().addAttachment(r.id, QStringLiteral("y.pdf"), Pdf);
                }).contains(QStringLiteral("new version")));
        TSUMUGI_VERIFY_ERROR(f->record().db().exec("DELETE FROM document_attachments;"), Error::Kind::Conflict);
        // A discharge summary cannot itself carry one.
        Document bad = discharge();
        bad.attachedDischargeId = s.id;
        TSUMUGI_VERIFY_ERROR(docs().createDraft(bad), Error::Kind::Validation);
    }

    void rolesAndReceivedDocuments() {
        Document r = docs().createDraft(referral());
        f->t.reopen(); // the admin: may read, not write
        QCOMPARE(docs().open(r.id).id, r.id);
        QVERIFY(messageOf([&] { docs().createDraft(referral()); }).contains(QStringLiteral("doctors")));
        f->record().users().add(QStringLiteral("clerk"), QStringLiteral("受付"), Role::Clerk,
                                QStringLiteral("clerk pass 1"));
        f->t.reopen(QStringLiteral("clerk"), QStringLiteral("clerk pass 1"));
        QCOMPARE(messageOf([&] { docs().open(r.id); }).isEmpty(), false);
        f->t.reopen(ChartFixture::DoctorName, ChartFixture::DoctorPassword);

        Document received = referral();
        received.sourceInstitution = QStringLiteral("1310000017");
        received.rawJson = QStringLiteral("{\"resourceType\":\"Bundle\"}");
        received = docs().saveReceived(received);
        QCOMPARE(received.status, Document::Status::Final);
        QVERIFY(!received.isOurs());
        QCOMPARE(received.rawJson, QStringLiteral("{\"resourceType\":\"Bundle\"}"));
        QVERIFY(
            messageOf([&] { docs().startNewVersion(received.id); }).contains(QStringLiteral("another institution")));
        QVERIFY(messageOf([&] {
                    docs().withdraw(received.id, QStringLiteral("x"));
                }).contains(QStringLiteral("another institution")));
    }

    void addressBook() {
        AddressBookRepository& book = docs().addressBook();
        AddressBookEntry e;
        e.addressee = {QStringLiteral("みなと整形外科"), QStringLiteral("1310000025"), QStringLiteral("整形外科"), {}};
        e = book.save(e);
        QVERIFY(e.id != 0);
        e.addressee.doctor = QStringLiteral("山本 先生");
        e = book.save(e);
        QCOMPARE(book.list().size(), 1);
        QCOMPARE(book.findByNumber(QStringLiteral("1310000025"))->addressee.doctor, QStringLiteral("山本 先生"));
        AddressBookEntry bad;
        bad.addressee = {QStringLiteral("x"), QStringLiteral("12345"), {}, {}};
        QVERIFY(messageOf([&] { book.save(bad); }).contains(QStringLiteral("12345")));
        book.retire(e.id);
        QVERIFY(book.list().isEmpty());
        QCOMPARE(f->count("SELECT count(*) FROM document_addressees;"), 1);
    }
};

TSUMUGI_TEST_CLASS(TestDocuments)
#include "test_documents.moc"
