#include "core/util/Timestamp.h"

namespace tsumugi {

namespace {
// Digits at [from, from + n) of s as a number, or -1 when one is not an ASCII digit.
int digits(const QString& s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        v = v * 10 + (c - u'0');
    }
    return v;
}
} // namespace

QString Timestamp::toStorage(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString Timestamp::forMessage(const QDateTime& t) {
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDateTime Timestamp::fromStorage(const QString& s) {
    // What toStorage writes, "2026-11-21T03:00:00.000Z", read by hand: every chart row has one or two, and
    // QDateTime::fromString costs more than the rest of the row. Anything else goes the general way.
    if (s.size() == 24 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' && s.at(13) == u':' &&
        s.at(16) == u':' && s.at(19) == u'.' && s.at(23) == u'Z') {
        const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
        const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2), ms = digits(s, 20, 3);
        const QDate date(y, mo, d);
        const QTime time(h, mi, sec, ms);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && sec >= 0 && ms >= 0 && date.isValid() &&
            time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace tsumugi
