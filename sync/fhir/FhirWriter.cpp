#include "sync/fhir/FhirWriter.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace tsumugi::fhir {

namespace {
constexpr char Hex[] = "0123456789abcdef";

void appendEscape(std::string& out, unsigned char c) {
    switch (c) {
    case '"':
        out += "\\\"";
        break;
    case '\\':
        out += "\\\\";
        break;
    case '\b':
        out += "\\b";
        break;
    case '\f':
        out += "\\f";
        break;
    case '\n':
        out += "\\n";
        break;
    case '\r':
        out += "\\r";
        break;
    case '\t':
        out += "\\t";
        break;
    default:
        out += "\\u00";
        out += Hex[c >> 4];
        out += Hex[c & 0x0f];
        break;
    }
}

bool needsEscape(unsigned char c) {
    return c < 0x20 || c == '"' || c == '\\';
}

// Whether any of 8 bytes is a control character, a quote or a backslash (bit tricks: one test per 8 bytes, as
// almost all text of a bundle needs no escape at all).
bool anyNeedsEscape(std::uint64_t v) {
    constexpr std::uint64_t Ones = 0x0101010101010101ULL;
    constexpr std::uint64_t Highs = 0x8080808080808080ULL;
    const auto hasZero = [](std::uint64_t x) { return ((x - Ones) & ~x & Highs) != 0; };
    const bool control = ((v - Ones * 0x20) & ~v & Highs) != 0;
    return control || hasZero(v ^ (Ones * '"')) || hasZero(v ^ (Ones * '\\'));
}
} // namespace

void FhirWriter::appendEscaped(std::string& out, std::string_view text) {
    std::size_t run = 0; // start of the stretch copied as is
    std::size_t i = 0;
    while (i < text.size()) {
        if (i + 8 <= text.size()) {
            std::uint64_t v;
            std::memcpy(&v, text.data() + i, 8);
            if (!anyNeedsEscape(v)) {
                i += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (needsEscape(c)) {
            out.append(text.data() + run, i - run);
            appendEscape(out, c);
            run = i + 1;
        }
        ++i;
    }
    out.append(text.data() + run, text.size() - run);
}

void FhirWriter::appendEscaped(std::string& out, QStringView text) {
    // UTF-16 to UTF-8 and escaping in one pass, with no intermediate QByteArray, into room made first (at most
    // 6 bytes a unit: a \u00XX escape). A lone surrogate becomes U+FFFD, the replacement character: the output
    // is always valid UTF-8.
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    const std::size_t start = out.size();
    out.resize(start + std::size_t(n) * 6);
    char* o = out.data() + start;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (c < 0x80) {
            if (!needsEscape(static_cast<unsigned char>(c))) {
                *o++ = char(c);
                continue;
            }
            // Rare: escape through a small string, then copy.
            std::string e;
            appendEscape(e, static_cast<unsigned char>(c));
            std::memcpy(o, e.data(), e.size());
            o += e.size();
            continue;
        }
        if (c < 0x800) {
            *o++ = char(0xc0 | (c >> 6));
            *o++ = char(0x80 | (c & 0x3f));
            continue;
        }
        if (c >= 0xd800 && c <= 0xdfff) {
            if (c <= 0xdbff && i + 1 < n && p[i + 1] >= 0xdc00 && p[i + 1] <= 0xdfff) {
                c = 0x10000 + ((c - 0xd800) << 10) + (p[i + 1] - 0xdc00);
                ++i;
                *o++ = char(0xf0 | (c >> 18));
                *o++ = char(0x80 | ((c >> 12) & 0x3f));
                *o++ = char(0x80 | ((c >> 6) & 0x3f));
                *o++ = char(0x80 | (c & 0x3f));
                continue;
            }
            c = 0xfffd;
        }
        *o++ = char(0xe0 | (c >> 12));
        *o++ = char(0x80 | ((c >> 6) & 0x3f));
        *o++ = char(0x80 | (c & 0x3f));
    }
    out.resize(std::size_t(o - out.data()));
}

void FhirWriter::beginMember(std::string_view key) {
    if (m_keyPending) {
        throw std::logic_error("FhirWriter: key() waits for its value");
    }
    if (m_stack.empty() || m_stack.back().close != '}') {
        throw std::logic_error("FhirWriter: a member needs an open object");
    }
    Frame& top = m_stack.back();
    // Keys are element names written in our code ("resourceType", "valueQuantity"): nothing to escape.
    char* o = growBy((top.hasItems ? 1 : 0) + key.size() + 3);
    if (top.hasItems) {
        *o++ = ',';
    }
    top.hasItems = true;
    *o++ = '"';
    std::memcpy(o, key.data(), key.size());
    o += key.size();
    *o++ = '"';
    *o = ':';
}

char* FhirWriter::growBy(std::size_t n) {
    const std::size_t at = m_out.size();
    m_out.resize(at + n);
    return m_out.data() + at;
}

void FhirWriter::beginItem() {
    if (m_keyPending) {
        m_keyPending = false;
        return;
    }
    if (m_stack.empty()) {
        if (!m_out.empty()) {
            throw std::logic_error("FhirWriter: one top-level value only");
        }
        return;
    }
    Frame& top = m_stack.back();
    if (top.close != ']') {
        throw std::logic_error("FhirWriter: an element needs an open array");
    }
    if (top.hasItems) {
        m_out += ',';
    }
    top.hasItems = true;
}

void FhirWriter::open(char brace, char close, std::size_t start, bool parentHadItems) {
    m_out += brace;
    m_stack.push_back({start, parentHadItems, false, close});
}

FhirWriter& FhirWriter::key(std::string_view key) {
    const std::size_t start = m_out.size();
    const bool had = !m_stack.empty() && m_stack.back().hasItems;
    beginMember(key);
    m_keyPending = true;
    m_keyStart = start;
    m_keyParentHad = had;
    return *this;
}

FhirWriter& FhirWriter::object() {
    const bool keyed = m_keyPending;
    const std::size_t start = keyed ? m_keyStart : m_out.size();
    const bool had = keyed ? m_keyParentHad : !m_stack.empty() && m_stack.back().hasItems;
    beginItem();
    open('{', '}', start, had);
    return *this;
}

FhirWriter& FhirWriter::object(std::string_view key) {
    openMember(key, '{', '}');
    return *this;
}

FhirWriter& FhirWriter::array(std::string_view key) {
    openMember(key, '[', ']');
    return *this;
}

void FhirWriter::openMember(std::string_view key, char brace, char close) {
    // Where the member begins (its comma included) and whether the parent had items: an empty container is taken
    // back to exactly that point by end().
    const std::size_t start = m_out.size();
    const bool had = !m_stack.empty() && m_stack.back().hasItems;
    beginMember(key);
    open(brace, close, start, had);
}

FhirWriter& FhirWriter::end() {
    if (m_stack.empty() || m_keyPending) {
        throw std::logic_error("FhirWriter: end() without an open object or array");
    }
    const Frame top = m_stack.back();
    m_stack.pop_back();
    if (!top.hasItems) {
        // Empty: take it back with its comma and key, as if it had never been opened.
        m_out.resize(top.start);
        if (!m_stack.empty()) {
            m_stack.back().hasItems = top.parentHadItems;
        }
        return *this;
    }
    m_out += top.close;
    return *this;
}

FhirWriter& FhirWriter::field(std::string_view key, std::string_view value) {
    if (value.empty()) {
        return *this;
    }
    beginMember(key);
    m_out += '"';
    appendEscaped(m_out, value);
    m_out += '"';
    return *this;
}

FhirWriter& FhirWriter::field(std::string_view key, const char* value) {
    return value ? field(key, std::string_view(value)) : *this;
}

FhirWriter& FhirWriter::field(std::string_view key, QStringView value) {
    if (value.isEmpty()) {
        return *this;
    }
    beginMember(key);
    m_out += '"';
    appendEscaped(m_out, value);
    m_out += '"';
    return *this;
}

FhirWriter& FhirWriter::number(std::string_view key, double value) {
    if (!std::isfinite(value)) {
        return *this;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    std::string_view text(buf, std::size_t(r.ptr - buf));
    beginMember(key);
    m_out += text;
    if (text.find_first_of(".e") == std::string_view::npos) {
        m_out += ".0";
    }
    return *this;
}

FhirWriter& FhirWriter::integer(std::string_view key, std::int64_t value) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    beginMember(key);
    m_out.append(buf, std::size_t(r.ptr - buf));
    return *this;
}

FhirWriter& FhirWriter::boolean(std::string_view key, bool value) {
    beginMember(key);
    m_out += value ? "true" : "false";
    return *this;
}

FhirWriter& FhirWriter::raw(std::string_view key, std::string_view json) {
    if (json.empty()) {
        return *this;
    }
    beginMember(key);
    m_out += json;
    return *this;
}

FhirWriter& FhirWriter::item(std::string_view value) {
    if (value.empty()) {
        return *this;
    }
    beginItem();
    m_out += '"';
    appendEscaped(m_out, value);
    m_out += '"';
    return *this;
}

FhirWriter& FhirWriter::item(QStringView value) {
    if (value.isEmpty()) {
        return *this;
    }
    beginItem();
    m_out += '"';
    appendEscaped(m_out, value);
    m_out += '"';
    return *this;
}

FhirWriter& FhirWriter::rawItem(std::string_view json) {
    if (json.empty()) {
        return *this;
    }
    beginItem();
    m_out += json;
    return *this;
}

std::string FhirWriter::take() {
    if (!m_stack.empty() || m_keyPending) {
        throw std::logic_error("FhirWriter: take() with an object or array still open");
    }
    std::string out;
    out.swap(m_out);
    return out;
}

} // namespace tsumugi::fhir
