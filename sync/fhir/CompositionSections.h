#pragma once

#include "sync/fhir/FhirJson.h"

#include <QString>
#include <QStringList>

namespace tsumugi::fhir {

// Composition.section as the two JP-CLINS documents write it: the section code from
// http://jpfhir.jp/fhir/clins/CodeSystem/document-section with its display, a title, an XHTML narrative of what
// the doctor wrote, and references to the entries. FHIR (cmp-1) wants text, entries or sub-sections in every
// section, so a section without entries always carries its text.
class CompositionSections {
public:
    static Json reference(const QString& fullUrl, const char* type, const char* display = nullptr);
    // Code "950" → {"system": document-section, "code": "950", "display": "紹介目的セクション"}.
    static Json code(const char* sectionCode);
    // A section; narrative may be empty when there are entries (or sub-sections, added by the caller).
    static Json section(const char* sectionCode, const QString& title, const QString& narrative,
                        Json entries = Json::array());
    // <div xmlns="http://www.w3.org/1999/xhtml">…</div>, escaped, line breaks as <br/>.
    static std::string narrative(const QString& text);
    static QString escape(const QString& text);
    static QString displayOf(const char* sectionCode);
    // The referral's rule since 1.10: a section with text only (no entry, no sub-section) says so with emptyReason
    // "unavailable". Applied to the sections given and, through them, to their sub-sections.
    static void markTextOnly(Json& sections);
};

} // namespace tsumugi::fhir
