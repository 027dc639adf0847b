#pragma once

#include <QString>
#include <QStringView>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tsumugi::fhir {

// Writes FHIR JSON straight to text, compact and UTF-8 as is, in the order the calls come (the order the
// profiles list the elements). The export path of a 300-result bundle builds no JSON tree: that tree's nodes,
// their allocations and frees cost several times the writing itself.
//
// FHIR has no empty elements and no empty strings, so the writer leaves them out by itself: a field with an
// empty value is not written, and an object or array closed with nothing in it is taken back whole, key
// included. Mappers can open a part and fill what they have without checking first.
class FhirWriter {
public:
    FhirWriter() = default;

    // Keys are element names from our code, written as they are (never escaped).
    // Containers. object()/array() without a key are array elements (or the top-level value); end() closes the
    // innermost one.
    FhirWriter& object();
    FhirWriter& object(std::string_view key);
    FhirWriter& array(std::string_view key);
    FhirWriter& end();
    // A member whose value comes next, written by the following object(), array element call or rawItem(): a
    // resource written by a mapper (as an element) into a Bundle entry's "resource".
    FhirWriter& key(std::string_view key);

    // Members of the open object. Empty strings and null pointers are left out.
    FhirWriter& field(std::string_view key, std::string_view value);
    FhirWriter& field(std::string_view key, const char* value);
    FhirWriter& field(std::string_view key, const std::string& value) { return field(key, std::string_view(value)); }
    // UTF-16 text (a QString, or a trimmed view of one: no copy), written as UTF-8.
    FhirWriter& field(std::string_view key, QStringView value);
    // Numbers: integers as they are; a decimal with its shortest exact form, and ".0" when that has no fraction
    // (FHIR decimals keep their written precision). A NaN or infinity is left out: FHIR has no such value.
    FhirWriter& number(std::string_view key, double value);
    FhirWriter& integer(std::string_view key, std::int64_t value);
    FhirWriter& boolean(std::string_view key, bool value);
    // An already serialised JSON value (a Patient written once for three bundles).
    FhirWriter& raw(std::string_view key, std::string_view json);

    // Elements of the open array.
    FhirWriter& item(std::string_view value);
    FhirWriter& item(const char* value) { return value ? item(std::string_view(value)) : *this; }
    FhirWriter& item(QStringView value);
    FhirWriter& rawItem(std::string_view json);

    // The text so far; complete once every container is closed.
    const std::string& text() const { return m_out; }
    std::string take();
    bool complete() const { return m_stack.empty() && !m_out.empty(); }
    void reserve(std::size_t bytes) { m_out.reserve(bytes); }

    // JSON string escaping as RFC 8259 asks: quote, backslash and control characters; everything else (UTF-8
    // included) as is.
    static void appendEscaped(std::string& out, std::string_view text);
    static void appendEscaped(std::string& out, QStringView text);

private:
    struct Frame {
        std::size_t start;   // where this container's text (with its comma and key) begins
        bool parentHadItems; // the parent's state before it, restored when an empty container is taken back
        bool hasItems;
        char close;
    };
    void beginMember(std::string_view key);
    char* growBy(std::size_t n); // n more bytes at the end, to be written through the pointer
    void beginItem();
    void open(char brace, char close, std::size_t start, bool parentHadItems);
    void openMember(std::string_view key, char brace, char close); // a keyed object or array

    std::string m_out;
    std::vector<Frame> m_stack;
    bool m_keyPending = false;  // key() was written; the next value is its value, not an array element
    std::size_t m_keyStart = 0; // where that member's text begins (taken back with an empty value)
    bool m_keyParentHad = false;
};

} // namespace tsumugi::fhir
