#include "support/ErrorKind.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/db/DbConnection.h"
#include "core/patients/PatientRepository.h"

#include <QTest>

using namespace tsumugi;
using tsumugi::test::TempRecord;

namespace {
Patient make(const QString& family, const QString& given, const QString& familyKana, const QString& givenKana,
             const QDate& birth, const QString& phone = {}) {
    Patient p;
    p.familyName = family;
    p.givenName = given;
    p.familyKana = familyKana;
    p.givenKana = givenKana;
    p.sex = Sex::Female;
    p.birthDate = birth;
    p.phone = phone;
    return p;
}

QList<qint64> numbers(const QList<Patient>& ps) {
    QList<qint64> out;
    for (const auto& p : ps) {
        out << p.number;
    }
    return out;
}
} // namespace

class TestPatientRepository : public QObject {
    Q_OBJECT
    std::unique_ptr<TempRecord> t;

private slots:
    void init() {
        t = std::make_unique<TempRecord>();
        auto& repo = t->record->patients();
        repo.create(make(QStringLiteral("山田"), QStringLiteral("太郎"), QStringLiteral("やまだ"),
                         QStringLiteral("たろう"), QDate(1975, 4, 12), QStringLiteral("03-1234-5678")));
        repo.create(make(QStringLiteral("山本"), QStringLiteral("花"), QStringLiteral("ヤマモト"),
                         QStringLiteral("ハナ"), QDate(1980, 1, 1), QStringLiteral("090-1111-2222")));
        repo.create(make(QStringLiteral("佐藤"), QStringLiteral("一"), QStringLiteral("ｻﾄｳ"), QStringLiteral("ﾊｼﾞﾒ"),
                         QDate(1989, 1, 8)));
    }
    void cleanup() { t.reset(); }

    void numbersAreSequentialAndReadingsKatakana() {
        const auto all = t->record->patients().search(QStringLiteral("ヤ"));
        QCOMPARE(numbers(all), (QList<qint64>{1, 2}));
        QCOMPARE(all.first().familyKana, QStringLiteral("ヤマダ"));
        QCOMPARE(t->record->patients().openByNumber(3)->givenKana, QStringLiteral("ハジメ"));
        QCOMPARE(t->record->patients().count(), 3);
    }
    void searchesEveryWayTheDeskTypes_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("hiragana prefix") << QStringLiteral("やま") << QList<qint64>{1, 2};
        QTest::newRow("katakana full") << QStringLiteral("ヤマダタロウ") << QList<qint64>{1};
        QTest::newRow("with space") << QStringLiteral("やまだ たろう") << QList<qint64>{1};
        QTest::newRow("half-width") << QStringLiteral("ｻﾄｳ") << QList<qint64>{3};
        QTest::newRow("kanji prefix") << QStringLiteral("山") << QList<qint64>{1, 2};
        QTest::newRow("kanji full name") << QStringLiteral("山田 太郎") << QList<qint64>{1};
        QTest::newRow("patient number") << QStringLiteral("2") << QList<qint64>{2};
        QTest::newRow("full-width number") << QStringLiteral("２") << QList<qint64>{2};
        QTest::newRow("birth iso") << QStringLiteral("1975-04-12") << QList<qint64>{1};
        QTest::newRow("birth slashes") << QStringLiteral("1975/4/12") << QList<qint64>{1};
        QTest::newRow("birth compact") << QStringLiteral("19750412") << QList<qint64>{1};
        QTest::newRow("birth wareki short") << QStringLiteral("H1.1.8") << QList<qint64>{3};
        QTest::newRow("birth wareki long") << QStringLiteral("平成元年1月8日") << QList<qint64>{3};
        QTest::newRow("phone with dashes") << QStringLiteral("090-1111") << QList<qint64>{2};
        QTest::newRow("phone digits") << QStringLiteral("0312345678") << QList<qint64>{1};
        QTest::newRow("nothing") << QStringLiteral("わたなべ") << QList<qint64>{};
        QTest::newRow("empty") << QString() << QList<qint64>{};
        QTest::newRow("quote is data") << QStringLiteral("山' OR 1=1 --") << QList<qint64>{};
    }
    void searchesEveryWayTheDeskTypes() {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(numbers(t->record->patients().search(query)), expected);
    }
    // A page of a kana search is the first patients in kana order (then by number), however the desk narrows it: by
    // the count of each next kana when the page fills from a few of them, and by every row when someone's whole
    // reading is what was typed. The server cannot order sealed readings; the desk must get it right.
    void aKanaSearchPageIsTheFirstInKanaOrder() {
        auto& repo = t->record->patients();
        const QDate birth(1960, 1, 1);
        // Readings under ソ: each second kana a bucket of its own, registered out of order.
        const QStringList readings{QStringLiteral("ソラ"),   QStringLiteral("ソアキ"), QStringLiteral("ソウ"),
                                   QStringLiteral("ソア"),   QStringLiteral("ソイ"),   QStringLiteral("ソアイ"),
                                   QStringLiteral("ソーマ"), QStringLiteral("ソウタ"), QStringLiteral("ソイ")};
        QList<qint64> numbersInOrder;
        for (const QString& kana : readings) {
            const Patient p =
                repo.create(make(QStringLiteral("曽"), QStringLiteral("某"), kana.left(1), kana.mid(1), birth));
            numbersInOrder << p.number;
        }
        const auto kanaOf = [&](const QList<Patient>& ps) {
            QStringList out;
            for (const Patient& p : ps) {
                out << p.familyKana + p.givenKana;
            }
            return out;
        };
        QStringList sorted = readings;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(kanaOf(repo.search(QStringLiteral("そ"), 100)), sorted);
        // The page ends inside a bucket: only the first ones, in order; equal readings by number.
        QCOMPARE(kanaOf(repo.search(QStringLiteral("ソ"), 4)), sorted.mid(0, 4));
        const auto twoSoi = repo.search(QStringLiteral("ソイ"), 2);
        QCOMPARE(twoSoi.size(), 2);
        QVERIFY(twoSoi.at(0).number < twoSoi.at(1).number);
        // ソア is someone's whole reading: it comes first, before ソアイ and ソアキ.
        QCOMPARE(kanaOf(repo.search(QStringLiteral("ソア"), 2)),
                 (QStringList{QStringLiteral("ソア"), QStringLiteral("ソアイ")}));
        QCOMPARE(kanaOf(repo.search(QStringLiteral("ソウ"), 100)),
                 (QStringList{QStringLiteral("ソウ"), QStringLiteral("ソウタ")}));
        QVERIFY(repo.search(QStringLiteral("ソン"), 100).isEmpty());
        QCOMPARE(repo.search(QStringLiteral("ソ"), 0).size(), 0);
    }

    void editsAreNewVersionsAndHistoryKeepsTheOld() {
        auto& repo = t->record->patients();
        Patient p = *repo.openByNumber(1);
        QCOMPARE(p.version, 1);
        p.phone = QStringLiteral("03-9999-0000");
        t->clock.advanceSeconds(3600);
        const Patient v2 = repo.update(p, QStringLiteral("moved"));
        QCOMPARE(v2.version, 2);
        QCOMPARE(repo.openByNumber(1)->phone, QStringLiteral("03-9999-0000"));
        const auto history = repo.history(v2.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).patient.phone, QStringLiteral("03-1234-5678"));
        QCOMPARE(history.at(1).patient.phone, QStringLiteral("03-9999-0000"));
        QCOMPARE(history.at(1).reason, QStringLiteral("moved"));
        QCOMPARE(history.at(1).at, t->clock.now());
        // The search index follows the current version.
        QCOMPARE(numbers(repo.search(QStringLiteral("0399990000"))), QList<qint64>{1});
        QVERIFY(repo.search(QStringLiteral("0312345678")).isEmpty());
    }
    void staleEditIsRefused() {
        auto& repo = t->record->patients();
        Patient a = *repo.openByNumber(1);
        Patient b = a;
        a.address = QStringLiteral("first");
        repo.update(a);
        b.address = QStringLiteral("second");
        try {
            repo.update(b);
            QFAIL("editing an old version must be refused");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Conflict);
        }
        QCOMPARE(repo.openByNumber(1)->address, QStringLiteral("first"));
    }
    void invalidRegistrationSavesNothing() {
        Patient p = make(QStringLiteral("誤"), QString(), QStringLiteral("アヤマリ"), QString(), QDate(2000, 1, 1));
        p.insurance = {QStringLiteral("01130013"), {}, QStringLiteral("1"), {}};
        try {
            t->record->patients().create(p);
            QFAIL("a bad check digit must be refused");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY(e.message().contains(QStringLiteral("保険者番号")));
        }
        QCOMPARE(t->record->patients().count(), 3);
    }
    void patientsCannotBeDeleted() {
        TSUMUGI_VERIFY_ERROR(t->record->db().exec("DELETE FROM patients WHERE patient_number = 1;"),
                             Error::Kind::Conflict);
        TSUMUGI_VERIFY_ERROR(t->record->db().exec("UPDATE patient_versions SET data = '{}';"), Error::Kind::Conflict);
        QCOMPARE(t->record->patients().count(), 3);
    }
    void viewsAreAudited() {
        t->record->patients().openByNumber(2);
        const auto last = t->record->audit().recent(1).first();
        QCOMPARE(last.action, QStringLiteral("view"));
        QCOMPARE(last.recordId, QStringLiteral("2"));
    }
};

TSUMUGI_TEST_CLASS(TestPatientRepository)
#include "test_patient_repository.moc"
