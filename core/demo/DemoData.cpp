#include "core/demo/DemoData.h"

#include "core/db/Transaction.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ClinicRecord.h"

namespace tsumugi {

int DemoData::fill(ClinicRecord& record) {
    if (record.patients().count() > 0) {
        return 0;
    }
    struct Row {
        const char* family;
        const char* given;
        const char* familyKana;
        const char* givenKana;
        Sex sex;
        QDate birth;
        const char* postal;
        const char* address;
        const char* phone;
        Insurance insurance;
        bool onReceptionToday;
    };
    const Row rows[] = {
        {"山田",
         "太郎",
         "ヤマダ",
         "タロウ",
         Sex::Male,
         QDate(1975, 4, 12),
         "160-0023",
         "東京都新宿区西新宿1-1-1",
         "03-1234-5678",
         {"01130012", "1234", "567", "00"},
         true},
        {"佐藤",
         "花子",
         "サトウ",
         "ハナコ",
         Sex::Female,
         QDate(1948, 11, 3),
         "164-0001",
         "東京都中野区中野2-3-4",
         "03-2345-6789",
         {"39131016", "", "00012345", ""},
         true},
        {"鈴木",
         "一郎",
         "スズキ",
         "イチロウ",
         Sex::Male,
         QDate(1990, 1, 20),
         "166-0002",
         "東京都杉並区高円寺北3-5-6",
         "090-1111-2222",
         {"06139992", "88", "1001", "01"},
         false},
        {"高橋",
         "美咲",
         "タカハシ",
         "ミサキ",
         Sex::Female,
         QDate(2015, 7, 7),
         "160-0022",
         "東京都新宿区新宿6-7-8",
         "03-3456-7890",
         {"138040", "12-34", "5678", "03"},
         true},
        {"田中",
         "健",
         "タナカ",
         "ケン",
         Sex::Male,
         QDate(1962, 2, 28),
         "169-0075",
         "東京都新宿区高田馬場4-9-10",
         "080-3333-4444",
         {"31130016", "7", "42", "00"},
         false},
        {"伊藤",
         "さくら",
         "イトウ",
         "サクラ",
         Sex::Female,
         QDate(1985, 3, 3),
         "151-0053",
         "東京都渋谷区代々木5-11-12",
         "070-5555-6666",
         {"01130012", "1234", "890", "00"},
         false},
    };
    Transaction tx(record.db());
    int added = 0;
    for (const Row& r : rows) {
        Patient p;
        p.familyName = QString::fromUtf8(r.family);
        p.givenName = QString::fromUtf8(r.given);
        p.familyKana = QString::fromUtf8(r.familyKana);
        p.givenKana = QString::fromUtf8(r.givenKana);
        p.sex = r.sex;
        p.birthDate = r.birth;
        p.postalCode = QString::fromUtf8(r.postal);
        p.address = QString::fromUtf8(r.address);
        p.phone = QString::fromUtf8(r.phone);
        p.insurance = r.insurance;
        const Patient saved = record.patients().create(p);
        if (r.onReceptionToday) {
            record.reception().add(saved.id);
        }
        ++added;
    }
    tx.commit();
    return added;
}

} // namespace tsumugi
