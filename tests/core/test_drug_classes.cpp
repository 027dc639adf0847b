#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/masters/DrugClassCatalog.h"
#include "core/masters/IngredientName.h"
#include "core/masters/MasterCatalog.h"

#include <QMap>
#include <QTest>

using namespace tsumugi;
using tsumugi::test::TempRecord;

// The drug classes against every drug of the shipped 医薬品マスター: what each class takes in, and what it must leave
// out (a class that catches syringes or tramadol warns so often that doctors stop reading its warnings).
class TestDrugClasses : public QObject {
    Q_OBJECT
    std::unique_ptr<TempRecord> t;
    QMap<QString, QStringList> namesByIngredient; // YJ first 7 characters → every name of its products
    QMap<QString, QStringList> classesByIngredient;

    QStringList classesOf(const QString& ingredient) const { return classesByIngredient.value(ingredient); }
    QStringList membersOf(const QString& classId) const {
        QStringList out;
        for (auto it = classesByIngredient.begin(); it != classesByIngredient.end(); ++it) {
            if (it.value().contains(classId)) {
                out << it.key();
            }
        }
        return out;
    }

private slots:
    void initTestCase() {
        t = std::make_unique<TempRecord>();
        QVERIFY(t->record->masters().count(MasterKind::Drug) > 15000); // fills the shipped master
        Statement st(t->record->db(),
                     "SELECT yj_code, name, generic_name FROM master_entries WHERE kind = 'drug' AND yj_code <> '';");
        while (st.step()) {
            const QString ingredient = st.text(0).left(7);
            namesByIngredient[ingredient] << DrugClassCatalog::nameKey(st.text(1));
            if (!st.text(2).isEmpty()) {
                namesByIngredient[ingredient] << DrugClassCatalog::nameKey(st.text(2));
            }
        }
        for (auto it = namesByIngredient.begin(); it != namesByIngredient.end(); ++it) {
            classesByIngredient[it.key()] = DrugClassCatalog::classesOf(it.key(), it.value());
        }
        QVERIFY(namesByIngredient.size() > 2000);
    }

    void everyClassHasANameAndMembers() {
        QStringList ids;
        for (const DrugClass& c : DrugClassCatalog::all()) {
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids << c.id;
            QVERIFY(!c.name.isEmpty());
            QVERIFY2(!membersOf(c.id).isEmpty(), qPrintable(c.id));
            QCOMPARE(DrugClassCatalog::find(c.id), &c);
        }
        QVERIFY(ids.size() >= 10);
        QVERIFY(!DrugClassCatalog::find(QStringLiteral("no-such-class")));
    }

    void antibioticClassesHoldTheirDrugsAndNothingElse() {
        // amoxicillin, ampicillin, amoxicillin–clavulanate, penicillin G, the H. pylori packs
        for (const char* member : {"6131001", "6131002", "6139100", "6111400", "6199104"}) {
            QVERIFY2(classesOf(QString::fromLatin1(member)).contains(QStringLiteral("penicillin")), member);
        }
        // cefcapene, cefdinir, cefditoren
        for (const char* member : {"6132016", "6132013", "6132015"}) {
            QVERIFY2(classesOf(QString::fromLatin1(member)).contains(QStringLiteral("cephem")), member);
        }
        QVERIFY(classesOf(QStringLiteral("6149003")).contains(QStringLiteral("macrolide"))); // clarithromycin
        QVERIFY(classesOf(QStringLiteral("1319742")).contains(QStringLiteral("quinolone"))); // levofloxacin eye drops
        // Every penicillin and cephem is an antibiotic or a pack holding one: no syringe, no contrast medium.
        for (const char* id : {"penicillin", "cephem", "carbapenem", "macrolide", "quinolone"}) {
            for (const QString& ingredient : membersOf(QString::fromLatin1(id))) {
                QVERIFY2(ingredient.startsWith(QStringLiteral("61")) || ingredient.startsWith(QStringLiteral("62")) ||
                             ingredient.startsWith(QStringLiteral("64")) ||
                             ingredient.startsWith(QStringLiteral("13")) || ingredient.startsWith(QStringLiteral("26")),
                         qPrintable(QStringLiteral("%1 in %2: %3")
                                        .arg(ingredient, QString::fromLatin1(id),
                                             namesByIngredient.value(ingredient).value(0))));
            }
        }
        // clarithromycin is no penicillin, amoxicillin no cephem
        QVERIFY(!classesOf(QStringLiteral("6149003")).contains(QStringLiteral("penicillin")));
        QVERIFY(!classesOf(QStringLiteral("6131001")).contains(QStringLiteral("cephem")));
    }

    void nsaidsAreNotEveryAnalgesic() {
        // ibuprofen, loxoprofen (tablet and tape), celecoxib, diclofenac, aspirin (also low-dose), mefenamic acid,
        // PL配合顆粒 (salicylamide)
        for (const char* member :
             {"1149001", "1149019", "2649735", "1149037", "1147002", "1143001", "3399007", "1141005", "1180107"}) {
            QVERIFY2(classesOf(QString::fromLatin1(member)).contains(QStringLiteral("nsaid")), member);
        }
        // acetaminophen, tramadol, tramadol–acetaminophen, buprenorphine, actarit, ノイロトロピン are not NSAIDs
        for (const char* other : {"1141007", "1149038", "1149117", "1149403", "1149031", "1149023", "7212010"}) {
            QVERIFY2(namesByIngredient.contains(QString::fromLatin1(other)), other); // a drug the master has
            QVERIFY2(!classesOf(QString::fromLatin1(other)).contains(QStringLiteral("nsaid")), other);
        }
        QVERIFY(classesOf(QStringLiteral("1149116")).contains(QStringLiteral("pyrazolone")));  // SG配合顆粒
        QVERIFY(!classesOf(QStringLiteral("1143001")).contains(QStringLiteral("pyrazolone"))); // aspirin is no ピリン
        QVERIFY(classesOf(QStringLiteral("7219412")).contains(QStringLiteral("iodine-contrast")));  // iopamidol
        QVERIFY(!classesOf(QStringLiteral("7212010")).contains(QStringLiteral("iodine-contrast"))); // barium
    }

    void ingredientNamedFromItsProducts() {
        MasterCatalog& masters = t->record->masters();
        QCOMPARE(IngredientName::of(masters.drugsByYj(QStringLiteral("6131001M2300"))),
                 QStringLiteral("アモキシシリン"));
        QCOMPARE(IngredientName::of(masters.drugsByYj(QStringLiteral("1149019F1560"))),
                 QStringLiteral("ロキソプロフェン"));
        QCOMPARE(IngredientName::of(masters.drugsByYj(QStringLiteral("6149003F2038"))),
                 QStringLiteral("クラリスロマイシン"));
        QCOMPARE(IngredientName::fromProductName(QStringLiteral("【般】アンピシリン・クロキサシリンＮａ配合錠")),
                 QStringLiteral("アンピシリン・クロキサシリン"));
        QVERIFY(IngredientName::of({}).isEmpty());
    }
    void freeTextNamesAClass() {
        QCOMPARE(DrugClassCatalog::classesNamedIn(QStringLiteral("ペニシリン")), QStringList{"penicillin"});
        QCOMPARE(DrugClassCatalog::classesNamedIn(QStringLiteral("ぺにしりん系")), QStringList{"penicillin"});
        QCOMPARE(DrugClassCatalog::classesNamedIn(QStringLiteral("セフェム系抗生剤")), QStringList{"cephem"});
        QCOMPARE(DrugClassCatalog::classesNamedIn(QStringLiteral("アスピリン喘息")), QStringList{"nsaid"});
        QCOMPARE(DrugClassCatalog::classesNamedIn(QStringLiteral("ｎｓａｉｄｓ")), QStringList{"nsaid"});
        QCOMPARE(DrugClassCatalog::classesNamedIn(QStringLiteral("ピリン系")), QStringList{"pyrazolone"});
        QVERIFY(
            DrugClassCatalog::classesNamedIn(QStringLiteral("アスピリン")).isEmpty()); // an ingredient, not ピリン系
        QVERIFY(DrugClassCatalog::classesNamedIn(QStringLiteral("そば")).isEmpty());
        QVERIFY(DrugClassCatalog::classesNamedIn(QStringLiteral("ペ")).isEmpty());
    }
};

TSUMUGI_TEST_CLASS(TestDrugClasses)
#include "test_drug_classes.moc"
