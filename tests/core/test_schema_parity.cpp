#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/EmbeddedHistory.h"
#include "core/db/PostgresConnection.h"
#include "core/db/Schema.h"
#include "core/db/SchemaDdl.h"
#include "core/db/SchemaMigrator.h"
#include "core/db/SqliteConnection.h"
#include "core/db/Statement.h"
#include "core/db/StorageModel.h"

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

// The record's schema is declared once (Schema::model()) and written for each driver by SchemaDdl. This proves what
// the declaration cannot show by itself, reading each database back from its own catalog:
// - a new embedded record and a new server database have the same tables, columns (nullability, type family), keys
//   (primary, unique, foreign), indexes, rules and allowed-value lists, and the server's own guarantees hold (text
//   compared by bytes, TRUNCATE refused wherever DELETE is);
// - an embedded record brought up through its shipped history (EmbeddedHistory, 1 to 17) ends exactly where a new
//   one starts: every column with its type, default and key, every CHECK, index, foreign key and trigger text;
// - a later step written from the model (SchemaDdl::addColumn, createIndex, createRule) brings an older database
//   of either driver to where a new one of the newer model starts.
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

    static QStringList differences(const QString& what, const QSet<QString>& embedded, const QSet<QString>& server,
                                   const QString& left = QStringLiteral("in the embedded record"),
                                   const QString& right = QStringLiteral("on the server")) {
        QStringList out;
        for (const QString& x : embedded - server) {
            out << QStringLiteral("%1 only %2: %3").arg(what, left, x);
        }
        for (const QString& x : server - embedded) {
            out << QStringLiteral("%1 only %2: %3").arg(what, right, x);
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

    static QString normalized(QString sql) {
        sql = sql.simplified();
        sql.replace(QStringLiteral("( "), QStringLiteral("("));
        sql.replace(QStringLiteral(" )"), QStringLiteral(")"));
        return sql;
    }

    // Every "CHECK (…)" of a table's text, with its balanced parentheses.
    static QStringList checksOf(const QString& sql) {
        QStringList out;
        for (qsizetype at = sql.indexOf(QLatin1String("CHECK")); at >= 0;
             at = sql.indexOf(QLatin1String("CHECK"), at + 1)) {
            const qsizetype open = sql.indexOf(QLatin1Char('('), at);
            int depth = 0;
            for (qsizetype i = open; i < sql.size(); ++i) {
                depth += sql[i] == QLatin1Char('(') ? 1 : sql[i] == QLatin1Char(')') ? -1 : 0;
                if (depth == 0) {
                    out << normalized(sql.mid(open, i - open + 1));
                    break;
                }
            }
        }
        return out;
    }

    // An embedded record's whole schema as lines: each table's storage (rowid or not), every column (type,
    // NOT NULL, default, place in the key), CHECK, unique constraint, index (columns, uniqueness, condition) and
    // foreign key, and each trigger's text. Two records with the same lines behave alike.
    static QSet<QString> embeddedCatalog(DbConnection& db) {
        QSet<QString> out;
        QMap<QString, QString> tables;
        {
            Statement st(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';");
            while (st.step()) {
                tables.insert(st.text(0), st.text(1));
            }
        }
        for (auto t = tables.begin(); t != tables.end(); ++t) {
            const QString& table = t.key();
            out << table + (t.value().contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive)
                                ? QStringLiteral(" without rowid")
                                : QStringLiteral(" rowid"));
            Statement cols(db, QStringLiteral("PRAGMA table_info('%1');").arg(table).toStdString());
            while (cols.step()) {
                out << QStringLiteral("%1.%2 %3 notnull=%4 default=%5 pk=%6")
                           .arg(table, cols.text(1), cols.text(2), cols.text(3), cols.text(4), cols.text(5));
            }
            for (const QString& check : checksOf(t.value())) {
                out << table + QLatin1Char(' ') + check;
            }
            QList<QPair<QString, QString>> indexes; // name, origin
            {
                Statement list(db, QStringLiteral("PRAGMA index_list('%1');").arg(table).toStdString());
                while (list.step()) {
                    indexes.append({list.text(1), list.text(3)});
                }
            }
            for (const auto& [index, origin] : indexes) {
                QStringList columns;
                Statement info(db, QStringLiteral("PRAGMA index_info('%1');").arg(index).toStdString());
                while (info.step()) {
                    columns << info.text(2);
                }
                if (origin != QLatin1String("c")) { // a constraint's automatic index: named by position only
                    out << QStringLiteral("%1 %2 (%3)").arg(table, origin, columns.join(QLatin1Char(',')));
                    continue;
                }
                Statement sql(db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?;");
                sql.bind(1, index);
                out << QStringLiteral("index %1 ON %2 (%3): %4")
                           .arg(index, table, columns.join(QLatin1Char(',')),
                                sql.step() ? normalized(sql.text(0)) : QString());
            }
            Statement fk(db, QStringLiteral("PRAGMA foreign_key_list('%1');").arg(table).toStdString());
            while (fk.step()) {
                out << QStringLiteral("%1.%2 REFERENCES %3(%4)").arg(table, fk.text(3), fk.text(2), fk.text(4));
            }
        }
        Statement triggers(db, "SELECT sql FROM sqlite_master WHERE type = 'trigger';");
        while (triggers.step()) {
            out << normalized(triggers.text(0));
        }
        return out;
    }

    static QStringList rows(DbConnection& db, const char* sql, int columns = 2) {
        QStringList out;
        Statement st(db, sql);
        while (st.step()) {
            QStringList row;
            for (int c = 0; c < columns; ++c) {
                row << st.text(c);
            }
            out << row.join(QLatin1Char('|'));
        }
        return out;
    }

    static std::unique_ptr<SqliteConnection> emptyEmbedded(const QString& path) {
        auto db = std::make_unique<SqliteConnection>(path, SqliteConnection::OpenMode::CreateNew);
        db->unlock(SecureBytes::random(32));
        db->configure();
        return db;
    }

    // A small model of its own for the step test, begun at version 1: a table with a rule; version 2 adds a column, an
    // index on it, a rule that uses it and an announcement; version 3 a table that refers to the first.
    static const StorageModel& stepModel() {
        using Table = StorageModel::Table;
        static const StorageModel model = [] {
            std::vector<Table> tables{
                Table("items", {rowId(), text("name").required(),
                                text("state").required().orElse("'open'").oneOf({"open", "closed"}).since(2)}),
                Table("tags", {rowId(), integer("item_id").required().refersTo("items"), text("tag").required()})
                    .since(3)};
            std::vector<StorageModel::Index> indexes{
                {"items_name", "items", "name"},
                StorageModel::Index("items_open", "items", "state, name", false, "state = 'open'").since(2)};
            StorageModel::Rule kept;
            kept.name = "items_never_deleted";
            kept.table = "items";
            kept.message = "items are never deleted";
            StorageModel::Rule closed;
            closed.name = "items_closed_is_closed";
            closed.table = "items";
            closed.refuses = StorageModel::Rule::Refuses::Update;
            closed.when = "OLD.state = 'closed' AND NOT (NEW.name IS NOT DISTINCT FROM OLD.name)";
            closed.message = "a closed item is never changed";
            closed.sinceVersion = 2;
            return StorageModel(1, 3, tables, indexes, {kept, closed}, {{"items", "id", 2}}, {});
        }();
        return model;
    }
    static std::vector<Migration> stepMigrations(DbConnection::Driver driver) {
        const SchemaDdl ddl(stepModel(), driver);
        return {{1, "items", SchemaDdl(stepModel(), driver, 1).create(), true},
                {2, "items: state", ddl.step(2)},
                {3, "tags", ddl.step(3)},
                {3, "items and tags", ddl.create(), true}};
    }

    QString conninfo(const QString& database) const { return m_cluster.conninfo(database); }
    void createDatabase(const QString& name) {
        PostgresConnection admin(conninfo(QStringLiteral("postgres")));
        admin.exec(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8';").arg(name).toUtf8().constData());
    }

private slots:
    void initTestCase() { TSUMUGI_START_POSTGRES_CLUSTER(m_cluster); }

    void cleanupTestCase() { m_cluster.stop(); }

    void bothDriversHaveTheSameSchema() {
        TempRecord embedded;
        DbConnection& lite = embedded.record->db();
        createDatabase(QStringLiteral("parity"));
        PostgresConnection server(conninfo(QStringLiteral("parity")));
        // The server made as a terminal makes it at open: the model's baseline, in one transaction.
        SchemaMigrator(Schema::migrations(DbConnection::Driver::Postgres)).migrate(server);
        QCOMPARE(server.schemaVersion(), lite.schemaVersion());
        QCOMPARE(lite.schemaVersion(), Schema::model().version());

        QStringList problems;
        // A column the model seals is the server's bytes (BYTEA, no allowed values), the embedded record's text.
        Columns a = embeddedColumns(lite);
        QSet<QString> sealed;
        for (const StorageModel::Table& t : Schema::model().tables()) {
            for (const StorageModel::Column& c : t.columns) {
                if (Schema::model().sealedAt(c, Schema::model().version())) {
                    const QString table = QString::fromStdString(t.name);
                    const QString column = QString::fromStdString(c.name);
                    QVERIFY2(a[table].contains(column), qPrintable(table + '.' + column));
                    QString& type = a[table][column]; // "text notnull", "real null": the type is the first word
                    type = QStringLiteral("blob ") + type.section(QLatin1Char(' '), 1);
                    sealed.insert(table + '.' + column);
                }
            }
        }
        QVERIFY(sealed.contains(QStringLiteral("patients.family_name")));
        QVERIFY(sealed.contains(QStringLiteral("lab_results.value_number"))); // a number too
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
                          "'public' AND trigger_name NOT LIKE '%\\_never\\_truncated' AND trigger_name NOT LIKE "
                          "'%\\_announced';"));
        // Server only: the tables every desk hears changes of.
        QSet<QString> announced;
        for (const StorageModel::Announcement& a : Schema::model().announcements()) {
            announced.insert(QString::fromStdString(a.table));
        }
        QVERIFY(announced.contains(QStringLiteral("reception_entries")));
        problems << differences(QStringLiteral("announcement"), announced,
                                names(server, "SELECT tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE "
                                              "'%\\_announced';"),
                                QStringLiteral("in the model"), QStringLiteral("on the server"));
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
        QSet<QString> lists = embeddedValueLists(lite);
        QVERIFY(lists.size() >= 20); // the reader found them
        for (auto it = lists.begin(); it != lists.end();) {
            it = sealed.contains(it->section(QLatin1Char(' '), 0, 0)) ? lists.erase(it) : std::next(it);
        }
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
    // An embedded record brought up through the shipped steps 1 to 17 is the record a new one is: same catalog, same
    // seed rows. A step that forgets something (or a model that says something else) is reported by name.
    void theShippedHistoryEndsWhereTheModelIs() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto old = emptyEmbedded(dir.filePath(QStringLiteral("old.tsumugi")));
        // The shipped steps and the steps after them, as an old file meets them at open; not the baseline.
        std::vector<Migration> steps = Schema::migrations();
        steps.erase(std::remove_if(steps.begin(), steps.end(), [](const Migration& m) { return m.baseline; }),
                    steps.end());
        QVERIFY(steps.size() > EmbeddedHistory::steps().size());
        SchemaMigrator(steps).migrate(*old);
        const auto fresh = emptyEmbedded(dir.filePath(QStringLiteral("new.tsumugi")));
        SchemaMigrator(Schema::migrations()).migrate(*fresh);
        QCOMPARE(old->schemaVersion(), fresh->schemaVersion());
        // The new record was made by the baseline, not by the steps: its tables' text is the model's.
        Statement made(*fresh, "SELECT sql FROM sqlite_master WHERE name = 'allergies';");
        QVERIFY(made.step());
        QVERIFY(!made.text(0).contains(QLatin1String("allergies_new")));

        const QSet<QString> history = embeddedCatalog(*old);
        const QSet<QString> model = embeddedCatalog(*fresh);
        QVERIFY(model.size() > 500); // the reader found the columns, indexes and triggers
        const QStringList problems =
            differences(QStringLiteral("schema line"), history, model, QStringLiteral("after the shipped steps"),
                        QStringLiteral("in a new record"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const char* const templates = "SELECT title, body, target, active, created_at FROM note_templates ORDER BY id;";
        QCOMPARE(rows(*fresh, templates, 5), rows(*old, templates, 5));
        QCOMPARE(rows(*fresh, templates, 5).size(), 5);
    }

    // An index over a sealed column would order ciphertext on the server and serve no statement (what is sealed is
    // found through the tokens): the model keeps none, and drops those from before the sealing.
    void noIndexReadsASealedColumn() {
        const StorageModel& model = Schema::model();
        int checked = 0;
        QStringList problems;
        for (const StorageModel::Index& i : model.indexes()) {
            if (i.droppedVersion > 0) {
                continue;
            }
            for (const QString& part : QString::fromStdString(i.columns).split(QLatin1Char(','))) {
                const auto* c = model.findColumn(i.table, part.trimmed().toStdString());
                if (!c || c->sealedSince >= 0) {
                    problems << QString::fromStdString(i.name) +
                                    (c ? QStringLiteral(" orders the sealed column ")
                                       : QStringLiteral(" names no column ")) +
                                    part.trimmed();
                }
                ++checked;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY(checked > 20);
    }

    // A later step is what the model marks with its version (a column, an index, a rule, an announcement; a table):
    // on either driver, a database made at the first version and stepped up is the database the model makes, its
    // rows kept, and the new rule holds.
    void aStepWrittenFromTheModelReachesBothDrivers() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto lite = stepMigrations(DbConnection::Driver::Sqlite);
        const auto stepped = emptyEmbedded(dir.filePath(QStringLiteral("stepped.db")));
        SchemaMigrator(lite).migrate(*stepped, 1);
        stepped->exec("INSERT INTO items (name) VALUES ('one');");
        SchemaMigrator(lite).migrate(*stepped);
        const auto made = emptyEmbedded(dir.filePath(QStringLiteral("made.db")));
        SchemaMigrator(lite).migrate(*made);
        QCOMPARE(stepped->schemaVersion(), 3);
        QCOMPARE(made->schemaVersion(), 3);
        const QStringList problems =
            differences(QStringLiteral("schema line"), embeddedCatalog(*stepped), embeddedCatalog(*made),
                        QStringLiteral("after the step"), QStringLiteral("in a new database"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(rows(*stepped, "SELECT name, state FROM items;"), QStringList{QStringLiteral("one|open")});

        const auto server = stepMigrations(DbConnection::Driver::Postgres);
        createDatabase(QStringLiteral("stepped"));
        createDatabase(QStringLiteral("made"));
        PostgresConnection up(conninfo(QStringLiteral("stepped")));
        SchemaMigrator(server).migrate(up, 1);
        up.exec("INSERT INTO items (name) VALUES ('one');");
        SchemaMigrator(server).migrate(up);
        PostgresConnection fresh(conninfo(QStringLiteral("made")));
        SchemaMigrator(server).migrate(fresh);
        QCOMPARE(up.schemaVersion(), 3);
        QVERIFY(serverColumns(up).contains(QStringLiteral("tags")));
        QCOMPARE(serverColumns(up), serverColumns(fresh));
        QCOMPARE(serverKeys(up), serverKeys(fresh));
        QCOMPARE(serverValueLists(up), serverValueLists(fresh));
        const char* const indexes =
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1;";
        QCOMPARE(rows(up, indexes), rows(fresh, indexes));
        const char* const triggers = "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal "
                                     "ORDER BY 1;";
        QCOMPARE(rows(up, triggers), rows(fresh, triggers));
        QCOMPARE(rows(up, triggers).size(), 4); // the two rules, the TRUNCATE refusal and the announcement
        const char* const functions = "SELECT proname, prosrc FROM pg_proc WHERE pronamespace = 'public'::regnamespace "
                                      "ORDER BY 1;";
        QCOMPARE(rows(up, functions), rows(fresh, functions));
        QCOMPARE(rows(up, "SELECT name, state FROM items;"), QStringList{QStringLiteral("one|open")});
        // The new rule holds on both.
        for (DbConnection* db : {static_cast<DbConnection*>(stepped.get()), static_cast<DbConnection*>(&up)}) {
            db->exec("UPDATE items SET state = 'closed';");
            try {
                db->exec("UPDATE items SET name = 'two';");
                QFAIL("a closed item was changed");
            } catch (const Error& e) {
                QVERIFY2(e.message().contains(QLatin1String("closed item")) || e.kind() == Error::Kind::Storage,
                         qPrintable(e.message()));
            }
        }
    }

    // A server at the model's first version (17) is stepped to the newest, and is then what a new server is.
    void aServerAtTheFirstVersionIsSteppedToTheModel() {
        createDatabase(QStringLiteral("first"));
        createDatabase(QStringLiteral("newest"));
        PostgresConnection old(conninfo(QStringLiteral("first")));
        const int first = Schema::model().firstVersion();
        old.exec(SchemaDdl(Schema::model(), DbConnection::Driver::Postgres, first).create().c_str());
        old.setSchemaVersion(first);
        QCOMPARE(rows(old, "SELECT tgname FROM pg_trigger WHERE tgname LIKE '%\\_announced';", 1), QStringList());
        SchemaMigrator(Schema::migrations(DbConnection::Driver::Postgres)).migrate(old);
        PostgresConnection fresh(conninfo(QStringLiteral("newest")));
        SchemaMigrator(Schema::migrations(DbConnection::Driver::Postgres)).migrate(fresh);
        QCOMPARE(old.schemaVersion(), Schema::model().version());
        QCOMPARE(serverColumns(old), serverColumns(fresh));
        QCOMPARE(serverKeys(old), serverKeys(fresh));
        QCOMPARE(serverValueLists(old), serverValueLists(fresh));
        for (const char* sql : {"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1;",
                                "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER "
                                "BY 1;",
                                "SELECT proname, prosrc FROM pg_proc WHERE pronamespace = 'public'::regnamespace "
                                "ORDER BY 1;"}) {
            QCOMPARE(rows(old, sql), rows(fresh, sql));
        }
    }

    // A trial server older than the model (made before the storage model was declared) is refused in words and left
    // as it is: there are no steps to bring it up.
    void aTrialServerOlderThanTheModelIsRefused() {
        createDatabase(QStringLiteral("trial"));
        PostgresConnection db(conninfo(QStringLiteral("trial")));
        db.setSchemaVersion(14);
        try {
            SchemaMigrator(Schema::migrations(DbConnection::Driver::Postgres)).migrate(db);
            QFAIL("a trial server was migrated without steps");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Storage);
            QVERIFY2(e.message().contains(QLatin1String("14")), qPrintable(e.message()));
        }
        QCOMPARE(db.schemaVersion(), 14);
        Statement tables(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND "
                             "table_name = 'patients';");
        QVERIFY(tables.step());
        QCOMPARE(tables.int64(0), qint64(0));
    }
};

TSUMUGI_TEST_CLASS(TestSchemaParity)
#include "test_schema_parity.moc"
