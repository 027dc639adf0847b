#include "sim/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QTimeZone>

namespace tsumugi::sim {

QDateTime Clock::now() const {
    QMutexLocker lock(&mutex_);
    if (!clockFile_.isEmpty()) {
        const QFileInfo info(clockFile_);
        if (info.exists()) {
            const QDateTime stamp = info.lastModified();
            if (!fileTime_ || stamp != fileStamp_) {
                QFile f(clockFile_);
                if (f.open(QIODevice::ReadOnly)) {
                    fileTime_ = parse(QString::fromUtf8(f.readAll()).trimmed());
                    fileStamp_ = stamp;
                }
            }
            if (fileTime_)
                return *fileTime_;
        }
    }
    if (fixed_)
        return *fixed_;
    return QDateTime::currentDateTimeUtc();
}

void Clock::set(const QDateTime& t) {
    QMutexLocker lock(&mutex_);
    fixed_ = t.toUTC();
}

void Clock::advance(qint64 seconds) {
    const QDateTime base = now();
    QMutexLocker lock(&mutex_);
    fixed_ = base.addSecs(seconds);
}

void Clock::reset() {
    QMutexLocker lock(&mutex_);
    fixed_.reset();
}

void Clock::setClockFile(const QString& path) {
    QMutexLocker lock(&mutex_);
    clockFile_ = path;
    fileTime_.reset();
}

bool Clock::isFrozen() const {
    QMutexLocker lock(&mutex_);
    return fixed_.has_value() || !clockFile_.isEmpty();
}

QDate Clock::jstDate(const QDateTime& t) {
    return t.toOffsetFromUtc(9 * 3600).date();
}

QString Clock::iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}

std::optional<QDateTime> Clock::parse(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return std::nullopt;
        // A bare date means midnight in Japan, the calendar the services work in.
        t = QDateTime(d, QTime(0, 0), QTimeZone(9 * 3600));
    }
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // no offset written: read as UTC, never the machine's zone
    return t.toUTC();
}

} // namespace tsumugi::sim
