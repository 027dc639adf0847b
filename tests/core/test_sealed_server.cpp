#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/ReceivedItemStore.h"
#include "core/chart/VisitRepository.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Schema.h"
#include "core/db/Statement.h"
#include "core/documents/DocumentContent.h"
#include "core/documents/DocumentRepository.h"
#include "core/eligibility/EligibilityLog.h"
#include "core/outbox/OutboxQueue.h"
#include "core/patients/PatientMatcher.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/sharing/ReferralInboxStore.h"
#include "core/sharing/SharedSummaryStore.h"
#include "core/users/UserDirectory.h"
#include "core/util/ManualClock.h"
#include "support/ErrorKind.h"
#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/SchemaRollback.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <iconv.h>

using namespace tsumugi;

namespace {
// A patient's words and numbers in an encoding the server could have been told to use.
QByteArray encoded(const QString& text, const char* encoding) {
    const QByteArray utf8 = text.toUtf8();
    if (qstrcmp(encoding, "UTF-8") == 0) {
        return utf8;
    }
    iconv_t cd = iconv_open(encoding, "UTF-8");
    if (cd == iconv_t(-1)) {
        return {};
    }
    QByteArray in = utf8;
    QByteArray out(in.size() * 4 + 8, '\0');
    char* inPtr = in.data();
    char* outPtr = out.data();
    size_t inLeft = size_t(in.size());
    size_t outLeft = size_t(out.size());
    const size_t done = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft);
    iconv_close(cd);
    if (done == size_t(-1)) {
        return {};
    }
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}

// The kana of a number: each digit one syllable, so that every marker is a valid reading of its own.
QString kanaDigits(int n, int width) {
    static const QString syllables = QStringLiteral("アイウエオカキクケコ");
    QString out;
    for (const QChar d : QString::number(n).rightJustified(width, QLatin1Char('0'))) {
        out += syllables.at(d.digitValue());
    }
    return out;
}

QString wideDigits(int n, int width) {
    QString out;
    for (const QChar d : QString::number(n).rightJustified(width, QLatin1Char('0'))) {
        out += QChar(0xFF10 + d.digitValue());
    }
    return out;
}
} // namespace

// #34: the clinic server never holds readable patient data. A desk seals a patient's words and numbers with the
// record key before they leave it, finds patients by keyed tokens, and refuses a sealed value found where it was not
// sealed. Shown on a server of the test's own, read the way an intruder would: its data directory after a CHECKPOINT
// and a plain pg_dump, searched with grep in UTF-8, Shift_JIS and EUC-JP.
class TestSealedServer : public QObject {
    Q_OBJECT
    test::PostgresCluster m_cluster;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC)};
    int m_databases = 0;
    QString m_database;

    QString location() const {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_cluster.port()).arg(m_database);
    }

    std::unique_ptr<ClinicRecord> newRecord() {
        m_database = QStringLiteral("sealed%1").arg(++m_databases);
        PostgresConnection admin(m_cluster.conninfo());
        admin.exec(QStringLiteral("CREATE DATABASE %1;").arg(m_database).toUtf8().constData());
        ClinicRecord::NewRecord setup;
        // A control marker the server holds in the clear (the clinic's own name): the search below can find things.
        setup.clinic = {QStringLiteral("対照標識クリニック"), QStringLiteral("1310000001"), {}, {}};
        setup.adminName = test::TempRecord::AdminName;
        setup.adminPassword = test::TempRecord::AdminPassword;
        setup.fillMasters = false;
        setup.recoveryKey = false;
        return ClinicRecord::create(location(), setup, m_clock);
    }

    static Patient marker(int i) {
        Patient p;
        p.familyName = QStringLiteral("標識姓") + wideDigits(i, 4);
        p.givenName = QStringLiteral("紬名") + wideDigits(i, 4);
        p.familyKana = QStringLiteral("ヒョウシキ") + kanaDigits(i, 4);
        p.givenKana = QStringLiteral("ツムギ") + kanaDigits(i, 4);
        p.sex = i % 2 ? Sex::Female : Sex::Male;
        p.birthDate = QDate(1930, 1, 1).addDays(i * 97);
        p.postalCode = QStringLiteral("160-0023");
        p.address = QStringLiteral("東京都新宿区標識町") + wideDigits(i, 4) + QStringLiteral("番地");
        p.phone = QStringLiteral("03-9%1").arg(i, 7, 10, QLatin1Char('0'));
        p.insurance = {QStringLiteral("01130012"), QStringLiteral("記号%1").arg(i, 5, 10, QLatin1Char('0')),
                       QStringLiteral("8%1").arg(i, 8, 10, QLatin1Char('0')), QStringLiteral("01")};
        return p;
    }

    // A marker patient's note: findings and orders of their own.
    static QString findings(int i) {
        return QStringLiteral("S) 標識所見") + wideDigits(i, 4) + QStringLiteral("の咳嗽");
    }
    static QString orders(int i) { return QStringLiteral("Rp) 標識処方") + wideDigits(i, 4); }
    static QString revised(int i) { return QStringLiteral("O) 改訂所見") + wideDigits(i, 4); }
    // A marker patient's problem and allergy.
    static QString disease(int i) { return QStringLiteral("標識病名") + wideDigits(i, 4); }
    static QString substance(int i) { return QStringLiteral("標識物質") + wideDigits(i, 4); }
    static QString reaction(int i) { return QStringLiteral("標識反応") + wideDigits(i, 4); }
    // A marker patient's lab result (a code of the clinic's own, a value and words) and prescription (a drug code,
    // name, usage and comment).
    static QString labCode(int i) { return QStringLiteral("MKL%1").arg(i, 4, 10, QLatin1Char('0')); }
    static QString labName(int i) { return QStringLiteral("標識検査") + wideDigits(i, 4); }
    static double labValue(int i) { return 7000 + i + 0.25; }
    static QString labComment(int i) { return QStringLiteral("標識検査所見") + wideDigits(i, 4); }
    static QString drugCode(int i) { return QStringLiteral("9%1MKRZ%1X").arg(i, 3, 10, QLatin1Char('0')); }
    static QString drugName(int i) { return QStringLiteral("標識薬剤") + wideDigits(i, 4); }
    static QString usage(int i) { return QStringLiteral("標識用法") + wideDigits(i, 4); }
    static QString rxComment(int i) { return QStringLiteral("標識処方注記") + wideDigits(i, 4); }
    // A marker patient's referral letter, its reason for a second version and an attached file.
    static QString illness(int i) { return QStringLiteral("標識現病歴") + wideDigits(i, 4); }
    static QString letterReason(int i) { return QStringLiteral("標識版理由") + wideDigits(i, 4); }
    static QString fileName(int i) { return QStringLiteral("標識添付%1.pdf").arg(i, 4, 10, QLatin1Char('0')); }
    // What a marker patient's exchanges with the national services carry: an eligibility answer, a pulled summary,
    // a received letter, an imported file's report, a bundle frozen for sending and the service's error.
    static QString exchange(const char* what, int i) { return QString::fromUtf8(what) + wideDigits(i, 4); }
    static QString memberId(int i) { return QStringLiteral("MEMBERID%1").arg(i, 6, 10, QLatin1Char('0')); }
    // A diagnosis received from another clinic (its sender, its key there) and the sender's number for the patient.
    static QString sender(int i) { return QStringLiteral("97%1").arg(i, 8, 10, QLatin1Char('0')); }
    static QString senderNumber(int i) { return QStringLiteral("LINKNO%1").arg(i, 6, 10, QLatin1Char('0')); }
    static ReceivedItemStore::Source received(int i) {
        return {
            sender(i), QStringLiteral("Condition|") + exchange("標識資源", i),
            QStringLiteral("{\"resourceType\":\"Condition\",\"note\":\"%1\"}").arg(exchange("標識受信", i)).toUtf8()};
    }
    static QByteArray fileBytes(int i) {
        return "%PDF-1.4\n% MARKERFILE" + QByteArray::number(i).rightJustified(4, '0') + "\n%%EOF\n";
    }

    // What an intruder would look for: every word and number of a marker patient, in each encoding.
    static QList<QByteArray> patterns(int patients) {
        QList<QByteArray> out;
        for (int i = 1; i <= patients; ++i) {
            const Patient p = marker(i);
            for (const QString& value : {p.familyName,
                                         p.givenName,
                                         p.familyKana,
                                         p.givenKana,
                                         p.address,
                                         p.phone,
                                         QString(p.phone).remove(QLatin1Char('-')),
                                         p.insurance.symbol,
                                         p.insurance.number,
                                         findings(i),
                                         orders(i),
                                         revised(i),
                                         labCode(i),
                                         labName(i),
                                         QString::number(labValue(i), 'f', 2),
                                         labComment(i),
                                         drugCode(i),
                                         drugName(i),
                                         usage(i),
                                         rxComment(i),
                                         illness(i),
                                         letterReason(i),
                                         fileName(i),
                                         QString::fromLatin1(fileBytes(i).mid(11, 14)),
                                         exchange("標識回答", i),
                                         exchange("標識要約", i),
                                         exchange("標識紹介状", i),
                                         exchange("標識取込", i),
                                         exchange("標識報告", i),
                                         exchange("標識送信", i),
                                         exchange("標識エラー", i),
                                         memberId(i),
                                         sender(i),
                                         senderNumber(i),
                                         exchange("標識資源", i),
                                         exchange("標識受信", i)}) {
                for (const char* encoding : {"UTF-8", "SHIFT_JIS", "EUC-JP"}) {
                    const QByteArray bytes = encoded(value, encoding);
                    if (!bytes.isEmpty() && !out.contains(bytes)) {
                        out << bytes;
                    }
                }
            }
        }
        return out;
    }

    // grep -ra with every pattern at once (fixed strings, bytes as they are): the patterns found.
    static QStringList found(const QString& where, const QList<QByteArray>& wanted) {
        QTemporaryDir dir;
        QFile list(dir.filePath(QStringLiteral("patterns")));
        if (!list.open(QIODevice::WriteOnly)) {
            return {QStringLiteral("cannot write the pattern list")};
        }
        for (const QByteArray& p : wanted) {
            list.write(p + '\n');
        }
        list.close();
        QProcess grep;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        grep.setProcessEnvironment(env);
        grep.start(QStringLiteral("grep"), {QStringLiteral("-raohF"), QStringLiteral("-f"), list.fileName(), where});
        if (!grep.waitForFinished(120000)) {
            grep.kill();
            return {QStringLiteral("grep did not finish")};
        }
        QStringList out;
        for (const QByteArray& line : grep.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty() && !out.contains(QString::fromLatin1(line.toHex()))) {
                out << QString::fromLatin1(line.toHex());
            }
        }
        return out;
    }

    QString dump() {
        const QString file = QDir::temp().filePath(QStringLiteral("tsumugi-sealed-%1.sql").arg(m_database));
        QProcess pgDump;
        pgDump.setStandardOutputFile(file);
        pgDump.start(QStringLiteral("/usr/lib/postgresql/15/bin/pg_dump"),
                     {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                      QString::number(m_cluster.port()), QStringLiteral("-U"), QStringLiteral("postgres"), m_database});
        if (!pgDump.waitForFinished(120000) || pgDump.exitCode() != 0) {
            pgDump.kill();
            return {};
        }
        return file;
    }

private slots:
    void initTestCase() { TSUMUGI_START_POSTGRES_CLUSTER(m_cluster); }
    void cleanupTestCase() { m_cluster.stop(); }

    // 300 marker patients registered and edited at a desk: the server's files and a dump hold none of their words
    // or numbers, while the desk finds each by kana, name, phone, birth date and insurance card as before.
    void aCopyOfTheServerRevealsNoPatient() {
        auto record = newRecord();
        constexpr int Patients = 300;
        QList<Patient> saved;
        for (int i = 1; i <= Patients; ++i) {
            saved << record->patients().create(marker(i));
        }
        // An edit writes a second version (and its history row) the same way.
        Patient edited = saved.at(9);
        edited.address += QStringLiteral("改");
        saved[9] = record->patients().update(edited, QStringLiteral("転居 標識理由"));

        // A doctor charts each of them: a visit and its note, every other one finalised, one revised.
        record->users().add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 医師"), Role::Doctor,
                            QStringLiteral("doctor pass 1"));
        record.reset();
        record = ClinicRecord::open(location(), QStringLiteral("dr.sato"), QStringLiteral("doctor pass 1"), m_clock);
        QList<ClinicalNote> notes;
        for (int i = 1; i <= Patients; ++i) {
            Visit v;
            v.patientId = saved.at(i - 1).id;
            v.date = m_clock.today();
            v.department = QStringLiteral("内科");
            ClinicalNote n;
            n.visitId = record->chart().visits().create(v).id;
            n.findings = findings(i);
            n.orders = orders(i);
            notes << record->chart().notes().saveDraft(n);
            if (i % 2 == 0) {
                notes.last() = record->chart().notes().finalize(notes.last().id);
            }
            Diagnosis d;
            d.patientId = v.patientId;
            d.name = disease(i);
            d.startDate = m_clock.today();
            record->chart().diagnoses().create(d);
            Allergy a;
            a.patientId = v.patientId;
            a.category = Allergy::Category::Other;
            a.codeSystem = Allergy::CodeSystem::None;
            a.name = substance(i);
            a.reaction = reaction(i);
            a.recordedDate = m_clock.today();
            record->chart().allergies().create(a);
            LabResult lab;
            lab.patientId = v.patientId;
            lab.visitId = n.visitId;
            lab.codeSystem = LabResult::CodeSystem::Local;
            lab.code = labCode(i);
            lab.name = labName(i);
            lab.valueNumber = labValue(i);
            lab.unit = QStringLiteral("mg/dL");
            lab.referenceLow = 1.5;
            lab.referenceHigh = 9999;
            lab.specimen = QStringLiteral("血清");
            lab.collectedAt = m_clock.now().addSecs(-3600);
            lab.comment = labComment(i);
            record->chart().labs().create(lab);
            Prescription rx;
            rx.visitId = n.visitId;
            rx.codeSystem = Prescription::CodeSystem::Yj;
            rx.drugCode = drugCode(i);
            rx.drugName = drugName(i);
            rx.dose = 2;
            rx.unit = QStringLiteral("錠");
            rx.usageText = usage(i);
            rx.days = 14;
            rx.comment = rxComment(i);
            record->chart().prescriptions().create(rx, true);
            Document letter;
            letter.kind = Document::Kind::Referral;
            letter.patientId = v.patientId;
            letter.addressee = {QStringLiteral("つむぎ総合病院"), QStringLiteral("1310000017"),
                                QStringLiteral("循環器内科"), QStringLiteral("田中 先生")};
            letter.purpose = QStringLiteral("精査加療のお願い");
            letter.chiefComplaint = QStringLiteral("労作時胸痛");
            letter.presentIllness = illness(i);
            letter = record->documents().createDraft(letter);
            record->documents().addAttachment(letter.id, fileName(i), fileBytes(i), {});
            record->documents().finalize(letter.id);
            if (i % 10 == 0) { // a second version, with its reason; the first goes to the history
                record->documents().startNewVersion(letter.id, letterReason(i));
            }
        }
        // What the clinic exchanged with the national services for each of them, and the outbox's items sent.
        for (int i = 1; i <= Patients; ++i) {
            const qint64 patientId = saved.at(i - 1).id;
            EligibilityCheck check;
            check.patientId = patientId;
            check.status = EligibilityCheck::Status::Error;
            check.request = EligibilityRequest::cardData(marker(i).insurance, marker(i).birthDate);
            check.message = exchange("標識回答", i);
            check.answerJson = QJsonDocument(QJsonObject{{QStringLiteral("note"), exchange("標識回答", i)}}).toJson();
            check = EligibilityLog(*record).record(check);
            SharedSummaryStore(*record).save(patientId, check.id, SharedSummary::Mode::Consented, {},
                                             exchange("標識要約", i).toUtf8());
            ReferralLetter letter;
            letter.bundleIdentifier = QStringLiteral("bundle-%1").arg(i);
            letter.sha256 = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
            letter.sender = QStringLiteral("1310000017");
            letter.memberId = memberId(i);
            letter.documentJson = exchange("標識紹介状", i).toUtf8();
            ReferralInboxStore(*record).store(letter);
            ReceivedItemStore(*record).logImport({exchange("標識取込", i) + QStringLiteral(".json"), "hash",
                                                  QStringLiteral("1310000017"), patientId, 1, 0, 0,
                                                  exchange("標識報告", i)});
            QVERIFY(record->atomically([&] {
                ReceivedItemStore store(*record);
                Diagnosis d;
                d.patientId = patientId;
                d.name = exchange("標識受信", i);
                d.startDate = m_clock.today();
                store.receive(d, received(i));
                store.link(PatientMatcher::linkKeyForSender(sender(i), senderNumber(i)), patientId);
                return true;
            }));
        }
        const auto outboxItems = record->outbox().items(std::nullopt, -1);
        QVERIFY(outboxItems.size() >= Patients); // each patient's diagnoses and allergies are reported
        for (int n = 0; n < outboxItems.size(); ++n) {
            const OutboxItem& item = outboxItems.at(n);
            const int i = n % Patients + 1;
            OutboxQueue::Frozen frozen;
            frozen.bundleIdentifier = QStringLiteral("frozen-%1").arg(item.id);
            frozen.memberId = memberId(i);
            frozen.payload = exchange("標識送信", i).toUtf8();
            frozen.sha256 = QStringLiteral("0");
            record->outbox().storeFrozen(item.id, item.generation, frozen);
            if (n % 2 == 0) {
                record->outbox().markSucceeded(item.id, 200, m_clock.now());
            } else {
                record->outbox().markFailed(item.id, 500, exchange("標識エラー", i), m_clock.now(), m_clock.now(), 1);
            }
        }
        {
            const OutboxItem sent = *record->outbox().item(outboxItems.at(0).id);
            QCOMPARE(sent.registeredMemberId, memberId(1));
            QCOMPARE(sent.payload, exchange("標識送信", 1).toUtf8());
            QCOMPARE(record->outbox().item(outboxItems.at(1).id)->lastError, exchange("標識エラー", 2));
            const auto check = EligibilityLog(*record).latestForPatient(saved.at(2).id);
            QCOMPARE(check->message, exchange("標識回答", 3));
            QCOMPARE(check->request.insurance.number, marker(3).insurance.number);
            QCOMPARE(SharedSummaryStore(*record).latestForPatient(saved.at(2).id)->bundleJson,
                     exchange("標識要約", 3).toUtf8());
            // A received item and a sender's number for a patient are found again by their keyed tokens.
            ReceivedItemStore store(*record);
            QCOMPARE(store.linkedPatient(PatientMatcher::linkKeyForSender(sender(7), senderNumber(7))),
                     std::optional<qint64>(saved.at(6).id));
            QVERIFY(!store.linkedPatient(PatientMatcher::linkKeyForSender(sender(7), senderNumber(8))));
            Diagnosis again;
            again.patientId = saved.at(6).id;
            again.name = exchange("標識受信", 7);
            again.startDate = m_clock.today();
            QCOMPARE(store.receive(again, received(7)).outcome, ReceivedItemStore::Outcome::Unchanged);
            auto changedSource = received(7);
            changedSource.rawJson.replace("note", "text");
            QCOMPARE(store.receive(again, changedSource).outcome, ReceivedItemStore::Outcome::Updated);
            const auto letters = ReferralInboxStore(*record).list(Patients);
            QCOMPARE(letters.size(), Patients);
            QCOMPARE(letters.first().documentJson, exchange("標識紹介状", Patients).toUtf8());
            QCOMPARE(letters.first().memberId, memberId(Patients));
        }
        // The desk reads the letters back whole: the current version, the earlier one, the reason and the file.
        const auto letters = record->documents().listForPatient(saved.at(19).id);
        QCOMPARE(letters.size(), 1);
        QCOMPARE(letters.first().presentIllness, illness(20));
        QCOMPARE(letters.first().revisionReason, letterReason(20));
        QCOMPARE(letters.first().addressee.institutionNumber, QStringLiteral("1310000017"));
        QCOMPARE(letters.first().attachments.size(), 1);
        QCOMPARE(letters.first().attachments.first().fileName, fileName(20));
        QCOMPARE(record->documents().attachmentData(letters.first().attachments.first().id), fileBytes(20));
        QCOMPARE(record->documents().loadVersion(letters.first().id, 1).presentIllness, illness(20));
        QCOMPARE(record->documents().history(letters.first().id).size(), 1);
        // The desk reads them back whole, finds a lab item and a drug by their tokens, and counts by code.
        const auto labs = record->chart().labs().summaries(saved.at(41).id);
        QCOMPARE(labs.size(), 1);
        QCOMPARE(labs.first().itemKey, labCode(42));
        QCOMPARE(labs.first().latestValue, QStringLiteral("7042.25"));
        // A series viewed is audited with the item it names (the audit's details are sealed too).
        const auto series = record->chart().labs().series(saved.at(41).id, labCode(42));
        QCOMPARE(series.size(), 1);
        QCOMPARE(series.first().valueNumber, std::optional<double>(labValue(42)));
        QCOMPARE(record->audit().recent(1).first().detail, labCode(42));
        const auto lastLab = record->chart().labs().lastOfItem(labCode(43));
        QVERIFY(lastLab.has_value());
        QCOMPARE(lastLab->patientId, saved.at(42).id);
        QCOMPARE(lastLab->comment, labComment(43));
        QCOMPARE(lastLab->referenceHigh, std::optional<double>(9999));
        QCOMPARE(record->chart().labs().unshareableCounts().value(LabSharing::Reason::LocalCode), qint64(Patients));
        const auto rxs = record->chart().prescriptions().forPatient(saved.at(41).id);
        QCOMPARE(rxs.size(), 1);
        QCOMPARE(rxs.first().drugName, drugName(42));
        QCOMPARE(rxs.first().quantity, 28.0); // 2 tablets a day for 14 days
        const auto usual = record->chart().prescriptions().usualDosage(saved.at(40).id, drugCode(42));
        QVERIFY(usual.has_value());
        QCOMPARE(usual->source, UsualDosage::Source::Clinic);
        QCOMPARE(usual->usageText, usage(42));
        QCOMPARE(usual->days, 14);
        // An item changed keeps its earlier version in the history (sealed too), with the reason.
        Diagnosis changed = record->chart().diagnoses().forPatient(saved.at(4).id).first();
        QCOMPARE(changed.name, disease(5));
        changed.suspected = true;
        changed = record->chart().diagnoses().update(changed, QStringLiteral("標識変更理由"));
        const auto itemHistory = record->chart().diagnoses().history(changed.id);
        QCOMPARE(itemHistory.size(), 2);
        QCOMPARE(itemHistory.last().reason, QStringLiteral("標識変更理由"));
        const auto allergies = record->chart().allergies().forPatient(saved.at(6).id);
        QCOMPARE(allergies.size(), 1);
        QCOMPARE(allergies.first().reaction, reaction(7));
        const ClinicalNote revisedNote = record->chart().notes().revise(notes.at(1).id, notes.at(1).version, revised(2),
                                                                        orders(2), QStringLiteral("標識訂正理由"));
        QCOMPARE(record->chart().notes().find(notes.at(6).id)->findings, findings(7));
        const auto versions = record->chart().notes().history(revisedNote.id);
        QCOMPARE(versions.size(), 1);
        QCOMPARE(versions.first().findings, findings(2));
        QCOMPARE(record->chart().notes().find(revisedNote.id)->revisionReason, QStringLiteral("標識訂正理由"));

        // The desk still finds them, by every kind of search a clerk types.
        const Patient p = saved.at(41);
        QCOMPARE(record->patients().search(QStringLiteral("ひょうしき"), -1).size(), Patients);
        const auto byKana = record->patients().search(p.familyKana + p.givenKana);
        QCOMPARE(byKana.size(), 1);
        QCOMPARE(byKana.first().id, p.id);
        QCOMPARE(byKana.first().address, p.address);
        const auto byName = record->patients().search(p.familyName);
        QCOMPARE(byName.size(), 1);
        QCOMPARE(byName.first().givenName, p.givenName);
        QCOMPARE(record->patients().search(p.phone).size(), 1);
        QCOMPARE(record->patients().search(p.birthDate.toString(Qt::ISODate)).first().id, p.id);
        const auto byCard = PatientMatcher(*record).match(p, {});
        QCOMPARE(byCard.how, PatientMatcher::How::InsuredIdentifier);
        QCOMPARE(byCard.patient->id, p.id);
        // Sorted by kana on the desk: the server cannot.
        const auto all = record->patients().search(QStringLiteral("ヒョウシキ"), 5);
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first().familyKana, marker(1).familyKana);
        QCOMPARE(all.at(4).familyKana, marker(5).familyKana);
        QCOMPARE(record->patients().history(saved.at(9).id).last().reason, QStringLiteral("転居 標識理由"));

        const QList<QByteArray> wanted = patterns(Patients) << QStringLiteral("標識理由").toUtf8()
                                                            << QStringLiteral("標識訂正理由").toUtf8()
                                                            << QStringLiteral("標識変更理由").toUtf8();
        QVERIFY(wanted.size() > Patients * 20); // every field, in three encodings
        const QByteArray control = QStringLiteral("対照標識クリニック").toUtf8();

        // The data directory, after the server wrote everything out of its WAL into the tables' files.
        {
            PostgresConnection admin(m_cluster.conninfo(m_database));
            admin.exec("CHECKPOINT;");
        }
        const QString data = m_cluster.dataDirectory();
        QVERIFY(QFileInfo(data + QStringLiteral("/PG_VERSION")).exists());
        QCOMPARE(found(data, {control}).size(), 1); // the search finds what is there
        const QStringList inFiles = found(data, wanted);
        QVERIFY2(inFiles.isEmpty(), qPrintable(QStringLiteral("in the data directory: ") + inFiles.join(' ')));

        const QString file = dump();
        QVERIFY2(!file.isEmpty(), "pg_dump failed");
        QCOMPARE(found(file, {control}).size(), 1);
        const QStringList inDump = found(file, wanted);
        QFile::remove(file);
        QVERIFY2(inDump.isEmpty(), qPrintable(QStringLiteral("in the dump: ") + inDump.join(' ')));
    }

    // A sealed value copied to another patient's row by someone with the server's password is refused where it
    // is read, in words, and audited; the patient it came from still opens.
    void aValueMovedToAnotherRowIsRefusedAndAudited() {
        auto record = newRecord();
        const Patient a = record->patients().create(marker(1));
        const Patient b = record->patients().create(marker(2));
        {
            PostgresConnection admin(m_cluster.conninfo(m_database));
            admin.exec(QStringLiteral("UPDATE patients SET family_name = (SELECT family_name FROM patients WHERE id = "
                                      "%1) WHERE id = %2;")
                           .arg(a.id)
                           .arg(b.id)
                           .toUtf8()
                           .constData());
        }
        TSUMUGI_VERIFY_ERROR(record->patients().open(b.id), Error::Kind::Tampered);
        try {
            record->patients().open(b.id);
        } catch (const Error& e) {
            QVERIFY2(e.message().contains(QLatin1String("patients")) &&
                         e.message().contains(QLatin1String("family_name")),
                     qPrintable(e.message()));
        }
        QCOMPARE(record->patients().open(a.id)->familyName, a.familyName);
        // The search shows no list with a forged name: it refuses as the chart does.
        TSUMUGI_VERIFY_ERROR(record->patients().search(b.familyKana + b.givenKana), Error::Kind::Tampered);

        // Audited where the read happened (reads chain into the trail with the next change).
        record->patients().create(marker(3));
        Statement st(record->db(), "SELECT count(*) FROM audit_log WHERE action = 'tampered' AND record_type = "
                                   "'patients' AND record_id = ?;");
        st.bind(1, QString::number(b.id));
        QVERIFY(st.step());
        QVERIFY2(st.int64(0) >= 2, qPrintable(QString::number(st.int64(0))));
        QVERIFY(record->audit().verify().ok);
    }

    // A server written before sealing (schema 19: its patients in the clear, no search tokens) is sealed by the first
    // desk that signs in with the record key, in the step's own transaction: afterwards every value is sealed, the
    // history reads as before, and search finds the patients through their new tokens.
    void aServerWrittenBeforeSealingIsSealedByTheFirstDesk() {
        auto record = newRecord();
        QList<Patient> saved;
        for (int i = 1; i <= 5; ++i) {
            saved << record->patients().create(marker(i));
        }
        saved[2] = record->patients().update(saved.at(2), QStringLiteral("理由"));
        const auto history = record->patients().history(saved.at(2).id);
        // A doctor's diagnosis with a second version (its history rows are keyed by kind, item and version).
        record->users().add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 医師"), Role::Doctor,
                            QStringLiteral("doctor pass 1"));
        record.reset();
        record = ClinicRecord::open(location(), QStringLiteral("dr.sato"), QStringLiteral("doctor pass 1"), m_clock);
        Diagnosis dx;
        dx.patientId = saved.at(1).id;
        dx.name = disease(2);
        dx.startDate = m_clock.today();
        dx = record->chart().diagnoses().create(dx);
        dx.suspected = true;
        dx = record->chart().diagnoses().update(dx, QStringLiteral("疑いに"));
        // A lab result and a prescription of a visit (their values and words plain before 23).
        Visit visit;
        visit.patientId = saved.at(1).id;
        visit.date = m_clock.today();
        visit.department = QStringLiteral("内科");
        visit = record->chart().visits().create(visit);
        LabResult lab;
        lab.patientId = visit.patientId;
        lab.visitId = visit.id;
        lab.codeSystem = LabResult::CodeSystem::Local;
        lab.code = labCode(2);
        lab.name = QStringLiteral("x");
        lab.valueNumber = 1;
        lab.unit = QStringLiteral("mg/dL");
        lab.specimen = QStringLiteral("x");
        lab.collectedAt = m_clock.now();
        lab = record->chart().labs().create(lab);
        Prescription rx;
        rx.visitId = visit.id;
        rx.codeSystem = Prescription::CodeSystem::Yj;
        rx.drugCode = drugCode(2);
        rx.drugName = QStringLiteral("x");
        rx.dose = 1;
        rx.unit = QStringLiteral("錠");
        rx.usageText = QStringLiteral("x");
        rx.days = 1;
        rx = record->chart().prescriptions().create(rx, true);
        // A finalised letter (its rule refuses a change of its content).
        Document letter;
        letter.kind = Document::Kind::Referral;
        letter.patientId = visit.patientId;
        letter.addressee = {QStringLiteral("つむぎ総合病院"), QStringLiteral("1310000017"), {}, {}};
        letter.purpose = QStringLiteral("精査加療のお願い");
        letter.chiefComplaint = QStringLiteral("労作時胸痛");
        letter.presentIllness = illness(2);
        letter = record->documents().finalize(record->documents().createDraft(letter).id);
        // A diagnosis received from another clinic, and the sender's number for the patient (plain before 26).
        const QString linkKey = PatientMatcher::linkKeyForSender(sender(2), senderNumber(2));
        QVERIFY(record->atomically([&] {
            ReceivedItemStore store(*record);
            Diagnosis d;
            d.patientId = saved.at(1).id;
            d.name = exchange("標識受信", 2);
            d.startDate = m_clock.today();
            store.receive(d, received(2));
            store.link(linkKey, saved.at(1).id);
            return true;
        }));
        const int sealedSince = Schema::model().column("patients", "family_name").sealedSince;
        QCOMPARE(sealedSince, 20);
        {
            // Back to how schema 19 held it: the words in the clear, no tokens.
            PostgresConnection admin(m_cluster.conninfo(m_database));
            admin.exec("BEGIN;");
            for (const std::string& undo : test::undoStepsAfter(26, DbConnection::Driver::Postgres)) {
                admin.exec(undo.c_str());
            }
            admin.exec("ALTER TABLE patients DISABLE TRIGGER USER; "
                       "ALTER TABLE patient_versions DISABLE TRIGGER USER; DROP TABLE search_tokens; DROP TABLE "
                       "search_token_counts;");
            // A rule that reads a sealed column (a finalised letter's content, a received letter's document) rests;
            // the step that seals the column brings the rule back.
            for (const StorageModel::Rule& r : Schema::model().rules()) {
                for (const StorageModel::Column& c : Schema::model().table(r.table).columns) {
                    const bool reads = r.when.find("." + c.name) != std::string::npos ||
                                       std::find(r.ofColumns.begin(), r.ofColumns.end(), c.name) != r.ofColumns.end();
                    if (c.sealedSince >= sealedSince && reads) {
                        admin.exec(("DROP TRIGGER " + r.name + " ON " + r.table + ";").c_str());
                        break;
                    }
                }
            }
            for (const StorageModel::Table& t : Schema::model().tables()) {
                for (const StorageModel::Column& c : t.columns) {
                    if (c.sealedSince < sealedSince || Schema::model().since(c.sinceVersion) > 26) {
                        continue; // (a column a later step added is gone already)
                    }
                    const bool text = c.type == StorageModel::Type::Text;
                    const std::string type = text                                 ? "TEXT COLLATE \"C\""
                                             : c.type == StorageModel::Type::Real ? "DOUBLE PRECISION"
                                                                                  : "BIGINT";
                    admin.exec(("ALTER TABLE " + t.name + " ALTER COLUMN " + c.name + " TYPE " + type + " USING " +
                                (c.notNull ? (text ? "''" : "0") : "NULL") + ";")
                                   .c_str());
                    if (!c.allowed.empty()) { // its check, as the plain column had it
                        std::string list;
                        for (const std::string& v : c.allowed) {
                            list += (list.empty() ? "'" : ", '") + v + "'";
                        }
                        admin.exec(("ALTER TABLE " + t.name + " ADD CONSTRAINT " + t.name + '_' + c.name +
                                    "_check CHECK (" + c.name + " IN (" + list + ")) NOT VALID;")
                                       .c_str());
                    }
                }
            }
            // Literals, not parameters: the statement layer refuses plain text for a sealed column, rightly.
            const auto literal = [](const QString& v) { return QStringLiteral("$v$%1$v$").arg(v); };
            for (const Patient& p : saved) {
                admin.exec(QStringLiteral("UPDATE patients SET family_name = %1, given_name = %2, family_kana = %3, "
                                          "given_kana = %4, name_search = %5, kana_search = %6, sex = %7, "
                                          "birth_date = %8, address = %9, phone = %10, phone_search = %11, "
                                          "insurance_number = %12, insurer_number = %13, insurance_symbol = %14, "
                                          "insurance_branch = %15, postal_code = %16 WHERE id = %17;")
                               .arg(literal(p.familyName), literal(p.givenName), literal(p.familyKana),
                                    literal(p.givenKana), literal(p.familyName + p.givenName),
                                    literal(p.familyKana + p.givenKana), literal(sexToString(p.sex)),
                                    literal(p.birthDate.toString(Qt::ISODate)), literal(p.address))
                               .arg(literal(p.phone), literal(QString(p.phone).remove(QLatin1Char('-'))),
                                    literal(p.insurance.number), literal(p.insurance.insurerNumber),
                                    literal(p.insurance.symbol), literal(p.insurance.branch), literal(p.postalCode))
                               .arg(p.id)
                               .toUtf8()
                               .constData());
            }
            admin.exec("UPDATE patient_versions SET data = '{}';");
            admin.exec(QStringLiteral("UPDATE received_items SET source_institution = %1, resource_key = %2, "
                                      "content_hash = '%3'; UPDATE received_patient_links SET identifier = %4; CREATE "
                                      "INDEX patients_birth ON patients (birth_date); CREATE INDEX patients_phone ON "
                                      "patients (phone_search); DROP INDEX documents_source;")
                           .arg(literal(sender(2)), literal(received(2).resourceKey),
                                QString::fromLatin1(
                                    QCryptographicHash::hash(received(2).rawJson, QCryptographicHash::Sha256).toHex()),
                                literal(linkKey))
                           .toUtf8()
                           .constData());
            admin.exec(QStringLiteral("ALTER TABLE diagnoses DISABLE TRIGGER USER; ALTER TABLE chart_item_versions "
                                      "DISABLE TRIGGER USER; UPDATE diagnoses SET name = %1, medis_code = '99999999', "
                                      "modifiers = '[]' WHERE id = %2; UPDATE chart_item_versions SET data = "
                                      "'{\"name\": \"' || version || '\"}', reason = %3 WHERE item_id = %2;")
                           .arg(literal(dx.name))
                           .arg(dx.id)
                           .arg(literal(QStringLiteral("疑いに")))
                           .toUtf8()
                           .constData());
            admin.exec(QStringLiteral("UPDATE lab_results SET code = %1, item_key = %1, name = %2, value_number = "
                                      "42.5, unit = 'mg/dL', abnormal_flag = 'N', specimen = '血清' WHERE id = %3; "
                                      "UPDATE prescriptions SET drug_code = %4, drug_name = %5, dose = 2, unit = '錠', "
                                      "usage_text = %6, days = 14, quantity = 28 WHERE id = %7;")
                           .arg(literal(labCode(2)), literal(labName(2)))
                           .arg(lab.id)
                           .arg(literal(drugCode(2)), literal(drugName(2)), literal(usage(2)))
                           .arg(rx.id)
                           .toUtf8()
                           .constData());
            admin.exec(QStringLiteral("ALTER TABLE document_versions DISABLE TRIGGER USER; UPDATE documents SET "
                                      "content = %1 WHERE id = %2; UPDATE document_versions SET content = %1 WHERE "
                                      "document_id = %2; ALTER TABLE document_versions ENABLE TRIGGER USER;")
                           .arg(literal(DocumentContent::encode(letter)))
                           .arg(letter.id)
                           .toUtf8()
                           .constData());
            admin.exec("ALTER TABLE patients ENABLE TRIGGER USER; ALTER TABLE patient_versions ENABLE TRIGGER USER; "
                       "ALTER TABLE diagnoses ENABLE TRIGGER USER; ALTER TABLE chart_item_versions ENABLE TRIGGER "
                       "USER; UPDATE tsumugi_schema SET version = 19; COMMIT;");
        }
        record.reset();
        record = ClinicRecord::open(location(), QStringLiteral("dr.sato"), QStringLiteral("doctor pass 1"), m_clock);
        QCOMPARE(record->db().schemaVersion(), Schema::model().version());
        {
            Statement raw(record->db(), "SELECT count(*) FROM patients WHERE length(family_name) = ? AND "
                                        "get_byte(family_name, 0) = 1;");
            raw.bind(1, qint64(marker(1).familyName.toUtf8().size() + 29));
            QVERIFY(raw.step());
            QCOMPARE(raw.int64(0), qint64(saved.size()));
        }
        const auto opened = record->patients().open(saved.at(2).id);
        QCOMPARE(opened->familyName, saved.at(2).familyName);
        QCOMPARE(opened->address, saved.at(2).address);
        QCOMPARE(opened->insurance.number, saved.at(2).insurance.number);
        QCOMPARE(record->patients().history(saved.at(2).id).size(), history.size());
        QCOMPARE(record->patients().search(QStringLiteral("ヒョウシキ"), -1).size(), saved.size());
        QCOMPARE(record->patients().search(saved.at(4).phone).first().id, saved.at(4).id);
        QCOMPARE(PatientMatcher(*record).match(saved.at(3), {}).patient->id, saved.at(3).id);
        QCOMPARE(record->chart().diagnoses().find(dx.id)->name, disease(2));
        const auto dxHistory = record->chart().diagnoses().history(dx.id);
        QCOMPARE(dxHistory.size(), 2);
        QCOMPARE(dxHistory.last().data.value(QStringLiteral("name")).toString(), QStringLiteral("2"));
        QCOMPARE(dxHistory.last().reason, QStringLiteral("疑いに"));
        // The lab value and the dose are sealed numbers now, found again through the tokens the step wrote.
        {
            Statement raw(record->db(), "SELECT get_byte(l.value_number, 0), get_byte(p.dose, 0) FROM lab_results l, "
                                        "prescriptions p WHERE l.id = ? AND p.id = ?;");
            raw.bind(1, lab.id).bind(2, rx.id);
            QVERIFY(raw.step());
            QCOMPARE(raw.int64(0), qint64(1));
            QCOMPARE(raw.int64(1), qint64(1));
        }
        const auto series = record->chart().labs().series(visit.patientId, labCode(2));
        QCOMPARE(series.size(), 1);
        QCOMPARE(series.first().valueNumber, std::optional<double>(42.5));
        QCOMPARE(series.first().name, labName(2));
        const auto usual = record->chart().prescriptions().usualDosage(visit.patientId, drugCode(2));
        QVERIFY(usual.has_value());
        QCOMPARE(usual->usageText, usage(2));
        QCOMPARE(usual->dose, 2.0);
        QCOMPARE(usual->days, 14);
        // The received item and the link are known by their tokens now (on both drivers), and found again; the
        // indexes over columns searched through tokens are gone.
        {
            Statement raw(record->db(), "SELECT r.source_institution, l.identifier FROM received_items r, "
                                        "received_patient_links l;");
            QVERIFY(raw.step());
            QCOMPARE(raw.text(0).size(), ColumnSeal::TokenLength * 2); // in hex
            QVERIFY(raw.text(0) != sender(2));
            QCOMPARE(raw.text(1).size(), ColumnSeal::TokenLength * 2);
            QVERIFY(!raw.step());
            Statement indexes(record->db(), "SELECT count(*) FROM pg_indexes WHERE indexname IN ('patients_birth', "
                                            "'patients_phone', 'patients_insurance_number');");
            QVERIFY(indexes.step());
            QCOMPARE(indexes.int64(0), qint64(0));
        }
        QCOMPARE(ReceivedItemStore(*record).linkedPatient(linkKey), std::optional<qint64>(saved.at(1).id));
        {
            Diagnosis again;
            again.patientId = saved.at(1).id;
            again.name = exchange("標識受信", 2);
            again.startDate = m_clock.today();
            QCOMPARE(ReceivedItemStore(*record).receive(again, received(2)).outcome,
                     ReceivedItemStore::Outcome::Unchanged);
        }
        // The letter reads as written, and its rule is back: its sealed content is not changed in place.
        QCOMPARE(record->documents().find(letter.id)->presentIllness, illness(2));
        QCOMPARE(record->documents().loadVersion(letter.id, 1).presentIllness, illness(2));
        {
            PostgresConnection admin(m_cluster.conninfo(m_database));
            TSUMUGI_VERIFY_ERROR(admin.exec(QStringLiteral("UPDATE documents SET content = '\\x00' WHERE id = %1;")
                                                .arg(letter.id)
                                                .toUtf8()
                                                .constData()),
                                 Error::Kind::Conflict);
        }
    }
};

TSUMUGI_TEST_CLASS(TestSealedServer)
#include "test_sealed_server.moc"
