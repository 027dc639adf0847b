#pragma once

#include <QDateTime>
#include <QString>

namespace tsumugi {

// How times are stored: UTC, ISO 8601 with milliseconds, so text order is time order.
class Timestamp {
public:
    static QString toStorage(const QDateTime& t);
    static QDateTime fromStorage(const QString& s);
    // A time as a message names it ("2026-12-07 10:42", local time): who saved what, and when.
    static QString forMessage(const QDateTime& t);
};

} // namespace tsumugi
