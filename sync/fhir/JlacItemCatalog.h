#pragma once

#include <QString>
#include <optional>
#include <string>

namespace tsumugi::fhir {

// The JP-CLINS core lab ("43 items") and infection items: which CodeSystem slice a JLAC10/11 code of an item
// goes in, and the display the profile fixes for it. Items not listed are not part of the 5 情報 labs.
class JlacItemCatalog {
public:
    struct Item {
        std::string system;  // UTF-8, as written in a coding
        std::string display; // UTF-8, the slice's fixed display
        bool infection = false;
    };
    // itemKey: the value-set item a result belongs to (LabResult::itemKey, e.g. ALT or HBs-AG-RESULT). The
    // catalogue's own entry (it lives as long as the program), or nullptr when the item is not listed.
    static const Item* find(bool jlac11, const QString& itemKey);
    // The reverse, for received results: the item whose slice (system) fixes this display; nullopt when none.
    static std::optional<QString> itemKeyOf(const QString& system, const QString& display);
};

} // namespace tsumugi::fhir
