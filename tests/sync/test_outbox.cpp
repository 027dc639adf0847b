// The outbox end to end: queued in the chart change's own transaction (core), coalesced, frozen and sent
// exactly once to a real tsumugi-sim executable over HTTPS (sync), with in-flight changes, deletes,
// rejections with rule numbers, retries after 5xx, and the background worker.

#include "support/ErrorKind.h"
#include "support/Prerequisite.h"
#include "support/SimProcess.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"
#include "sync/test_referral_scenario.h"

#include "sync/outbox/OutboxPayloadBuilder.h"
#include "sync/outbox/OutboxSender.h"
#include "sync/outbox/OutboxWorker.h"
#include "sync/outbox/OutcomeText.h"
#include "sync/outbox/RetryPolicy.h"
#include "sync/transport/HttpClient.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/db/Statement.h"
#include "core/outbox/OutboxQueue.h"
#include "core/patients/PatientRepository.h"
#include "core/settings/ClinicSettings.h"
#include "core/users/UserDirectory.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::sync;
using tsumugi::test::SimProcess;

namespace {
const QString Doctor = QStringLiteral("dr.sato");
const QString DoctorPassword = QStringLiteral("doctor pass 1");

struct ThrowingListener : ChartChangeListener {
    void chartChanged(const ChartChange&) override { throw Error(Error::Kind::Storage, QStringLiteral("boom")); }
};
} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRecord> t;
    std::unique_ptr<SimProcess> sim; // a fresh service per test: the identifiers repeat across fresh records
    qint64 patientId = 0;

    ClinicRecord& record() { return *t->record; }
    OutboxQueue& outbox() { return t->record->outbox(); }

    Patient patient(const QString& family, const QString& number) {
        Patient p;
        p.familyName = family;
        p.givenName = QStringLiteral("太郎");
        p.familyKana = QStringLiteral("ヤマダ");
        p.givenKana = QStringLiteral("タロウ");
        p.sex = Sex::Male;
        p.birthDate = QDate(1975, 4, 12);
        p.address = QStringLiteral("東京都中野区中野2-3-4");
        p.insurance = {QStringLiteral("01130012"), QStringLiteral("1234"), number, QStringLiteral("00")};
        return p;
    }

    Diagnosis addDiagnosis(qint64 patient, const QString& name) {
        Diagnosis d;
        d.patientId = patient;
        d.name = name;
        d.startDate = QDate(2026, 11, 1);
        return record().chart().diagnoses().create(d);
    }

    std::optional<OutboxItem> unit(qint64 patient, const QString& type) {
        for (const OutboxItem& i : outbox().items()) {
            if (i.patientId == patient && i.resourceType == type) {
                return outbox().item(i.id);
            }
        }
        return std::nullopt;
    }

    // The sim's registration of an identifier, or an empty object.
    QJsonObject registration(const QString& identifier) {
        for (const QJsonValue v : sim->dump().value(QStringLiteral("registrations")).toArray()) {
            if (v.toObject().value(QStringLiteral("bundleIdentifier")).toString() == identifier) {
                return v.toObject();
            }
        }
        return {};
    }

    // The record's sync settings name this test's stand-in (set by the administrator; the doctor works on).
    void sendToTheSim() {
        t->reopen();
        record().settings().setServerUrl(sim->baseUrl());
        record().settings().setCaFile(sim->caFile());
        t->reopen(Doctor, DoctorPassword);
    }

    OutboxSender::Report push(int attempts = 1) {
        HttpClient client(sim->settings());
        OutboxSender sender(record(), client, RetryPolicy(20, 100));
        OutboxSender::Options o;
        o.attemptsPerItem = attempts;
        o.ignoreSchedule = true;
        return sender.push(o);
    }

private slots:
    void initTestCase() {
        if (!SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built (TSUMUGI_BUILD_SIM=OFF)");
        }
    }

    void init() {
        sim = std::make_unique<SimProcess>();
        SimProcess::Options o;
        o.faults = true;
        QString error;
        QVERIFY2(sim->start(o, &error), qPrintable(error));
        t = std::make_unique<test::TempRecord>();
        t->clock.set(QDateTime::currentDateTimeUtc());
        t->record->users().add(Doctor, QStringLiteral("佐藤 医師"), Role::Doctor, DoctorPassword);
        patientId = t->record->patients().create(patient(QStringLiteral("山田"), QStringLiteral("567"))).id;
        t->reopen(Doctor, DoctorPassword);
    }

    void queuedInTheSameTransactionAndCoalesced() {
        QCOMPARE(outbox().items().size(), 0);
        Visit v;
        v.patientId = patientId;
        v.date = QDate(2026, 11, 20);
        v.department = QStringLiteral("内科");
        record().chart().visits().create(v);
        QCOMPARE(outbox().items().size(), 0); // a visit alone is not reported

        addDiagnosis(patientId, QStringLiteral("高血圧症"));
        addDiagnosis(patientId, QStringLiteral("糖尿病"));
        const auto item = unit(patientId, QStringLiteral("Condition"));
        QVERIFY(item);
        QCOMPARE(outbox().items().size(), 1); // two diagnoses, one unit
        QCOMPARE(item->generation, 2);
        QCOMPARE(item->state, OutboxItem::State::Pending);
        QCOMPARE(outbox().counts().queued(), 1);

        // A change that fails after the outbox queued it leaves neither the change nor the queue entry.
        ThrowingListener boom;
        record().setChartChangeListener(&boom);
        Allergy a;
        a.patientId = patientId;
        a.name = QStringLiteral("卵");
        a.category = Allergy::Category::Food;
        TSUMUGI_VERIFY_ERROR(record().chart().allergies().create(a), Error::Kind::Storage);
        record().setChartChangeListener(nullptr);
        QVERIFY(!unit(patientId, QStringLiteral("AllergyIntolerance")));
        QCOMPARE(record().chart().allergies().forPatient(patientId).size(), 0);
    }

    // The record fails while an item is frozen (here: a table the builder reads is missing, as a server that refuses
    // a statement): the push reports the failure, nothing is marked rejected or half frozen (on the server the
    // aborted transaction is never written into), and once the record is whole the item goes out.
    void aRecordFailureWhileFreezingRejectsNothing() {
        addDiagnosis(patientId, QStringLiteral("高血圧症"));
        record().db().exec("ALTER TABLE diagnoses RENAME TO diagnoses_away;");
        TSUMUGI_VERIFY_ERROR(push(), Error::Kind::Storage);
        record().db().exec("ALTER TABLE diagnoses_away RENAME TO diagnoses;");
        auto item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Pending);
        QVERIFY(!item->isFrozen());
        QVERIFY(item->lastError.isEmpty());
        const OutboxSender::Report r = push();
        QCOMPARE(r.sent, 1);
        QCOMPARE(r.rejected, 0);
        QCOMPARE(unit(patientId, QStringLiteral("Condition"))->state, OutboxItem::State::Sent);
    }

    void sentExactlyOnceWithTheFrozenHash() {
        addDiagnosis(patientId, QStringLiteral("高血圧症"));
        const OutboxSender::Report r = push();
        QCOMPARE(r.sent, 1);
        QCOMPARE(r.failed + r.rejected, 0);
        const auto item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Sent);
        QVERIFY(item->registered);
        QVERIFY(item->lastSuccessAt.isValid());
        QVERIFY(item->bundleIdentifier.startsWith(QStringLiteral("1310000001^")));
        QCOMPARE(item->payloadSha256, OutboxPayloadBuilder::contentSha256(item->payload));
        const QJsonObject reg = registration(item->bundleIdentifier);
        QCOMPARE(reg.value(QStringLiteral("createdCount")).toInt(), 1);
        QCOMPARE(reg.value(QStringLiteral("sha256")).toString(), item->payloadSha256);
        QCOMPARE(reg.value(QStringLiteral("memberId")).toString(), item->memberId);
        QCOMPARE(outbox().counts().queued(), 0);
        // Nothing due: another push sends nothing.
        QCOMPARE(push().total(), 0);
    }

    void aChangeInFlightIsSentAfterTheFrozenSnapshot() {
        addDiagnosis(patientId, QStringLiteral("高血圧症"));
        // The first attempt commits on the service but the answer is lost.
        QVERIFY(sim->setFaults(R"({"mode":"drop-after-commit","count":1,"path":"/clins/bundles"})"));
        OutboxSender::Report r = push();
        QCOMPARE(r.failed, 1);
        auto item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Failed);
        QVERIFY(item->isFrozen());
        QVERIFY(!item->lastError.isEmpty());
        const QString firstHash = item->payloadSha256;
        QCOMPARE(registration(item->bundleIdentifier).value(QStringLiteral("sha256")).toString(), firstHash);

        // The doctor adds a diagnosis meanwhile: the frozen bytes still go first, then the new snapshot.
        addDiagnosis(patientId, QStringLiteral("脂質異常症"));
        item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->generation, 2);
        QCOMPARE(item->frozenGeneration, 1);
        QCOMPARE(item->payloadSha256, firstHash);

        r = push();
        QCOMPARE(r.sent, 1); // the resend of the frozen payload ("unchanged" on the service)
        item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Pending);
        r = push();
        QCOMPARE(r.sent, 1);
        item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Sent);
        QVERIFY(item->payloadSha256 != firstHash);
        const QJsonObject reg = registration(item->bundleIdentifier);
        QCOMPARE(reg.value(QStringLiteral("createdCount")).toInt(), 1);
        QCOMPARE(reg.value(QStringLiteral("unchangedCount")).toInt(), 1);
        QCOMPARE(reg.value(QStringLiteral("replaceCount")).toInt(), 1);
        QCOMPARE(reg.value(QStringLiteral("sha256")).toString(), item->payloadSha256);
    }

    void anEmptiedUnitIsDeletedOnce() {
        const Diagnosis d = addDiagnosis(patientId, QStringLiteral("高血圧症"));
        QCOMPARE(push().sent, 1);
        const QString identifier = unit(patientId, QStringLiteral("Condition"))->bundleIdentifier;
        record().chart().diagnoses().withdraw(d.id, QStringLiteral("別の患者に入力"));
        auto item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Pending);
        // The delete reaches the service, its answer is lost; the resend is answered already-deleted.
        QVERIFY(sim->setFaults(R"({"mode":"drop-after-commit","count":1,"path":"/clins/delete"})"));
        QCOMPARE(push().failed, 1);
        item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->operation, OutboxItem::Operation::Delete);
        QCOMPARE(push().sent, 1);
        item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Sent);
        QVERIFY(!item->registered);
        const QJsonObject reg = registration(identifier);
        QCOMPARE(reg.value(QStringLiteral("status")).toString(), QStringLiteral("deleted"));
        QCOMPARE(reg.value(QStringLiteral("deleteCount")).toInt(), 2);
        QCOMPARE(reg.value(QStringLiteral("createdCount")).toInt(), 1);
    }

    void aNeverSentEmptyUnitNeedsNothing() {
        const Diagnosis d = addDiagnosis(patientId, QStringLiteral("高血圧症"));
        record().chart().diagnoses().withdraw(d.id, QStringLiteral("誤入力"));
        const OutboxSender::Report r = push();
        QCOMPARE(r.notNeeded, 1);
        QCOMPARE(r.sent, 0);
        QCOMPARE(unit(patientId, QStringLiteral("Condition"))->state, OutboxItem::State::NotNeeded);
        QCOMPARE(outbox().counts().queued(), 0);
    }

    void aRejectionShowsTheRuleAndARetryAfterTheFixSucceeds() {
        // A full-width space inside the name: the service refuses it (R1113).
        t->reopen();
        Patient p = *record().patients().open(patientId);
        p.familyName = QStringLiteral("山田　一");
        p.givenName = QStringLiteral("太郎");
        record().patients().update(p, QStringLiteral("test"));
        t->reopen(Doctor, DoctorPassword);
        addDiagnosis(patientId, QStringLiteral("高血圧症"));
        OutboxSender::Report r = push(3);
        QCOMPARE(r.rejected, 1);
        auto item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Rejected);
        QCOMPARE(item->attempts, 1); // a 4xx is not retried
        QCOMPARE(item->lastStatus, 422);
        QVERIFY2(item->lastError.contains(QStringLiteral("R1113")), qPrintable(item->lastError));
        QVERIFY(item->lastError.contains(QStringLiteral("全角空白")));
        QVERIFY(!item->isFrozen());
        QCOMPARE(push().total(), 0); // rejected items wait for the user

        t->reopen();
        p = *record().patients().open(patientId);
        p.familyName = QStringLiteral("山田");
        record().patients().update(p, QStringLiteral("全角空白を削除"));
        QVERIFY(outbox().retry(item->id));
        r = push();
        QCOMPARE(r.sent, 1);
        item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Sent);
        QCOMPARE(registration(item->bundleIdentifier).value(QStringLiteral("createdCount")).toInt(), 1);
    }

    void serviceUnavailableIsRetriedWithBackoff() {
        addDiagnosis(patientId, QStringLiteral("高血圧症"));
        QVERIFY(sim->setFaults(R"({"mode":"error","status":503,"count":1,"path":"/clins/bundles"})"));
        HttpClient client(sim->settings());
        OutboxSender sender(record(), client, RetryPolicy(60000, 120000));
        OutboxSender::Options o;
        const OutboxSender::Report r = sender.push(o);
        QCOMPARE(r.failed, 1);
        QVERIFY(r.reachedService);
        QVERIFY(!r.offline);
        auto item = unit(patientId, QStringLiteral("Condition"));
        QCOMPARE(item->state, OutboxItem::State::Failed);
        QCOMPARE(item->lastStatus, 503);
        QVERIFY(item->nextAttemptAt > record().clock().now().addSecs(25)); // at least half the 60 s base
        // Not due yet: a scheduled push leaves it; the user's push sends it.
        QCOMPARE(sender.push(o).total(), 0);
        o.ignoreSchedule = true;
        QCOMPARE(sender.push(o).sent, 1);
    }

    void unreachableServiceStopsThePushAndKeepsEverything() {
        addDiagnosis(patientId, QStringLiteral("高血圧症"));
        Allergy a;
        a.patientId = patientId;
        a.name = QStringLiteral("卵");
        a.category = Allergy::Category::Food;
        record().chart().allergies().create(a);
        TransportSettings s = sim->settings();
        s.baseUrl = QStringLiteral("https://127.0.0.1:1");
        HttpClient client(s);
        OutboxSender sender(record(), client, RetryPolicy(10, 20));
        OutboxSender::Options o;
        o.ignoreSchedule = true;
        const OutboxSender::Report r = sender.push(o);
        QVERIFY(r.offline);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.notAttempted, 1);
        QCOMPARE(outbox().counts().queued(), 2);
        // Both wait for the retry time; only the one that was tried counts an attempt.
        QCOMPARE(outbox().counts().failed, 2);
        QCOMPARE(unit(patientId, QStringLiteral("Condition"))->attempts, 1);
        QCOMPARE(unit(patientId, QStringLiteral("AllergyIntolerance"))->attempts, 0);
    }

    void retryPolicy() {
        RetryPolicy p(1000, 8000);
        for (int attempt = 1; attempt <= 6; ++attempt) {
            const int ceiling = std::min(1000 << (attempt - 1), 8000);
            const int d = p.delayMs(attempt);
            QVERIFY2(d >= ceiling / 2 && d <= ceiling, qPrintable(QString::number(d)));
        }
        const QDateTime now(QDate(2026, 11, 21), QTime(3, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::retryAfterMs("7", now), 7000);
        QCOMPARE(RetryPolicy::retryAfterMs("Sat, 21 Nov 2026 03:00:30 GMT", now), 30000);
        QCOMPARE(RetryPolicy::retryAfterMs("", now), -1);
        QCOMPARE(RetryPolicy::retryAfterMs("soon", now), -1);
    }

    void workerSendsInTheBackground() {
        sendToTheSim();
        addDiagnosis(patientId, QStringLiteral("高血圧症"));
        OutboxWorker worker(record());
        worker.setPollIntervalMs(100);
        QSignalSpy spy(&worker, &OutboxWorker::statusChanged);
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(worker.status().online && worker.status().queued == 0, 10000);
        QVERIFY(worker.status().configured);
        QVERIFY(worker.status().lastSuccess.isValid());
        QCOMPARE(unit(patientId, QStringLiteral("Condition"))->state, OutboxItem::State::Sent);
        // A new change is picked up after a wake-up.
        Allergy a;
        a.patientId = patientId;
        a.name = QStringLiteral("卵");
        a.category = Allergy::Category::Food;
        record().chart().allergies().create(a);
        worker.wakeUp();
        QTRY_COMPARE_WITH_TIMEOUT(unit(patientId, QStringLiteral("AllergyIntolerance"))->state, OutboxItem::State::Sent,
                                  10000);
        worker.stop();
        QVERIFY(spy.count() > 0);
        QVERIFY(!worker.isRunning());
    }

    // Two desks run the sender at once. On the clinic server one sends and the other shows "another desk" with the
    // same queue; when the sending desk stops, the other takes over at its next round. A file has one desk: both are
    // it.
    void twoDesksOneSender() {
        sendToTheSim();
        const bool server = ClinicRecord::isServer(t->path);
        const auto desk = record().openCompanion();
        auto first = std::make_unique<OutboxWorker>(record());
        OutboxWorker second(*desk);
        first->setPollIntervalMs(100);
        second.setPollIntervalMs(100);
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(first->status().configured, 5000);
        second.start();
        QTRY_VERIFY_WITH_TIMEOUT(second.status().configured, 5000);
        QVERIFY(!first->status().otherDesk);
        QCOMPARE(second.status().otherDesk, server);

        addDiagnosis(patientId, QStringLiteral("高血圧症"));
        first->wakeUp();
        second.wakeUp();
        QTRY_COMPARE_WITH_TIMEOUT(unit(patientId, QStringLiteral("Condition"))->state, OutboxItem::State::Sent, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(second.status().queued, 0, 5000); // the same queue on the desk that does not send

        first.reset(); // the sending desk closes
        QTRY_VERIFY_WITH_TIMEOUT(!second.status().otherDesk, 5000);
        Allergy a;
        a.patientId = patientId;
        a.name = QStringLiteral("卵");
        a.category = Allergy::Category::Food;
        record().chart().allergies().create(a);
        second.wakeUp();
        QTRY_COMPARE_WITH_TIMEOUT(unit(patientId, QStringLiteral("AllergyIntolerance"))->state, OutboxItem::State::Sent,
                                  10000);
        second.stop();
        const QJsonObject reg = registration(unit(patientId, QStringLiteral("Condition"))->bundleIdentifier);
        QCOMPARE(reg.value(QStringLiteral("createdCount")).toInt(), 1);
    }

    void finalisedDocumentsAreSentEachOnTheirOwn() {
        test::ReferralScenario scenario;
        ClinicRecord& r = *scenario.t.record;
        r.clock(); // the scenario's clock (2026-11-20)
        int documents = 0;
        for (const OutboxItem& i : r.outbox().items()) {
            documents += i.kind == OutboxItem::Kind::Document ? 1 : 0;
        }
        QCOMPARE(documents, 2); // the discharge summary and the referral, one item each
        HttpClient client(sim->settings());
        OutboxSender sender(r, client, RetryPolicy(20, 100));
        OutboxSender::Options o;
        o.ignoreSchedule = true;
        const OutboxSender::Report report = sender.push(o);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.failed, 0);
        QCOMPARE(r.outbox().counts().queued(), 0);
        QString referralIdentifier;
        for (const OutboxItem& listed : r.outbox().items()) {
            const OutboxItem i = *r.outbox().item(listed.id);
            if (i.kind == OutboxItem::Kind::Document && i.documentId == scenario.referralId) {
                QCOMPARE(i.state, OutboxItem::State::Sent);
                referralIdentifier = i.bundleIdentifier;
                QCOMPARE(registration(i.bundleIdentifier).value(QStringLiteral("kind")).toString(),
                         QStringLiteral("referral"));
                QCOMPARE(registration(i.bundleIdentifier).value(QStringLiteral("sha256")).toString(), i.payloadSha256);
            }
        }
        QVERIFY(!referralIdentifier.isEmpty());
        // Delivered to the addressee's mailbox.
        HttpClient mailbox(sim->settings());
        const HttpResponse m =
            mailbox.get(QStringLiteral("/mailbox/%1/referrals").arg(test::ReferralScenario::Addressee));
        QVERIFY2(m.body.contains(HttpClient::encodePathSegment(referralIdentifier).toUtf8()) ||
                     m.body.contains(referralIdentifier.toUtf8()),
                 m.body.constData());
    }

    void outcomeText() {
        const QByteArray body = R"({"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"invariant",
            "details":{"coding":[{"system":"http://jpfhir.jp/fhir/clins/rules","code":"R0211"}],
            "text":"R0211:最初のentryはPatientでなければならない。"}},{"severity":"error","code":"required",
            "details":{"coding":[{"system":"http://jpfhir.jp/fhir/clins/rules","code":"SIM-E01"}],"text":"必須"}}]})";
        QCOMPARE(OutcomeText::rules(body), (QStringList{QStringLiteral("R0211"), QStringLiteral("SIM-E01")}));
        QCOMPARE(OutcomeText::issues(body),
                 (QStringList{QStringLiteral("R0211:最初のentryはPatientでなければならない。"),
                              QStringLiteral("SIM-E01: 必須")}));
        const QString text = OutcomeText::rejection(422, body);
        QVERIFY(text.startsWith(QStringLiteral("The service refused this submission (HTTP 422): R0211, SIM-E01.")));
        QCOMPARE(OutcomeText::issues(R"({"error":{"code":"invalid-token","message":"x"}})"),
                 QStringList{QStringLiteral("invalid-token: x")});
    }
};

TSUMUGI_TEST_CLASS(TestOutbox)
#include "test_outbox.moc"
