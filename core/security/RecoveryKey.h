#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tsumugi {

// The administrator's way back when every password, or the key file itself, is lost: 160 random bits written as
// eight groups of four characters (Crockford's base32: no I, L, O or U to misread), printed on the recovery sheet.
// It wraps the record key in a slot of its own, kept in the key file and, written once, in RECORD.recovery beside
// it, so losing the key file does not lose the way back.
class RecoveryKey {
    Q_DECLARE_TR_FUNCTIONS(RecoveryKey)
public:
    // A slot name no user can have (user names start with a letter or digit).
    static QString slotName() { return QStringLiteral("#recovery"); }
    static QString pathFor(const QString& recordPath) { return recordPath + QStringLiteral(".recovery"); }

    // A new key in its printed form, e.g. "7K2M-Q9XD-…".
    static QString generate();
    // What a person typed or a file holds, in the printed form: case, spaces and hyphens do not matter, and O, I, L
    // are read as 0, 1, 1. Nothing when it is not 32 such characters.
    static std::optional<QString> normalise(const QString& typed);
};

} // namespace tsumugi
