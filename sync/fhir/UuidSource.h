#pragma once

#include <QString>
#include <cstdint>
#include <optional>
#include <random>

namespace tsumugi::fhir {

// Version-4 UUIDs for urn:uuid full URLs: random for real sends, reproducible from a seed in tests.
class UuidSource {
public:
    UuidSource();
    explicit UuidSource(std::uint64_t seed);

    QString next();
    QString nextUrn() { return QStringLiteral("urn:uuid:") + next(); }

private:
    std::mt19937_64 m_rng;
};

} // namespace tsumugi::fhir
