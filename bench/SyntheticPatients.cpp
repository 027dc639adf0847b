#include "SyntheticPatients.h"

namespace tsumugi::bench {

namespace {
struct Name {
    const char* kanji;
    const char* kana;
};
const Name Families[] = {
    {"佐藤", "サトウ"},   {"鈴木", "スズキ"},   {"高橋", "タカハシ"}, {"田中", "タナカ"},   {"伊藤", "イトウ"},
    {"渡辺", "ワタナベ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
    {"吉田", "ヨシダ"},   {"山田", "ヤマダ"},   {"佐々木", "ササキ"}, {"山口", "ヤマグチ"}, {"松本", "マツモト"},
    {"井上", "イノウエ"}, {"木村", "キムラ"},   {"林", "ハヤシ"},     {"斎藤", "サイトウ"}, {"清水", "シミズ"},
    {"山崎", "ヤマザキ"}, {"森", "モリ"},       {"池田", "イケダ"},   {"橋本", "ハシモト"}, {"阿部", "アベ"},
    {"石川", "イシカワ"}, {"山下", "ヤマシタ"}, {"中島", "ナカジマ"}, {"石井", "イシイ"},   {"小川", "オガワ"},
    {"前田", "マエダ"},   {"岡田", "オカダ"},   {"長谷川", "ハセガワ"}, {"藤田", "フジタ"}, {"後藤", "ゴトウ"},
    {"近藤", "コンドウ"}, {"村上", "ムラカミ"}, {"遠藤", "エンドウ"}, {"青木", "アオキ"},   {"坂本", "サカモト"},
};
const Name Givens[] = {
    {"太郎", "タロウ"}, {"花子", "ハナコ"}, {"翔", "ショウ"},     {"陽菜", "ヒナ"},     {"健", "ケン"},
    {"結衣", "ユイ"},   {"大輔", "ダイスケ"}, {"美咲", "ミサキ"}, {"誠", "マコト"},     {"さくら", "サクラ"},
    {"蓮", "レン"},     {"葵", "アオイ"},   {"隆", "タカシ"},     {"恵子", "ケイコ"},   {"浩", "ヒロシ"},
    {"直美", "ナオミ"}, {"悠真", "ユウマ"}, {"彩", "アヤ"},       {"修", "オサム"},     {"和子", "カズコ"},
};
} // namespace

SyntheticPatients::SyntheticPatients(quint32 seed)
    : m_rng(seed) {}

Patient SyntheticPatients::next() {
    const Name& f = Families[m_rng.bounded(int(std::size(Families)))];
    const Name& g = Givens[m_rng.bounded(int(std::size(Givens)))];
    Patient p;
    p.familyName = QString::fromUtf8(f.kanji);
    p.givenName = QString::fromUtf8(g.kanji);
    p.familyKana = QString::fromUtf8(f.kana);
    p.givenKana = QString::fromUtf8(g.kana);
    p.sex = m_rng.bounded(2) ? Sex::Male : Sex::Female;
    p.birthDate = QDate(1930, 1, 1).addDays(m_rng.bounded(33000));
    p.phone = QStringLiteral("090-%1-%2").arg(m_rng.bounded(10000), 4, 10, QLatin1Char('0')).arg(m_rng.bounded(10000), 4, 10, QLatin1Char('0'));
    p.address = QStringLiteral("東京都新宿区西新宿%1-%2").arg(m_rng.bounded(1, 9)).arg(m_rng.bounded(1, 30));
    p.insurance = {QStringLiteral("01130012"), QString::number(m_rng.bounded(1, 9999)),
                   QString::number(m_rng.bounded(1, 999999)), QStringLiteral("00")};
    return p;
}

QString SyntheticPatients::kanaPrefix() {
    return QString::fromUtf8(Families[m_rng.bounded(int(std::size(Families)))].kana).left(2);
}

} // namespace tsumugi::bench
