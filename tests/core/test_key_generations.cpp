// #34, rotating the record key: while a rotation writes every row's search tokens anew, a row saved meanwhile gets
// the tokens of both key generations and searches stay with the old one; once the record searches under the new
// generation, what was written anew is found and what was not yet is not (the rotation's own batches write the rest).
// Shown on an embedded record: the tokens are one table on both drivers.
#include "core/db/DbConnection.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/security/KeySlotFile.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include <QTest>
#include <memory>

using namespace tsumugi;

namespace {
Patient patient(const QString& familyKana, const QDate& born) {
    Patient p;
    p.familyName = QStringLiteral("試験");
    p.givenName = QStringLiteral("一郎");
    p.familyKana = familyKana;
    p.givenKana = QStringLiteral("イチロウ");
    p.sex = Sex::Male;
    p.birthDate = born;
    return p;
}
} // namespace

class TestKeyGenerations : public QObject {
    Q_OBJECT

private slots:
    void aRowSavedWhileTokensAreWrittenAnewIsFoundUnderBothGenerations() {
        test::TempRecord t;
        Patient before = t.record->patients().create(patient(QStringLiteral("アオキ"), QDate(1950, 3, 4)));
        const KeySlotFile keys = KeySlotFile::load(KeySlotFile::pathFor(t.path));
        const KeySlot* slot = keys.find(test::TempRecord::AdminName);
        QVERIFY(slot);
        const auto first = slot->open(test::TempRecord::AdminPassword);
        QVERIFY(first.has_value());
        const SecureBytes second = SecureBytes::random(32);
        const std::map<int, SecureBytes> both{{1, *first}, {2, second}};
        auto& db = t.record->db();
        const auto names = [&](const QString& query) {
            QStringList out;
            for (const Patient& p : t.record->patients().search(query, -1)) {
                out << p.familyKana;
            }
            return out;
        };

        // The rotation has begun: searches still look up generation 1's tokens; a new row writes both.
        db.setColumnSeal(std::make_shared<ColumnSeal>(both, 2, 1));
        const Patient during = t.record->patients().create(patient(QStringLiteral("アオヤマ"), QDate(1961, 5, 6)));
        QCOMPARE(names(QStringLiteral("アオ")), (QStringList{QStringLiteral("アオキ"), QStringLiteral("アオヤマ")}));
        QCOMPARE(t.record->patients().search(QStringLiteral("1961-05-06")).size(), 1);

        // Switched to generation 2's tokens: the row saved meanwhile is found, the one from before not yet.
        db.setColumnSeal(std::make_shared<ColumnSeal>(both, 2, 2));
        QCOMPARE(names(QStringLiteral("アオ")), QStringList{QStringLiteral("アオヤマ")});
        QCOMPARE(t.record->patients().search(QStringLiteral("1961-05-06")).first().id, during.id);
        QVERIFY(t.record->patients().search(QStringLiteral("1950-03-04")).isEmpty());

        // Writing the earlier row's tokens anew (as the rotation's batches do, here through an edit) finds it again,
        // under generation 2 only: its generation 1 tokens are gone with the edit.
        before.address = QStringLiteral("東京都");
        before = t.record->patients().update(before, QStringLiteral("転居"));
        QCOMPARE(names(QStringLiteral("アオ")), (QStringList{QStringLiteral("アオキ"), QStringLiteral("アオヤマ")}));
        QCOMPARE(t.record->patients().search(QStringLiteral("1950-03-04")).first().id, before.id);
        db.setColumnSeal(std::make_shared<ColumnSeal>(*first));
        QCOMPARE(names(QStringLiteral("アオ")), QStringList{QStringLiteral("アオヤマ")});
    }
};

TSUMUGI_TEST_CLASS(TestKeyGenerations)
#include "test_key_generations.moc"
