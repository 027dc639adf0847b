#pragma once
// Looking at a record from outside, as the tests of its safety do: a file's hash, and the kind of refusal an
// opening gets.

#include "core/Error.h"
#include "core/record/ClinicRecord.h"

#include <QCryptographicHash>
#include <QFile>

namespace tsumugi::test {

inline QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The kind of the Error an opening throws; Storage when it opened (which the callers never expect).
inline Error::Kind openFails(const QString& path, const QString& user, const QString& password, const Clock& clock) {
    try {
        ClinicRecord::open(path, user, password, clock);
    } catch (const Error& e) {
        return e.kind();
    }
    return Error::Kind::Storage;
}

} // namespace tsumugi::test
