#include "core/masters/DrugClassCatalog.h"

#include "core/util/KanaNormalizer.h"

namespace tsumugi {

namespace {
QStringList words(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* w : list) {
        out << QString::fromUtf8(w);
    }
    return out;
}

QList<DrugClass> makeClasses() {
    // YJ prefixes and names checked against the 医薬品マスター of 2024-05-31 (test_drug_classes lists what each
    // class takes in and what it must leave out).
    QList<DrugClass> c;
    c.append(
        {QStringLiteral("penicillin"), QStringLiteral("ペニシリン系抗菌薬"),
         QT_TRANSLATE_NOOP("DrugClassCatalog", "Penicillins"), words({"ペニシリン", "PENICILLIN", "PCN"}),
         // 6131 ペニシリン系; 6139: amoxicillin–clavulanate, ampicillin–sulbactam, piperacillin–tazobactam
         words({"6131", "6139100", "6139504", "6139505"}),
         words({"アモキシシリン", "アンピシリン", "ピペラシリン", "ペニシリン", "スルタミシリン", "バカンピシリン",
                "クロキサシリン", "オーグメンチン", "クラバモックス", "サワシリン", "パセトシン", "ビクシリン",
                "ユナシン", "バイシリン", "ペングッド", "ラベキュア", "ラベファイン", "ボノサップ", "ボノピオン"})});
    c.append({QStringLiteral("cephem"), QStringLiteral("セフェム系抗菌薬"),
              QT_TRANSLATE_NOOP("DrugClassCatalog", "Cephems (cephalosporins)"),
              words({"セフェム", "セファロスポリン", "CEPHEM", "CEPHALOSPORIN"}),
              words({"6132", "6139500"}), // 6139500: cefoperazone–sulbactam
              words({"セファクロル",     "セファレキシン", "セフロキサジン", "セフロキシム",     "セフォチアム",
                     "セフジニル",       "セフジトレン",   "セフカペン",     "セフポドキシム",   "セフテラム",
                     "セフィキシム",     "セファゾリン",   "セフメタゾール", "セフトリアキソン", "セフタジジム",
                     "セフォペラゾン",   "セフェピム",     "セフォゾプラン", "セフォタキシム",   "セフミノクス",
                     "セフメノキシム",   "フロモキセフ",   "ラタモキセフ",   "セフトロザン",     "セフィデロコル",
                     "セファドロキシル", "セフチブテン",   "セフピロム",     "セフブペラゾン",   "セファロチン",
                     "ベストロン"})});
    c.append(
        {QStringLiteral("carbapenem"), QStringLiteral("カルバペネム系・ペネム系抗菌薬"),
         QT_TRANSLATE_NOOP("DrugClassCatalog", "Carbapenems and penems"),
         words({"カルバペネム", "ペネム", "CARBAPENEM"}),
         words({"6139001", "6139002", "6139400", "6139401", "6139402", "6139501", "6139503"}),
         words({"メロペネム", "イミペネム", "ドリペネム", "ビアペネム", "テビペネム", "パニペネム", "ファロペネム"})});
    c.append(
        {QStringLiteral("macrolide"),
         QStringLiteral("マクロライド系抗菌薬"),
         QT_TRANSLATE_NOOP("DrugClassCatalog", "Macrolides"),
         words({"マクロライド", "MACROLIDE"}),
         {},
         words({"クラリスロマイシン", "エリスロマイシン", "アジスロマイシン", "ロキシスロマイシン", "ジョサマイシン",
                "スピラマイシン", "フィダキソマイシン", "クラリス", "ジスロマック", "ルリッド", "エリスロシン"})});
    c.append({QStringLiteral("quinolone"), QStringLiteral("キノロン系抗菌薬"),
              QT_TRANSLATE_NOOP("DrugClassCatalog", "Quinolones"), words({"キノロン", "QUINOLONE"}),
              words({"6241"}), // ピリドンカルボン酸系
              words({"フロキサシン", "ナリジクス酸", "ピペミド酸", "ジェニナック", "ラスビック", "クラビット",
                     "グレースビット", "オゼックス", "タリビッド", "シプロキサン", "アベロックス"})});
    c.append({QStringLiteral("tetracycline"), QStringLiteral("テトラサイクリン系抗菌薬"),
              QT_TRANSLATE_NOOP("DrugClassCatalog", "Tetracyclines"), words({"テトラサイクリン", "TETRACYCLINE"}),
              words({"6152"}),
              words({"ミノサイクリン", "ドキシサイクリン", "テトラサイクリン", "チゲサイクリン", "ミノマイシン",
                     "ビブラマイシン", "アクロマイシン", "ペリオクリン"})});
    c.append({QStringLiteral("sulfonamide"), QStringLiteral("サルファ剤"),
              QT_TRANSLATE_NOOP("DrugClassCatalog", "Sulfonamides (サルファ剤)"),
              words({"サルファ", "スルホンアミド", "SULFA"}), words({"6290100", "6219"}),
              words({"スルファメトキサゾール", "サラゾスルファピリジン", "スルファジアジン", "バクタ", "ダイフェン",
                     "サラゾピリン", "アザルフィジン"})});
    c.append({QStringLiteral("nsaid"), QStringLiteral("非ステロイド性抗炎症薬（NSAIDs）"),
              QT_TRANSLATE_NOOP("DrugClassCatalog", "NSAIDs (non-steroidal anti-inflammatory drugs)"),
              words({"NSAID", "非ステロイド", "アスピリン喘息", "解熱鎮痛", "消炎鎮痛", "鎮痛剤", "鎮痛薬"}),
              // 1144 ピラゾロン系, 1145 インドール酢酸系, 1147 フェニル酢酸系 hold only NSAIDs; of 1141, 1148, 1149
              // and 1180 (cold remedies with salicylamide) the NSAID ingredients one by one.
              words({"1144",    "1145",    "1147",    "1141004", "1141005", "1148001", "1149007", "1149009",
                     "1149011", "1149017", "1149026", "1149027", "1149407", "1149500", "1149501", "1149108",
                     "1149109", "1149115", "1149116", "1180101", "1180105", "1180107", "1180108"}),
              words({"アスピリン",         "アセチルサリチル酸", "サリチル酸ナトリウム",
                     "サリチル酸NA",       "サリチルアミド",     "エテンザミド",
                     "イブプロフェン",     "ロキソプロフェン",   "ジクロフェナク",
                     "インドメタシン",     "ナプロキセン",       "ケトプロフェン",
                     "フルルビプロフェン", "セレコキシブ",       "メロキシカム",
                     "ロルノキシカム",     "エトドラク",         "ザルトプロフェン",
                     "メフェナム酸",       "フルフェナム酸",     "フェルビナク",
                     "アセメタシン",       "プログルメタシン",   "スリンダク",
                     "ピロキシカム",       "アンピロキシカム",   "プラノプロフェン",
                     "チアラミド",         "オキサプロジン",     "ナブメトン",
                     "モフェゾラク",       "アルミノプロフェン", "ブコローム",
                     "スルピリン",         "アンチピリン",       "ジフルニサル",
                     "ロキソニン",         "ボルタレン",         "セレコックス",
                     "モービック",         "ブルフェン",         "ポンタール",
                     "バファリン"})});
    c.append({QStringLiteral("pyrazolone"), QStringLiteral("ピリン系（ピラゾロン系）解熱鎮痛薬"),
              QT_TRANSLATE_NOOP("DrugClassCatalog", "Pyrazolones (ピリン系)"),
              words({"ピリン系", "ピラゾロン", "PYRAZOLONE"}),
              words({"1144", "1149108", "1149109", "1149115", "1149116"}),
              words({"スルピリン", "アンチピリン", "アミノピリン", "ミグレニン"})});
    c.append({QStringLiteral("iodine-contrast"), QStringLiteral("ヨード造影剤"),
              QT_TRANSLATE_NOOP("DrugClassCatalog", "Iodinated contrast media"),
              words({"ヨード造影", "ヨード", "ヨウ素", "IODINE"}), words({"7211", "7214", "7219"}),
              words({"イオパミドール", "イオヘキソール", "イオベルソール", "イオメプロール", "イオプロミド",
                     "イオジキサノール", "イオキシラン", "イオトロラン", "アミドトリゾ", "イオタラム", "イオキサグル",
                     "ガストログラフイン", "リピオドール"})});
    c.append({QStringLiteral("amide-local-anaesthetic"),
              QStringLiteral("局所麻酔薬（アミド型）"),
              QT_TRANSLATE_NOOP("DrugClassCatalog", "Local anaesthetics (amide type)"),
              words({"局所麻酔", "局麻", "アミド型"}),
              {},
              words({"リドカイン", "メピバカイン", "ブピバカイン", "ロピバカイン", "ジブカイン", "プロピトカイン",
                     "オキセサゼイン", "キシロカイン", "カルボカイン", "マーカイン", "アナペイン", "ポプスカイン",
                     "シタネスト"})});
    // Names are compared as nameKey folds them.
    for (DrugClass& d : c) {
        for (QString& a : d.aliases) {
            a = DrugClassCatalog::nameKey(a);
        }
        d.aliases.prepend(DrugClassCatalog::nameKey(d.name));
        for (QString& i : d.ingredients) {
            i = DrugClassCatalog::nameKey(i);
        }
    }
    return c;
}
} // namespace

QString DrugClassCatalog::nameKey(const QString& text) {
    return KanaNormalizer::normalize(text.normalized(QString::NormalizationForm_KC)).toUpper();
}

const QList<DrugClass>& DrugClassCatalog::all() {
    static const QList<DrugClass> classes = makeClasses();
    return classes;
}

const DrugClass* DrugClassCatalog::find(const QString& id) {
    for (const DrugClass& c : all()) {
        if (c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

QString DrugClassCatalog::label(const DrugClass& c) {
    return QCoreApplication::translate("DrugClassCatalog", c.label);
}

QStringList DrugClassCatalog::classesOf(const QString& yjCode, const QStringList& nameKeys) {
    QStringList out;
    for (const DrugClass& c : all()) {
        bool member = false;
        for (const QString& prefix : c.yjPrefixes) {
            member = member || (!yjCode.isEmpty() && yjCode.startsWith(prefix));
        }
        for (const QString& ingredient : c.ingredients) {
            for (const QString& name : nameKeys) {
                member = member || name.contains(ingredient);
            }
        }
        if (member) {
            out << c.id;
        }
    }
    return out;
}

QStringList DrugClassCatalog::classesNamedIn(const QString& text) {
    const QString key = nameKey(text);
    QStringList out;
    if (key.size() < 2) {
        return out;
    }
    for (const DrugClass& c : all()) {
        for (const QString& alias : c.aliases) {
            if (key.contains(alias)) {
                out << c.id;
                break;
            }
        }
    }
    return out;
}

} // namespace tsumugi
