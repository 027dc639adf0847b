#pragma once

#include <QDateTime>
#include <QMutex>
#include <QString>

#include <optional>

namespace tsumugi::sim {

// The only source of "now" in the simulator. Consent expiry, token expiry and mailbox deletion all read it, so
// tests can move time by a week without sleeping. Thread-safe because the benchmark and tests read it from
// other threads than the one that sets it.
class Clock {
public:
    // Real time (UTC) unless frozen with set() or driven by a clock file.
    QDateTime now() const;
    // Freezes the clock at t (UTC); advance() then moves it forward.
    void set(const QDateTime& t);
    void advance(qint64 seconds);
    // Back to the system clock.
    void reset();
    // The file holds one ISO-8601 date-time; it is re-read whenever it changes so a script can move time.
    void setClockFile(const QString& path);
    bool isFrozen() const;

    // Japan's calendar date for t: eligibility and the summary windows are counted in JST days.
    static QDate jstDate(const QDateTime& t);
    static QString iso(const QDateTime& t);
    static std::optional<QDateTime> parse(const QString& text);

private:
    mutable QMutex mutex_;
    std::optional<QDateTime> fixed_;
    QString clockFile_;
    mutable QDateTime fileStamp_;
    mutable std::optional<QDateTime> fileTime_;
};

} // namespace tsumugi::sim
