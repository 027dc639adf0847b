#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace tsumugi {

class DbConnection;

// Whether the record file is whole. SQLite's integrity check walks every table and index, so every page in use is
// read, and so decrypted and authenticated by SQLCipher (a page whose HMAC fails is reported, not returned). Run in
// the background after sign-in at most once a day, by `tsumugictl check`, and before every backup. A damaged record
// is noted beside it (RECORD.damaged) so every later opening is read-only until the administrator restores it.
class RecordCheck {
    Q_DECLARE_TR_FUNCTIONS(RecordCheck)
public:
    struct Result {
        bool ok = true;
        // In the user's language, SQLite's own words in parentheses.
        QStringList problems;
        QDateTime at;
        qint64 milliseconds = 0;
    };

    static Result run(DbConnection& db, const QDateTime& now);

    static QString markerPath(const QString& recordPath) { return recordPath + QStringLiteral(".damaged"); }
    // Best effort (the disk may be the problem): the finding stays beside the record for every desk.
    static void markDamaged(const QString& recordPath, const Result& result);
    // What the last check that found damage said, when the record is marked.
    static std::optional<QString> damageNoted(const QString& recordPath);
    // A check that passes (a restored record) lifts the mark.
    static void clearMark(const QString& recordPath);
    // The words the window and tsumugictl show for a damaged record.
    static QString damagedMessage(const QString& finding);
};

} // namespace tsumugi
