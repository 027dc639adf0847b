#pragma once

#include <QString>
#include <span>

namespace tsumugi {

// The names a general clinic writes every day, so that a new record ranks them first before it has learnt
// anything from its own charts (こうけつ → 高血圧症 before 硬結). Chosen by us from the leading outpatient
// diagnoses of the MHLW 患者調査 and everyday primary care; the codes are レセ電 傷病名コード, and a test checks
// every one against the official b_ master (same code, same name, not ended).
class CommonDiseases {
public:
    struct Entry {
        const char16_t* code;
        const char16_t* name;
    };
    static std::span<const Entry> all();
    // Higher for names earlier in the list; 0 for a code not in it.
    static int priorityOf(const QString& code);
};

} // namespace tsumugi
