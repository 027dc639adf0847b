#include "core/util/KanaNormalizer.h"

namespace tsumugi {

namespace {
constexpr char16_t HiraganaFirst = 0x3041;
constexpr char16_t HiraganaLast = 0x3096;
constexpr char16_t HiraganaToKatakana = 0x60;

bool isSpace(QChar c) {
    return c.isSpace() || c.unicode() == 0x3000;
}
} // namespace

QString KanaNormalizer::normalize(const QString& text) {
    // NFKC joins half-width katakana with their voicing marks and widens them, and narrows full-width ASCII.
    const QString compatible = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(compatible.size());
    for (QChar c : compatible) {
        if (isSpace(c)) {
            continue;
        }
        const char16_t u = c.unicode();
        if (u >= HiraganaFirst && u <= HiraganaLast) {
            out.append(QChar(char16_t(u + HiraganaToKatakana)));
        } else {
            out.append(c.toUpper());
        }
    }
    return out;
}

bool KanaNormalizer::isKana(const QString& text) {
    const QString n = normalize(text);
    if (n.isEmpty()) {
        return false;
    }
    for (QChar c : n) {
        const char16_t u = c.unicode();
        const bool katakana = (u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC || u == 0x30FB || u == 0x30FD || u == 0x30FE;
        if (!katakana) {
            return false;
        }
    }
    return true;
}

} // namespace tsumugi
