#include "core/record/RecordCheck.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/util/AtomicFile.h"
#include "core/util/Timestamp.h"

#include <QElapsedTimer>
#include <QFile>

namespace tsumugi {

namespace {
// The integrity check stops after this many findings; a few are enough to say the file is damaged.
constexpr int MaxProblems = 20;
} // namespace

RecordCheck::Result RecordCheck::run(DbConnection& db, const QDateTime& now) {
    Result result;
    result.at = now;
    QElapsedTimer timer;
    timer.start();
    try {
        if (db.driver() == DbConnection::Driver::Postgres) {
            // The server has no integrity_check: reading every table reads every page in use, and a cluster made
            // with data checksums (the server setup makes it so) refuses a page that changed on disk.
            QStringList tables;
            // statement-sites: server only
            Statement list(db, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND "
                               "table_type = 'BASE TABLE' ORDER BY table_name;");
            while (list.step()) {
                tables << list.text(0);
            }
            for (const QString& table : tables) {
                // statement-sites: server only
                Statement read(db, QStringLiteral("SELECT count(*) FROM \"%1\";").arg(table).toStdString());
                read.step();
            }
        } else {
            // statement-sites: file only
            Statement st(db, "PRAGMA integrity_check(20);");
            while (st.step()) {
                // One row may hold several findings on lines of their own, after a "*** in database main ***" heading.
                for (const QString& line : st.text(0).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                    if (line == QStringLiteral("ok") || line.startsWith(QStringLiteral("*** in database"))) {
                        continue;
                    }
                    result.problems.append(
                        tr("a table or index is inconsistent (the database reports: %1)").arg(line.trimmed()));
                }
            }
        }
    } catch (const Error& e) {
        // A page that fails its authentication cannot even be read: that is the finding.
        result.problems.append(e.message());
    }
    while (result.problems.size() > MaxProblems) {
        result.problems.removeLast();
    }
    result.ok = result.problems.isEmpty();
    result.milliseconds = timer.elapsed();
    return result;
}

void RecordCheck::markDamaged(const QString& recordPath, const Result& result) {
    const QByteArray text =
        (Timestamp::toStorage(result.at) + QLatin1Char('\n') + result.problems.join(QLatin1Char('\n'))).toUtf8();
    try {
        AtomicFile::write(markerPath(recordPath), text);
    } catch (const Error&) {
        // The window says it anyway; the mark is for the next opening.
    }
}

std::optional<QString> RecordCheck::damageNoted(const QString& recordPath) {
    QFile f(markerPath(recordPath));
    if (!f.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(f.read(64 * 1024)).split(QLatin1Char('\n'));
    return lines.mid(1).join(QLatin1Char('\n')).trimmed();
}

void RecordCheck::clearMark(const QString& recordPath) {
    QFile::remove(markerPath(recordPath));
}

QString RecordCheck::damagedMessage(const QString& finding) {
    return tr("The record file is damaged: %1. It is open read-only, so nothing more is written into it; charts can "
              "still be read. The administrator restores the record file and its key file together from the last "
              "good backup, then runs the check again (tsumugictl check).")
        .arg(finding.section(QLatin1Char('\n'), 0, 0));
}

} // namespace tsumugi
