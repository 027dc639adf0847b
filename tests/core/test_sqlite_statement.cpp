#include "core/Error.h"
#include "core/db/SqliteConnection.h"
#include "core/db/SqlitePreparedStatement.h"
#include "core/db/Statement.h"
#include "core/security/SecureBytes.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <sqlite3.h>

using namespace tsumugi;

// Statement takes prepared statements from its connection's cache and gives them back: a reused statement
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
            SqlitePreparedStatement st(*m_db, sql);
            st.bindInt64(1, 2);
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), 1);
            first = st.handle();
        }
        SqlitePreparedStatement again(*m_db, sql);
        QCOMPARE(again.handle(), first); // the same prepared statement, reused
        QVERIFY(again.step());
        QCOMPARE(again.int64(0), 0); // unbound: a = NULL matches nothing
    }

    void sameSqlTwiceAtOnce() {
        // A nested read of the same SQL gets its own statement; both iterate independently.
        const char* sql = "SELECT a FROM t ORDER BY a;";
        SqlitePreparedStatement outer(*m_db, sql);
        QVERIFY(outer.step());
        QCOMPARE(outer.int64(0), 1);
        {
            SqlitePreparedStatement inner(*m_db, sql);
            QVERIFY(inner.handle() != outer.handle());
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
            Statement st(*m_db, "SELECT a FROM t;");
            QVERIFY(st.step()); // left mid-way
        }
        // A statement still running would hold the table (SQLITE_LOCKED); the one given back was reset.
        m_db->exec("DROP TABLE t;");
        QVERIFY(sqlite3_get_autocommit(m_db->handle()) != 0);
    }

    void schemaChangeAfterCaching() {
        const char* sql = "SELECT * FROM t ORDER BY a;";
        {
            Statement st(*m_db, sql);
            QVERIFY(st.step());
        }
        m_db->exec("ALTER TABLE t ADD COLUMN c TEXT DEFAULT 'new';");
        Statement st(*m_db, sql);
        QVERIFY(st.step());
        QCOMPARE(st.text(2), QStringLiteral("new"));
    }

    void badSqlThrowsAndTheCacheStillWorks() {
        TSUMUGI_VERIFY_ERROR(Statement(*m_db, "SELEKT nonsense;"), Error::Kind::Storage);
        TSUMUGI_VERIFY_ERROR(Statement(*m_db, "SELEKT nonsense;"), Error::Kind::Storage);
        Statement st(*m_db, "SELECT b FROM t WHERE a = ?;");
        st.bind(1, qint64(3));
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("three"));
    }

    void closingWithStatementsCached() {
        for (int i = 0; i < 5; ++i) {
            Statement st(*m_db, "SELECT a FROM t WHERE a > ?;");
            st.bind(1, qint64(i));
            while (st.step()) {
            }
        }
        m_db.reset(); // finalizes the cached statements, then closes
        SqliteConnection reopened(m_dir.filePath(QStringLiteral("s.tsumugi")),
                                  SqliteConnection::OpenMode::ExistingOnly);
        QVERIFY(reopened.handle() != nullptr);
    }
};

TSUMUGI_TEST_CLASS(TestSqliteStatement)
#include "test_sqlite_statement.moc"
