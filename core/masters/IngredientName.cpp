#include "core/masters/IngredientName.h"

#include <QRegularExpression>

namespace tsumugi {

QString IngredientName::fromProductName(const QString& productName) {
    QString name = productName.normalized(QString::NormalizationForm_KC).trimmed();
    name.remove(QStringLiteral("【般】"));
    // The name ends where the dosage form, a strength, a maker's 「」 or a 配合 begins.
    static const QRegularExpression tail(
        QStringLiteral("(錠|カプセル|細粒|顆粒|散|末|ドライシロップ|シロップ|内用液|点眼|点鼻|点耳|吸入|注|テープ|"
                       "パップ|軟膏|クリーム|ゲル|"
                       "ローション|スプレー|坐剤|液|配合|徐放|OD|[0-9０-９]|「| ).*$"));
    name.remove(tail);
    // Salts and hydrates are not what a patient reacts to.
    static const QRegularExpression salt(
        QStringLiteral("(水和物|塩酸塩|臭化水素酸塩|トシル酸塩|ナトリウム|カリウム|カルシウム|Na|K|Ca|・)+$"));
    name.remove(salt);
    return name.trimmed();
}

QString IngredientName::of(const QList<MasterEntry>& products) {
    // A generic is named by its ingredient (アモキシシリンカプセル２５０ｍｇ「日医工」), a 一般名処方 wording always:
    // those first, a brand's own name last.
    QString fromBrand;
    for (const MasterEntry& e : products) {
        if (!e.genericName.isEmpty()) {
            const QString n = fromProductName(e.genericName);
            if (n.size() >= 2) {
                return n;
            }
        }
    }
    for (const MasterEntry& e : products) {
        const QString n = fromProductName(e.name);
        if (n.size() < 2) {
            continue;
        }
        if (e.name.contains(QStringLiteral("「"))) {
            return n;
        }
        if (fromBrand.isEmpty()) {
            fromBrand = n;
        }
    }
    return fromBrand;
}

} // namespace tsumugi
