#pragma once

#include "core/sharing/SharedSummary.h"

#include <QByteArray>
#include <optional>

namespace tsumugi::sync {

// Reads a pulled summary Bundle (sim/README §7) into the items the read-only panel shows: the section each
// belongs to, its source (institution number of a shared item, hospital or pharmacy name of the history), date,
// a title and a detail line. Withheld sections come from the Bundle's meta tags.
class SharedSummaryReader {
public:
    // std::nullopt when the bytes are not a summary Bundle.
    static std::optional<SharedSummary> read(const QByteArray& bundleJson);
};

} // namespace tsumugi::sync
