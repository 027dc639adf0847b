#include "sync/fhir/FhirTime.h"

namespace tsumugi::fhir {

namespace {
constexpr qint64 JapanOffsetSeconds = 9 * 3600;

qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - ((a % b != 0 && (a < 0) != (b < 0)) ? 1 : 0);
}

void put(char* out, int value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}
} // namespace

// Formatted by hand: a 300-result export writes 600 of these, and QDateTime::toString costs more than the rest
// of a resource. Years outside 1–9999 (never in a chart) take Qt's way.
std::string FhirTime::instant(const QDateTime& t) {
    if (!t.isValid()) {
        return {};
    }
    const qint64 seconds = floorDiv(t.toMSecsSinceEpoch(), 1000) + JapanOffsetSeconds;
    const qint64 days = floorDiv(seconds, 86400);
    const int inDay = int(seconds - days * 86400);
    int y = 0, m = 0, d = 0;
    QDate(1970, 1, 1).addDays(days).getDate(&y, &m, &d);
    if (y < 1 || y > 9999) {
        return t.toOffsetFromUtc(int(JapanOffsetSeconds)).toString(Qt::ISODate).toStdString();
    }
    char out[] = "0000-00-00T00:00:00+09:00";
    put(out, y, 4);
    put(out + 5, m, 2);
    put(out + 8, d, 2);
    put(out + 11, inDay / 3600, 2);
    put(out + 14, inDay / 60 % 60, 2);
    put(out + 17, inDay % 60, 2);
    return std::string(out, sizeof out - 1);
}

std::string FhirTime::date(const QDate& date) {
    if (!date.isValid()) {
        return {};
    }
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 1 || y > 9999) {
        return date.toString(Qt::ISODate).toStdString();
    }
    char out[] = "0000-00-00";
    put(out, y, 4);
    put(out + 5, m, 2);
    put(out + 8, d, 2);
    return std::string(out, sizeof out - 1);
}

} // namespace tsumugi::fhir
