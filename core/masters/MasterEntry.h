#pragma once

#include <QString>
#include <optional>

namespace tsumugi {

// The masters the chart picks codes from.
enum class MasterKind {
    Disease, // レセ電 傷病名マスター (b_*.txt): code = 傷病名コード, medisCode = 病名管理番号, icd10
    Modifier, // レセ電 修飾語マスター (z_*.txt): code = 修飾語コード, category = 修飾語区分
    Drug, // レセ電 医薬品マスター (y_*.txt): code = 医薬品コード, yjCode = 薬価基準収載医薬品コード, unit
    Jfagy, // J-FAGY allergen master: code = J-FAGY code, category = food / environment / medicine
    Jlac,  // JLAC10/11 codes of the JP-CLINS core lab and infection value sets: groupCode = the set's item
    GenericDrug, // 一般名処方マスター, read from the y_ file: code = 一般名コード, name = 【般】 standard wording
};

// One row of a master, whatever its kind; the fields a kind does not have stay empty.
struct MasterEntry {
    MasterKind kind = MasterKind::Disease;
    QString code;
    QString name;
    QString kana;
    QString medisCode;
    QString icd10;
    QString yjCode;
    QString genericName;
    QString unit;
    QString groupCode;
    QString category;
    QString detail; // kind-specific extras (compact JSON)
    // Last day the code may be chosen for a new entry (yyyyMMdd: 廃止年月日 or 経過措置年月日); empty = no end.
    // An ended code stays in the master so old charts still read it.
    QString validUntil;
    QString successor; // 移行先コード: the code to offer instead once this one has ended
    QString replaces;  // set by search when this entry is offered in place of an ended code
    int priority = 0;  // how common the name is in a general clinic (higher first; 0 = no opinion)

    bool isOffered(const QString& todayYmd) const { return validUntil.isEmpty() || validUntil >= todayYmd; }
};

QString masterKindToString(MasterKind kind);
std::optional<MasterKind> masterKindFromString(const QString& text);

} // namespace tsumugi
