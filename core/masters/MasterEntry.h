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
};

QString masterKindToString(MasterKind kind);
std::optional<MasterKind> masterKindFromString(const QString& text);

} // namespace tsumugi
