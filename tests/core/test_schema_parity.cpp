#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Schema.h"
#include "core/db/SchemaMigrator.h"
#include "core/db/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace tsumugi;
using tsumugi::test::TempRecord;

// The record's schema exists twice until one declared model replaces both (issue 32): the embedded record's
// migrations (Schema.cpp) and the server's numbered steps (core/db/postgres/NNNN_*.sql, run by the same
// SchemaMigrator from the library's resources). This reads both back from
// their own catalogs, a new embedded record and a private PostgreSQL 15 cluster with every server step applied, and
// fails on any table, column, nullability, type family, key (primary, unique, foreign), index, append-only trigger
// or allowed-value list that one has and the other has not: a migration added to one driver alone is caught here.
class TestSchemaParity : public QObject {
    Q_OBJECT
    tsumugi::test::PostgresCluster m_cluster;

    // table → column → "type-family null|notnull"
    using Columns = QMap<QString, QMap<QString, QString>>;

    static QString family(QString type) {
        type = type.toUpper();
        if (type.contains(QLatin1String("INT"))) {
            return QStringLiteral("integer");
        }
        if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("TEXT"))) {
            return QStringLiteral("text");
        }
        if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("DOUBLE")) ||
            type.contains(QLatin1String("NUMERIC"))) {
            return QStringLiteral("real");
        }
        if (type.contains(QLatin1String("BLOB")) || type.contains(QLatin1String("BYTEA"))) {
            return QStringLiteral("blob");
        }
        if (type.contains(QLatin1String("BOOL"))) {
            return QStringLiteral("boolean");
        }
        return type.toLower();
    }

    static QStringList differences(const QString& what, const QSet<QString>& embedded, const QSet<QString>& server) {
        QStringList out;
        for (const QString& x : embedded - server) {
            out << QStringLiteral("%1 only in the embedded record: %2").arg(what, x);
        }
        for (const QString& x : server - embedded) {
            out << QStringLiteral("%1 only on the server: %2").arg(what, x);
        }
        out.sort();
        return out;
    }

    Columns embeddedColumns(DbConnection& db) {
        Columns out;
        Statement tables(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';");
        QStringList names;
        while (tables.step()) {
            names << tables.text(0);
        }
        for (const QString& table : names) {
            // A primary key column is NOT NULL on the server whatever SQLite's table_info says.
            // PRAGMA table_info rows: cid, name, type, notnull, dflt_value, pk.
            Statement cols(db, QStringLiteral("PRAGMA table_info('%1');").arg(table).toStdString());
            while (cols.step()) {
                const bool notNull = cols.int64(3) != 0 || cols.int64(5) != 0;
                out[table][cols.text(1)] =
                    family(cols.text(2)) + (notNull ? QStringLiteral(" notnull") : QStringLiteral(" null"));
            }
        }
        return out;
    }

    Columns serverColumns(DbConnection& db) {
        Columns out;
        // The server's own tables (tsumugi_*: its version row, key slots, failed logins) have no embedded twin: the
        // embedded record keeps PRAGMA user_version and files beside it.
        Statement cols(db, "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                           "WHERE table_schema = 'public' AND table_name NOT LIKE 'tsumugi\\_%' ORDER BY table_name, "
                           "ordinal_position;");
        while (cols.step()) {
            out[cols.text(0)][cols.text(1)] =
                family(cols.text(2)) +
                (cols.text(3) == QLatin1String("NO") ? QStringLiteral(" notnull") : QStringLiteral(" null"));
        }
        return out;
    }

    // "table.column IN (values)" of the CHECK constraints that list allowed values (status, kinds, code systems).
    static QSet<QString> embeddedValueLists(DbConnection& db) {
        QSet<QString> out;
        static const QRegularExpression check(QStringLiteral("CHECK\\s*\\(\\s*(\\w+)\\s+IN\\s*\\(([^)]*)\\)\\s*\\)"));
        Statement st(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';");
        while (st.step()) {
            for (auto it = check.globalMatch(st.text(1)); it.hasNext();) {
                const auto m = it.next();
                out.insert(valueList(st.text(0), m.captured(1), m.captured(2)));
            }
        }
        return out;
    }
    static QSet<QString> serverValueLists(DbConnection& db) {
        QSet<QString> out;
        static const QRegularExpression check(QStringLiteral("\\((\\w+) = ANY \\(ARRAY\\[(.*)\\]\\)\\)"));
        Statement st(db, "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype "
                         "= 'c' AND connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE "
                         "'tsumugi\\_%';");
        while (st.step()) {
            const auto m = check.match(st.text(1));
            if (m.hasMatch()) {
                out.insert(valueList(st.text(0), m.captured(1), m.captured(2)));
            }
        }
        return out;
    }
    static QString valueList(const QString& table, const QString& column, QString values) {
        values.remove(QStringLiteral("::text"));
        QStringList list;
        for (QString v : values.split(QLatin1Char(','))) {
            v = v.trimmed();
            v.remove(QLatin1Char('\''));
            list << v;
        }
        list.sort();
        return QStringLiteral("%1.%2 IN (%3)").arg(table, column, list.join(QLatin1Char(',')));
    }

    // "t PRIMARY KEY (a,b)", "t UNIQUE (a,b)", "t.col REFERENCES u(id)".
    static QSet<QString> embeddedKeys(DbConnection& db) {
        QSet<QString> out;
        QStringList tables;
        Statement t(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';");
        while (t.step()) {
            tables << t.text(0);
        }
        for (const QString& table : tables) {
            QMap<qint64, QString> pk;
            Statement info(db, QStringLiteral("PRAGMA table_info('%1');").arg(table).toStdString());
            while (info.step()) {
                if (info.int64(5) > 0) {
                    pk.insert(info.int64(5), info.text(1));
                }
            }
            if (!pk.isEmpty()) {
                out.insert(QStringLiteral("%1 PRIMARY KEY (%2)").arg(table, QStringList(pk.values()).join(',')));
            }
            QStringList uniques;
            Statement indexes(db, QStringLiteral("PRAGMA index_list('%1');").arg(table).toStdString());
            while (indexes.step()) {
                if (indexes.text(3) == QLatin1String("u")) { // a UNIQUE constraint (not CREATE INDEX, not the PK)
                    uniques << indexes.text(1);
                }
            }
            for (const QString& index : uniques) {
                QStringList cols;
                Statement ii(db, QStringLiteral("PRAGMA index_info('%1');").arg(index).toStdString());
                while (ii.step()) {
                    cols << ii.text(2);
                }
                out.insert(QStringLiteral("%1 UNIQUE (%2)").arg(table, cols.join(',')));
            }
            Statement fk(db, QStringLiteral("PRAGMA foreign_key_list('%1');").arg(table).toStdString());
            while (fk.step()) {
                const QString to = fk.text(4).isEmpty() ? QStringLiteral("id") : fk.text(4);
                out.insert(QStringLiteral("%1.%2 REFERENCES %3(%4)").arg(table, fk.text(3), fk.text(2), to));
            }
        }
        return out;
    }
    static QSet<QString> serverKeys(DbConnection& db) {
        QSet<QString> out;
        static const QRegularExpression key(QStringLiteral("^(PRIMARY KEY|UNIQUE) \\(([^)]*)\\)"));
        static const QRegularExpression foreign(
            QStringLiteral("^FOREIGN KEY \\((\\w+)\\) REFERENCES (\\w+)\\((\\w+)\\)"));
        Statement st(db,
                     "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype "
                     "IN ('p', 'u', 'f') AND connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT "
                     "LIKE 'tsumugi\\_%';");
        while (st.step()) {
            const QString def = st.text(1);
            if (const auto m = key.match(def); m.hasMatch()) {
                QString cols = m.captured(2);
                cols.remove(QLatin1Char(' '));
                out.insert(QStringLiteral("%1 %2 (%3)").arg(st.text(0), m.captured(1), cols));
            } else if (const auto f = foreign.match(def); f.hasMatch()) {
                out.insert(QStringLiteral("%1.%2 REFERENCES %3(%4)")
                               .arg(st.text(0), f.captured(1), f.captured(2), f.captured(3)));
            }
        }
        return out;
    }

    static QSet<QString> names(DbConnection& db, const char* sql) {
        QSet<QString> out;
        Statement st(db, sql);
        while (st.step()) {
            out.insert(st.text(0));
        }
        return out;
    }

    QString conninfo(const QString& database) const { return m_cluster.conninfo(database); }
    void createDatabase(const QString& name) {
        PostgresConnection admin(conninfo(QStringLiteral("postgres")));
        admin.exec(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8';").arg(name).toUtf8().constData());
    }

private slots:
    void initTestCase() {
        if (!tsumugi::test::PostgresCluster::installed()) {
            TSUMUGI_MISSING_PREREQUISITE("postgresql-15 is not installed (scripts/setup installs it)");
        }
        const QString failed = m_cluster.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void bothDriversHaveTheSameSchema() {
        TempRecord embedded;
        DbConnection& lite = embedded.record->db();
        createDatabase(QStringLiteral("parity"));
        PostgresConnection server(conninfo(QStringLiteral("parity")));
        // Every server step, as a terminal runs them at open (the files of core/db/postgres, from the resources).
        const QDir steps(QStringLiteral(TSUMUGI_SOURCE_DIR "/core/db/postgres"));
        const QStringList files =
            steps.entryList({QStringLiteral("[0-9][0-9][0-9][0-9]_*.sql")}, QDir::Files, QDir::Name);
        QCOMPARE(int(Schema::migrations(DbConnection::Driver::Postgres).size()), int(files.size()));
        SchemaMigrator(Schema::migrations(DbConnection::Driver::Postgres)).migrate(server);
        // The newest server step is the embedded schema's version.
        QCOMPARE(server.schemaVersion(), lite.schemaVersion());
        QCOMPARE(files.last().left(4).toInt(), lite.schemaVersion());

        QStringList problems;
        const Columns a = embeddedColumns(lite);
        const Columns b = serverColumns(server);
        problems << differences(QStringLiteral("table"), QSet<QString>(a.keyBegin(), a.keyEnd()),
                                QSet<QString>(b.keyBegin(), b.keyEnd()));
        for (auto it = a.begin(); it != a.end(); ++it) {
            if (!b.contains(it.key())) {
                continue;
            }
            const auto& mine = it.value();
            const auto& theirs = b.value(it.key());
            QSet<QString> left;
            QSet<QString> right;
            for (auto c = mine.begin(); c != mine.end(); ++c) {
                left.insert(QStringLiteral("%1.%2 %3").arg(it.key(), c.key(), c.value()));
            }
            for (auto c = theirs.begin(); c != theirs.end(); ++c) {
                right.insert(QStringLiteral("%1.%2 %3").arg(it.key(), c.key(), c.value()));
            }
            problems << differences(QStringLiteral("column"), left, right);
        }
        problems << differences(
            QStringLiteral("index"),
            names(lite, "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%';"),
            names(server, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexname NOT IN (SELECT "
                          "conname FROM pg_constraint) AND tablename NOT LIKE 'tsumugi\\_%';"));
        problems << differences(
            QStringLiteral("trigger"), names(lite, "SELECT name FROM sqlite_master WHERE type = 'trigger';"),
            names(server, "SELECT DISTINCT trigger_name FROM information_schema.triggers WHERE trigger_schema = "
                          "'public' AND trigger_name NOT LIKE '%\\_never\\_truncated';"));
        // Server only: every table that refuses DELETE refuses TRUNCATE (SQLite has none), and every text column
        // compares by bytes as SQLite's BINARY does.
        problems << differences(
            QStringLiteral("TRUNCATE refusal"),
            names(server, "SELECT DISTINCT event_object_table FROM information_schema.triggers WHERE trigger_schema = "
                          "'public' AND event_manipulation = 'DELETE';"),
            names(server, "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE '%\\_never\\_truncated';"));
        for (const QString& column :
             names(server, "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE "
                           "table_schema = 'public' AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C';")) {
            problems << QStringLiteral("text column not byte-ordered on the server: %1").arg(column);
        }
        const QSet<QString> lists = embeddedValueLists(lite);
        QVERIFY(lists.size() >= 20); // the reader found them
        problems << differences(QStringLiteral("allowed values"), lists, serverValueLists(server));
        const QSet<QString> keys = embeddedKeys(lite);
        QVERIFY(keys.size() >= 40); // the reader found them
        problems << differences(QStringLiteral("key"), keys, serverKeys(server));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Two terminals open an empty server at once: each step runs once (the version is read again under the write
    // lock), both end at the newest version.
    void twoTerminalsMigrateTheSameServerAtOnce() {
        createDatabase(QStringLiteral("together"));
        const auto migrations = Schema::migrations(DbConnection::Driver::Postgres);
        QStringList errors;
        QMutex lock;
        const auto terminal = [&] {
            try {
                PostgresConnection db(conninfo(QStringLiteral("together")));
                SchemaMigrator(migrations).migrate(db);
            } catch (const Error& e) {
                const QMutexLocker hold(&lock);
                errors << e.message();
            }
        };
        std::thread a(terminal);
        std::thread b(terminal);
        a.join();
        b.join();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        PostgresConnection db(conninfo(QStringLiteral("together")));
        QCOMPARE(db.schemaVersion(), SchemaMigrator(migrations).latestVersion());
        Statement tables(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND "
                             "table_name = 'patients';");
        QVERIFY(tables.step());
        QCOMPARE(tables.int64(0), qint64(1));
    }

    // A server already on a newer schema is refused by an older terminal, in words, and left as it is.
    void anOlderTerminalRefusesANewerServer() {
        createDatabase(QStringLiteral("newer"));
        PostgresConnection db(conninfo(QStringLiteral("newer")));
        const auto migrations = Schema::migrations(DbConnection::Driver::Postgres);
        SchemaMigrator(migrations).migrate(db);
        const int latest = SchemaMigrator(migrations).latestVersion();
        db.setSchemaVersion(latest + 1);
        try {
            SchemaMigrator(migrations).migrate(db);
            QFAIL("an older terminal migrated a newer server");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::NewerSchema);
            QVERIFY(e.message().contains(QString::number(latest + 1)));
        }
        QCOMPARE(db.schemaVersion(), latest + 1);
    }
};

TSUMUGI_TEST_CLASS(TestSchemaParity)
#include "test_schema_parity.moc"
