#pragma once

#include <cstddef>

namespace tsumugi::fhir {

// How deeply a JSON text nests its arrays and objects, counted on the bytes before any parser sees them: a hostile
// file of 70,000 nested arrays is refused with a message instead of exhausting the stack of whatever walks it.
class JsonNesting {
public:
    // FHIR resources as the guides define them nest well under 30 levels; 128 leaves room for any real extension.
    static constexpr int MaxDepth = 128;

    // The deepest nesting of [ and { outside strings (stops counting once past limit).
    static int depth(const char* begin, const char* end, int limit = MaxDepth);
    static bool tooDeep(const char* begin, const char* end) { return depth(begin, end) > MaxDepth; }
};

} // namespace tsumugi::fhir
