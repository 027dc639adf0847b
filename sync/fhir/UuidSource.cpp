#include "sync/fhir/UuidSource.h"

#include <QUuid>

namespace tsumugi::fhir {

UuidSource::UuidSource()
    : m_rng(std::random_device{}()) {}

UuidSource::UuidSource(std::uint64_t seed)
    : m_rng(seed) {}

QString UuidSource::next() {
    const std::uint64_t hi = m_rng();
    const std::uint64_t lo = m_rng();
    unsigned char b[16];
    for (int i = 0; i < 8; ++i) {
        b[i] = static_cast<unsigned char>(hi >> (56 - 8 * i));
        b[8 + i] = static_cast<unsigned char>(lo >> (56 - 8 * i));
    }
    b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40); // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(b, 16)).toString(QUuid::WithoutBraces);
}

} // namespace tsumugi::fhir
