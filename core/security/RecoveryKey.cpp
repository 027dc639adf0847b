#include "core/security/RecoveryKey.h"

#include "core/security/SecureBytes.h"

#include <cstring>

namespace tsumugi {

namespace {
const char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int Characters = 32; // 32 × 5 bits = 160 bits
constexpr int Group = 4;

QString grouped(const QString& plain) {
    QString out;
    for (int i = 0; i < plain.size(); ++i) {
        if (i > 0 && i % Group == 0) {
            out += QLatin1Char('-');
        }
        out += plain.at(i);
    }
    return out;
}
} // namespace

QString RecoveryKey::generate() {
    const SecureBytes random = SecureBytes::random(Characters * 5 / 8);
    QString plain;
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < random.size(); ++i) {
        buffer = (buffer << 8) | random.data()[i];
        bits += 8;
        while (bits >= 5) {
            plain += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    return grouped(plain);
}

std::optional<QString> RecoveryKey::normalise(const QString& typed) {
    QString plain;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-')) {
            continue;
        }
        c = c.toUpper();
        if (c == QLatin1Char('O')) {
            c = QLatin1Char('0');
        } else if (c == QLatin1Char('I') || c == QLatin1Char('L')) {
            c = QLatin1Char('1');
        }
        if (c.unicode() > 127 || !std::strchr(Alphabet, char(c.unicode())) || c.unicode() == 0) {
            return std::nullopt;
        }
        plain += c;
        if (plain.size() > Characters) {
            return std::nullopt;
        }
    }
    if (plain.size() != Characters) {
        return std::nullopt;
    }
    return grouped(plain);
}

} // namespace tsumugi
