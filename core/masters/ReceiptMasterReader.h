#pragma once

#include "core/masters/MasterEntry.h"

#include <QCoreApplication>
#include <QList>

namespace tsumugi {

// Reads the レセプト電算処理システム 基本マスター files as the 社会保険診療報酬支払基金 publishes them
// (CSV without header, every field quoted, Shift_JIS, half-width kana). Column numbers (1-based) follow the
// 「マスターファイル仕様説明書」 record layouts:
//   傷病名マスター b_*.txt (46 fields): 1 変更区分, 2 マスター種別 (B), 3 傷病名コード (7), 4 移行先コード,
//     6 基本名称, 8 省略名称, 10 カナ名称, 11 病名管理番号 (8), 12 採択区分, 13 病名交換用コード,
//     16 ICD-10-1 (2013), 17 ICD-10-2 (2013), 22 収載年月日, 23 変更年月日, 24 廃止年月日.
//   修飾語マスター z_*.txt (19 fields): 1 変更区分, 2 マスター種別 (Z), 3 修飾語コード (4), 7 修飾語名称,
//     10 カナ名称, 14 収載年月日, 15 変更年月日, 16 廃止年月日, 17 修飾語管理番号, 18 修飾語交換用コード,
//     19 修飾語区分.
//   医薬品マスター y_*.csv (40 fields; 42 since the 2024–25 layout, the two new ones at the end): 1 変更区分,
//     2 マスター種別 (Y), 3 医薬品コード (9), 5 漢字名称, 7 カナ名称, 8 単位コード, 10 単位漢字名称,
//     12 新又は現金額, 14 麻薬・毒薬・覚醒剤原料・向精神薬, 17 後発品, 28 剤形, 30 変更年月日, 31 廃止年月日,
//     32 薬価基準収載医薬品コード (YJ), 34 経過措置年月日, 35 基本漢字名称, 37 一般名コード,
//     38 一般名処方の標準的な記載, 39 一般名処方加算対象区分.
// 変更区分: 0 変更なし, 3 新規, 5 変更 (and 2 on two current b_ rows of 2024-06, read as current); 1 抹消 and
// 9 廃止 end the code. An ended code is kept (old charts must still read it) with the day it ended.
class ReceiptMasterReader {
    Q_DECLARE_TR_FUNCTIONS(ReceiptMasterReader)
public:
    struct Result {
        QList<MasterEntry> entries; // every row, ended ones with validUntil set
        int ended = 0;              // rows already ended on todayYmd
    };
    static Result readDiseases(const QByteArray& bytes, const QString& todayYmd);
    static Result readModifiers(const QByteArray& bytes, const QString& todayYmd);
    // Drugs, and the 一般名 entries (kind GenericDrug) they name, one per 一般名コード, after the drugs.
    static Result readDrugs(const QByteArray& bytes, const QString& todayYmd);
    static Result read(MasterKind kind, const QByteArray& bytes, const QString& todayYmd);
};

} // namespace tsumugi
