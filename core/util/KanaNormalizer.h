#pragma once

#include <QString>

namespace tsumugi {

// Folds the ways a clerk may type a reading into one searchable form:
// hiragana → katakana, half-width katakana → full-width, full-width ASCII → ASCII, spaces removed.
class KanaNormalizer {
public:
    static QString normalize(const QString& text);
    // True when the text is a reading: kana (either script, either width), long vowel mark, spaces.
    static bool isKana(const QString& text);
};

} // namespace tsumugi
