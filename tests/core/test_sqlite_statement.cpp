#include "core/Error.h"
#include "core/db/SqliteConnection.h"
#include "core/db/SqliteStatement.h"
#include "core/security/SecureBytes.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sqlite3.h>

using namespace tsumugi;

// SqliteStatement takes prepared statements from its connection's cache and gives them back: a reused statement
// must behave exactly as a freshly prepared one.
class TestSqliteStatement : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteConnection> m_db;

private slots:
    void init() {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("s.tsumugi")));
        m_db = std::make_unique<SqliteConnection>(m_dir.filePath(QStringLiteral("s.tsumugi")),
                                                  SqliteConnection::OpenMode::CreateNew);
        m_db->unlock(SecureBytes::random(32));
        m_db->configure();
        m_db->exec("CREATE TABLE t (a INTEGER, b TEXT);");
        m_db->exec("INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three');");
    }

    void reusedStatementHasNoEarlierBindings() {
        const char* sql = "SELECT count(*) FROM t WHERE a = ?;";
        sqlite3_stmt* first = nullptr;
        {
            SqliteStatement st(*m_db, sql);
            st.bind(1, qint64(2));
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), 1);
            first = handleOf(st);
        }
        SqliteStatement again(*m_db, sql);
        QCOMPARE(handleOf(again), first); // the same prepared statement, reused
        QVERIFY(again.step());
        QCOMPARE(again.int64(0), 0); // unbound: a = NULL matches nothing
    }

    void sameSqlTwiceAtOnce() {
        // A nested read of the same SQL gets its own statement; both iterate independently.
        const char* sql = "SELECT a FROM t ORDER BY a;";
        SqliteStatement outer(*m_db, sql);
        QVERIFY(outer.step());
        QCOMPARE(outer.int64(0), 1);
        {
            SqliteStatement inner(*m_db, sql);
            QVERIFY(handleOf(inner) != handleOf(outer));
            int rows = 0;
            while (inner.step()) {
                ++rows;
            }
            QCOMPARE(rows, 3);
        }
        QVERIFY(outer.step());
        QCOMPARE(outer.int64(0), 2);
    }

    void unfinishedStatementReleasesTheTable() {
        {
            SqliteStatement st(*m_db, "SELECT a FROM t;");
            QVERIFY(st.step()); // left mid-way
        }
        // A statement still running would hold the table (SQLITE_LOCKED); the one given back was reset.
        m_db->exec("DROP TABLE t;");
        QVERIFY(sqlite3_get_autocommit(m_db->handle()) != 0);
    }

    void schemaChangeAfterCaching() {
        const char* sql = "SELECT * FROM t ORDER BY a;";
        {
            SqliteStatement st(*m_db, sql);
            QVERIFY(st.step());
        }
        m_db->exec("ALTER TABLE t ADD COLUMN c TEXT DEFAULT 'new';");
        SqliteStatement st(*m_db, sql);
        QVERIFY(st.step());
        QCOMPARE(sqlite3_column_count(handleOf(st)), 3);
        QCOMPARE(st.text(2), QStringLiteral("new"));
    }

    void badSqlThrowsAndTheCacheStillWorks() {
        TSUMUGI_VERIFY_ERROR(SqliteStatement(*m_db, "SELEKT nonsense;"), Error::Kind::Storage);
        TSUMUGI_VERIFY_ERROR(SqliteStatement(*m_db, "SELEKT nonsense;"), Error::Kind::Storage);
        SqliteStatement st(*m_db, "SELECT b FROM t WHERE a = ?;");
        st.bind(1, qint64(3));
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("three"));
    }

    void closingWithStatementsCached() {
        for (int i = 0; i < 5; ++i) {
            SqliteStatement st(*m_db, "SELECT a FROM t WHERE a > ?;");
            st.bind(1, qint64(i));
            while (st.step()) {
            }
        }
        m_db.reset(); // finalizes the cached statements, then closes
        SqliteConnection reopened(m_dir.filePath(QStringLiteral("s.tsumugi")),
                                  SqliteConnection::OpenMode::ExistingOnly);
        QVERIFY(reopened.handle() != nullptr);
    }

private:
    static sqlite3_stmt* handleOf(const SqliteStatement& st) { return st.handle(); }
};

TSUMUGI_TEST_CLASS(TestSqliteStatement)
#include "test_sqlite_statement.moc"
