#include "core/util/Timestamp.h"


namespace tsumugi {

QString Timestamp::toStorage(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Timestamp::fromStorage(const QString& s) {
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace tsumugi
