// A patient edit (name, insurance, …) re-queues every CLINS unit of that patient that the service holds or that
// waits, in the edit's own transaction, so the service never keeps stale demographics: real SQLCipher records,
// pushed to a real tsumugi-sim over HTTPS. Sent documents stay as they were sent; a patient with nothing sent
// gets nothing queued; a refused edit (validation, conflict, a failing listener) queues nothing.

#include "support/ErrorKind.h"
#include "support/Prerequisite.h"
#include "support/SimProcess.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"
#include "sync/test_referral_scenario.h"

#include "sync/outbox/OutboxPayloadBuilder.h"
#include "sync/outbox/OutboxSender.h"
#include "sync/outbox/RetryPolicy.h"
#include "sync/transport/HttpClient.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/outbox/OutboxQueue.h"
#include "core/patients/PatientRepository.h"
#include "core/users/UserDirectory.h"

#include <QJsonArray>
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

// The state, generation and hash of every outbox row, to prove that nothing moved.
QStringList snapshotOf(OutboxQueue& outbox) {
    QStringList rows;
    for (const OutboxItem& i : outbox.items()) {
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(i.id)
                    .arg(OutboxItem::stateKey(i.state))
                    .arg(i.generation)
                    .arg(i.frozenGeneration)
                    .arg(i.payloadSha256);
    }
    rows.sort();
    return rows;
}
} // namespace

class TestOutboxPatientEdit : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRecord> t;
    std::unique_ptr<SimProcess> sim; // a fresh service per test: the identifiers repeat across fresh records
    qint64 sharedId = 0;             // has a diagnosis and an allergy
    qint64 quietId = 0;              // never had anything to send

    ClinicRecord& record() { return *t->record; }
    OutboxQueue& outbox() { return t->record->outbox(); }

    static Patient patient(const QString& family, const QString& number) {
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

    std::optional<OutboxItem> unit(qint64 patient, const QString& type) {
        for (const OutboxItem& i : outbox().items()) {
            if (i.patientId == patient && i.resourceType == type) {
                return outbox().item(i.id);
            }
        }
        return std::nullopt;
    }

    QJsonObject registration(const QString& identifier) {
        for (const QJsonValue v : sim->dump().value(QStringLiteral("registrations")).toArray()) {
            if (v.toObject().value(QStringLiteral("bundleIdentifier")).toString() == identifier) {
                return v.toObject();
            }
        }
        return {};
    }

    OutboxSender::Report push(ClinicRecord& r) {
        HttpClient client(sim->settings());
        OutboxSender sender(r, client, RetryPolicy(20, 100));
        OutboxSender::Options o;
        o.ignoreSchedule = true;
        return sender.push(o);
    }

    // Patient edits are a clerk's (or admin's) work; chart items the doctor's.
    Patient rename(qint64 id, const QString& family) {
        t->reopen();
        Patient p = *record().patients().open(id);
        p.familyName = family;
        return record().patients().update(p, QStringLiteral("結婚による改姓"));
    }

    void addChart(qint64 patient) {
        Diagnosis d;
        d.patientId = patient;
        d.name = QStringLiteral("高血圧症");
        d.startDate = QDate(2026, 11, 1);
        record().chart().diagnoses().create(d);
        Allergy a;
        a.patientId = patient;
        a.name = QStringLiteral("卵");
        a.category = Allergy::Category::Food;
        record().chart().allergies().create(a);
    }

private slots:
    void initTestCase() {
        if (!SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built (TSUMUGI_BUILD_SIM=OFF)");
        }
    }

    void init() {
        sim = std::make_unique<SimProcess>();
        QString error;
        QVERIFY2(sim->start({}, &error), qPrintable(error));
        t = std::make_unique<test::TempRecord>();
        t->clock.set(QDateTime::currentDateTimeUtc());
        t->record->users().add(Doctor, QStringLiteral("佐藤 医師"), Role::Doctor, DoctorPassword);
        sharedId = t->record->patients().create(patient(QStringLiteral("山田"), QStringLiteral("567"))).id;
        quietId = t->record->patients().create(patient(QStringLiteral("伊藤"), QStringLiteral("890"))).id;
        t->reopen(Doctor, DoctorPassword);
    }

    void aRenamedPatientsRegisteredUnitsAreSentAgainUnderTheSameIdentifiers() {
        addChart(sharedId);
        OutboxSender::Report r = push(record());
        QCOMPARE(r.sent, 2);
        const OutboxItem condition = *unit(sharedId, QStringLiteral("Condition"));
        const OutboxItem allergy = *unit(sharedId, QStringLiteral("AllergyIntolerance"));
        QCOMPARE(condition.state, OutboxItem::State::Sent);
        QVERIFY(QString::fromUtf8(condition.payload).contains(QStringLiteral("山田")));

        rename(sharedId, QStringLiteral("鈴木"));
        // Queued by the edit itself, before anything is sent.
        for (const OutboxItem& before : {condition, allergy}) {
            const OutboxItem now = *outbox().item(before.id);
            QCOMPARE(now.state, OutboxItem::State::Pending);
            QCOMPARE(now.generation, before.generation + 1);
        }
        QCOMPARE(outbox().counts().queued(), 2);
        QCOMPARE(outbox().items().size(), 2); // no new rows: the same units

        r = push(record());
        QCOMPARE(r.sent, 2);
        QCOMPARE(r.rejected + r.failed, 0);
        for (const OutboxItem& before : {condition, allergy}) {
            const OutboxItem now = *outbox().item(before.id);
            QCOMPARE(now.state, OutboxItem::State::Sent);
            QCOMPARE(now.bundleIdentifier, before.bundleIdentifier);
            const QString json = QString::fromUtf8(now.payload);
            QVERIFY2(json.contains(QStringLiteral("鈴木")), qPrintable(json.left(400)));
            QVERIFY(!json.contains(QStringLiteral("山田")));
            QVERIFY(now.payloadSha256 != before.payloadSha256);
            // The service holds the new bytes, replaced under the same registration.
            const QJsonObject reg = registration(now.bundleIdentifier);
            QCOMPARE(reg.value(QStringLiteral("sha256")).toString(), now.payloadSha256);
            QCOMPARE(reg.value(QStringLiteral("createdCount")).toInt(), 1);
            QCOMPARE(reg.value(QStringLiteral("replaceCount")).toInt(), 1);
        }
        QCOMPARE(sim->dump().value(QStringLiteral("totals")).toObject().value(QStringLiteral("registrations")).toInt(),
                 2);
    }

    void anInsuranceChangeMovesTheRegistrationToTheNewMemberId() {
        addChart(sharedId);
        QCOMPARE(push(record()).sent, 2);
        t->reopen();
        Patient p = *record().patients().open(sharedId);
        p.insurance.number = QStringLiteral("568");
        record().patients().update(p, QStringLiteral("保険証更新"));
        QCOMPARE(outbox().counts().queued(), 2);
        QCOMPARE(push(record()).sent, 2);
        const OutboxItem condition = *unit(sharedId, QStringLiteral("Condition"));
        QCOMPARE(condition.registeredMemberId, QStringLiteral("01130012:1234:568:00"));
        QCOMPARE(registration(condition.bundleIdentifier).value(QStringLiteral("memberId")).toString(),
                 QStringLiteral("01130012:1234:568:00"));
    }

    void aUnitWaitingOrInFlightIsSnapshottedAfterTheEdit() {
        addChart(sharedId);
        // The first attempt reaches nobody: the frozen payload (old name) waits for its retry.
        TransportSettings away = sim->settings();
        away.baseUrl = QStringLiteral("https://127.0.0.1:1");
        {
            HttpClient client(away);
            OutboxSender sender(record(), client, RetryPolicy(20, 100));
            OutboxSender::Options o;
            o.ignoreSchedule = true;
            QVERIFY(sender.push(o).offline);
        }
        const OutboxItem inFlight = *unit(sharedId, QStringLiteral("Condition"));
        QCOMPARE(inFlight.state, OutboxItem::State::Failed);
        QVERIFY(inFlight.isFrozen());
        QVERIFY(!inFlight.registered);

        rename(sharedId, QStringLiteral("鈴木"));
        OutboxItem now = *outbox().item(inFlight.id);
        QCOMPARE(now.generation, inFlight.generation + 1);
        QCOMPARE(now.payloadSha256, inFlight.payloadSha256); // the frozen bytes still go first

        // Back online: the frozen payload, then the fresh snapshot with the new name, same identifier.
        push(record());
        push(record());
        now = *outbox().item(inFlight.id);
        QCOMPARE(now.state, OutboxItem::State::Sent);
        QCOMPARE(now.bundleIdentifier, inFlight.bundleIdentifier);
        QVERIFY(QString::fromUtf8(now.payload).contains(QStringLiteral("鈴木")));
        QCOMPARE(registration(now.bundleIdentifier).value(QStringLiteral("sha256")).toString(), now.payloadSha256);
        QCOMPARE(outbox().counts().queued(), 0);
    }

    void aPatientWithNothingSentGetsNothingQueued() {
        addChart(sharedId);
        QCOMPARE(push(record()).sent, 2);
        const QStringList before = snapshotOf(outbox());
        rename(quietId, QStringLiteral("伊東"));
        QCOMPARE(record().patients().open(quietId)->familyName, QStringLiteral("伊東"));
        QCOMPARE(snapshotOf(outbox()), before); // neither the quiet patient nor the other one
        QCOMPARE(outbox().counts().queued(), 0);
        QVERIFY(!unit(quietId, QStringLiteral("Condition")));
    }

    void aUnitTheServiceDoesNotHoldIsNotQueued() {
        // Emptied before it was ever sent: "nothing to send", and a rename does not change that.
        const Diagnosis d = [&] {
            Diagnosis x;
            x.patientId = sharedId;
            x.name = QStringLiteral("高血圧症");
            x.startDate = QDate(2026, 11, 1);
            return record().chart().diagnoses().create(x);
        }();
        record().chart().diagnoses().withdraw(d.id, QStringLiteral("誤入力"));
        QCOMPARE(push(record()).notNeeded, 1);
        const QStringList before = snapshotOf(outbox());
        rename(sharedId, QStringLiteral("鈴木"));
        QCOMPARE(snapshotOf(outbox()), before);
    }

    void aRefusedEditQueuesNothing() {
        addChart(sharedId);
        QCOMPARE(push(record()).sent, 2);
        const QStringList before = snapshotOf(outbox());
        t->reopen();

        // Validation: an empty family name.
        Patient p = *record().patients().open(sharedId);
        p.familyName.clear();
        TSUMUGI_VERIFY_ERROR(record().patients().update(p), Error::Kind::Validation);
        QCOMPARE(snapshotOf(outbox()), before);

        // Conflict: someone saved a newer version meanwhile.
        Patient stale = *record().patients().open(sharedId);
        Patient newer = stale;
        newer.phone = QStringLiteral("03-1234-5678");
        record().patients().update(newer);
        const QStringList afterNewer = snapshotOf(outbox());
        QVERIFY(afterNewer != before); // the accepted edit queued both units
        stale.familyName = QStringLiteral("鈴木");
        TSUMUGI_VERIFY_ERROR(record().patients().update(stale), Error::Kind::Conflict);
        QCOMPARE(snapshotOf(outbox()), afterNewer);
        QCOMPARE(record().patients().open(sharedId)->familyName, QStringLiteral("山田"));
    }

    void theQueueEntryRollsBackWithTheEdit() {
        addChart(sharedId);
        QCOMPARE(push(record()).sent, 2);
        const QStringList before = snapshotOf(outbox());
        t->reopen();
        // A listener after the outbox fails: the edit and its queue entries go together.
        ThrowingListener boom;
        record().setChartChangeListener(&boom);
        Patient p = *record().patients().open(sharedId);
        p.familyName = QStringLiteral("鈴木");
        TSUMUGI_VERIFY_ERROR(record().patients().update(p), Error::Kind::Storage);
        record().setChartChangeListener(nullptr);
        QCOMPARE(snapshotOf(outbox()), before);
        QCOMPARE(record().patients().open(sharedId)->familyName, QStringLiteral("山田"));
        QCOMPARE(record().patients().open(sharedId)->version, 1);
    }

    void sentDocumentsAreNotSentAgain() {
        test::ReferralScenario scenario;
        ClinicRecord& r = *scenario.t.record;
        OutboxSender::Report report = push(r);
        QCOMPARE(report.rejected + report.failed, 0);
        QCOMPARE(r.outbox().counts().queued(), 0);
        QList<OutboxItem> documents;
        int units = 0;
        for (const OutboxItem& i : r.outbox().items()) {
            if (i.kind == OutboxItem::Kind::Document) {
                documents << *r.outbox().item(i.id);
            } else {
                units += i.registered ? 1 : 0;
            }
        }
        QCOMPARE(documents.size(), 2);
        QVERIFY(units > 0);

        scenario.t.reopen(); // the clerk's work; r is gone with the doctor's session
        ClinicRecord& admin = *scenario.t.record;
        Patient p = *admin.patients().open(scenario.patientId);
        p.familyName = QStringLiteral("鈴木");
        admin.patients().update(p, QStringLiteral("改姓"));
        QCOMPARE(admin.outbox().counts().queued(), units); // the CLINS units only
        for (const OutboxItem& d : documents) {
            const OutboxItem now = *admin.outbox().item(d.id);
            QCOMPARE(now.state, OutboxItem::State::Sent);
            QCOMPARE(now.generation, d.generation);
        }
        report = push(admin);
        QCOMPARE(report.sent, units);
        for (const OutboxItem& d : documents) {
            const QJsonObject reg = registration(d.bundleIdentifier);
            QCOMPARE(reg.value(QStringLiteral("sha256")).toString(), d.payloadSha256); // as it was sent
            QCOMPARE(reg.value(QStringLiteral("acceptedCount")).toInt(), 1);
        }
    }
};

TSUMUGI_TEST_CLASS(TestOutboxPatientEdit)
#include "test_outbox_patient_edit.moc"
