#pragma once

#include <QString>
#include <stdexcept>

namespace tsumugi {

// The one exception type the core throws. The message is already translated for the user;
// kind() lets callers react (e.g. show the login again on WrongPassword).
class Error : public std::runtime_error {
public:
    enum class Kind {
        WrongPassword,
        NotARecord,
        KeyFileDamaged,
        KeyFileMismatch,
        FileMissing,
        FileExists,
        NewerSchema,
        Validation,
        PermissionDenied,
        NotFound,
        Conflict,
        DiskFull,
        Storage,
        // Too many wrong passwords for a user name lately: the message says how long to wait.
        TooManyAttempts,
        // Another desk (or program) held the record's write lock longer than the wait allows: nothing was saved,
        // and the same change may simply be tried again.
        Busy,
        // The clinic server went away (or cannot be reached): not a refusal of the change. When only the answer to
        // a COMMIT was lost the message says the change may have been saved, and reading the record again tells.
        ConnectionLost,
        // A sealed value that does not open where it was found (moved to another row or column, or altered outside
        // Tsumugi, ColumnSeal): refused, never shown.
        Tampered,
        // A sealed value under a key generation this desk does not hold: the record key was rotated since it signed
        // in (ColumnSeal). Signing in again gives the new key; nothing is wrong with the value.
        KeyChanged,
    };

    Error(Kind kind, const QString& message);
    // cause: a word for a program telling refusals of one kind apart (a clinic server's "revoked" certificate from
    // its "server-name"), never shown.
    Error(Kind kind, const QString& message, const QString& cause);

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    QString cause() const { return m_cause; }

private:
    Kind m_kind;
    QString m_message;
    QString m_cause;
};

} // namespace tsumugi
