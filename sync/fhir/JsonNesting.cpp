#include "sync/fhir/JsonNesting.h"

namespace tsumugi::fhir {

int JsonNesting::depth(const char* begin, const char* end, int limit) {
    int current = 0;
    int deepest = 0;
    bool inString = false;
    for (const char* p = begin; p != end; ++p) {
        const char c = *p;
        if (inString) {
            if (c == '\\') {
                if (p + 1 != end) {
                    ++p; // an escaped quote or backslash does not end the string
                }
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++current > deepest) {
                deepest = current;
                if (deepest > limit) {
                    return deepest;
                }
            }
        } else if ((c == ']' || c == '}') && current > 0) {
            --current;
        }
    }
    return deepest;
}

} // namespace tsumugi::fhir
