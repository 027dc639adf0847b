#pragma once

#include "core/Error.h"

#include <QString>
#include <QTest>

namespace tsumugi::test {

inline const char* errorKindName(Error::Kind kind) {
    switch (kind) {
    case Error::Kind::WrongPassword:
        return "WrongPassword";
    case Error::Kind::NotARecord:
        return "NotARecord";
    case Error::Kind::KeyFileDamaged:
        return "KeyFileDamaged";
    case Error::Kind::KeyFileMismatch:
        return "KeyFileMismatch";
    case Error::Kind::FileMissing:
        return "FileMissing";
    case Error::Kind::FileExists:
        return "FileExists";
    case Error::Kind::NewerSchema:
        return "NewerSchema";
    case Error::Kind::Validation:
        return "Validation";
    case Error::Kind::PermissionDenied:
        return "PermissionDenied";
    case Error::Kind::NotFound:
        return "NotFound";
    case Error::Kind::Conflict:
        return "Conflict";
    case Error::Kind::DiskFull:
        return "DiskFull";
    case Error::Kind::Storage:
        return "Storage";
    case Error::Kind::TooManyAttempts:
        return "TooManyAttempts";
    case Error::Kind::Busy:
        return "Busy";
    case Error::Kind::ConnectionLost:
        return "ConnectionLost";
    case Error::Kind::Tampered:
        return "Tampered";
    case Error::Kind::KeyChanged:
        return "KeyChanged";
    }
    return "?";
}

} // namespace tsumugi::test

// Passes only when the expression throws tsumugi::Error of that kind: "any exception" would also pass for a
// refusal for the wrong reason (a permission check that fails because the record is missing, say).
#define TSUMUGI_VERIFY_ERROR(expression, expectedKind)                                                                 \
    do {                                                                                                               \
        bool thrown_ = false;                                                                                          \
        try {                                                                                                          \
            (void)(expression);                                                                                        \
        } catch (const tsumugi::Error& e_) {                                                                           \
            thrown_ = true;                                                                                            \
            if (e_.kind() != (expectedKind)) {                                                                         \
                QFAIL(qPrintable(QStringLiteral("threw %1, expected %2: %3")                                           \
                                     .arg(QLatin1String(tsumugi::test::errorKindName(e_.kind())),                      \
                                          QLatin1String(tsumugi::test::errorKindName(expectedKind)), e_.message())));  \
            }                                                                                                          \
        }                                                                                                              \
        if (!thrown_) {                                                                                                \
            QFAIL("did not throw: " #expression);                                                                      \
        }                                                                                                              \
    } while (false)
