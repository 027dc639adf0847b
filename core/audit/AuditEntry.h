#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tsumugi {

struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString user;
    QString action;
    QString recordType;
    QString recordId;
    QString detail;
    QByteArray prevHash;
    QByteArray hash;
};

} // namespace tsumugi
