#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tsumugi {

// A class of drugs a doctor records an allergy or contraindication against (ペニシリン系, NSAIDs, ヨード造影剤 …).
struct DrugClass {
    QString id;        // kept in the chart (allergies.code): never renamed
    QString name;      // the Japanese name kept in the chart and sent as the allergen's text
    const char* label; // the name in the user's language (tr source)
    QStringList aliases; // words by which a free-text allergy names the class ("ペニシリン", "アスピリン喘息")
    QStringList yjPrefixes;  // leading characters of the YJ code (4: 薬効分類; 7: one ingredient in its class)
    QStringList ingredients; // ingredient names (and brand names of drugs without generics) that put a drug in the
                             // class whatever its YJ code says: combinations, eye drops and topicals live elsewhere
};

// The drug classes a clinic meets, compiled in. The 薬効分類 in a YJ code's first 4 digits is not a drug class on
// its own (1149 holds loxoprofen beside tramadol and actarit, 1141 acetaminophen beside mefenamic acid), so a class
// is a few whole 薬効分類 that hold nothing else plus its ingredients by name, checked against every drug of the
// shipped 医薬品マスター by test_drug_classes.
class DrugClassCatalog {
    Q_DECLARE_TR_FUNCTIONS(DrugClassCatalog)
public:
    static const QList<DrugClass>& all();
    static const DrugClass* find(const QString& id);
    static QString label(const DrugClass& c);

    // The classes of a drug, given its YJ code (or 一般名コード; may be empty) and the names it is known by
    // (as nameKey gives them: the product, its 一般名, the other products of the same ingredient).
    static QStringList classesOf(const QString& yjCode, const QStringList& nameKeys);
    // The classes a free text names: its own name, or one of its aliases, appears in the text.
    static QStringList classesNamedIn(const QString& text);

    // A name compared the way a person reads it: width, kana script, spaces and letter case folded.
    static QString nameKey(const QString& text);
};

} // namespace tsumugi
