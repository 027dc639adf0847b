#pragma once
// Where a storage test's record lives. By default a file in the test's own folder; with TSUMUGI_TEST_DB=postgres (the
// `pg` runs ctest adds for every class marked BOTH_DRIVERS) a database of its own on the ctest run's shared cluster
// (TSUMUGI_TEST_PG_DIR: the folder `pg-cluster start DIR auto` wrote its port into), made from a template that holds
// the newest schema, and dropped again when the test is done.

#include "core/db/PostgresConnection.h"
#include "core/db/Schema.h"
#include "core/db/SchemaMigrator.h"
#include "core/db/Statement.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <stdexcept>

namespace tsumugi::test {

class TestDatabase {
public:
    static bool onServer() { return qEnvironmentVariable("TSUMUGI_TEST_DB") == QLatin1String("postgres"); }

    // A record location in dir (a file) or a fresh database on the cluster (a URL); the database is dropped with
    // the object.
    explicit TestDatabase(const QString& fileInDir) {
        if (!onServer()) {
            m_location = fileInDir;
            return;
        }
        static QAtomicInt counter;
        m_name = QStringLiteral("t%1_%2_%3")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1))
                     .arg(QRandomGenerator::global()->bounded(1000000));
        PostgresConnection admin(conninfo(QStringLiteral("postgres")));
        ensureTemplate(admin);
        admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE tsumugi_template;").arg(m_name).toUtf8().constData());
        m_location = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(port()).arg(m_name);
    }
    ~TestDatabase() {
        if (m_name.isEmpty()) {
            return;
        }
        try {
            PostgresConnection admin(conninfo(QStringLiteral("postgres")));
            admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE);").arg(m_name).toUtf8().constData());
        } catch (...) {
            // A database left behind goes with the cluster at the end of the run.
        }
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    QString location() const { return m_location; }

    static QString conninfo(const QString& database) {
        return QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=%2 connect_timeout=5")
            .arg(port())
            .arg(database);
    }

private:
    static int port() {
        QFile f(qEnvironmentVariable("TSUMUGI_TEST_PG_DIR") + QStringLiteral("/port"));
        if (!f.open(QIODevice::ReadOnly)) {
            throw std::runtime_error("TSUMUGI_TEST_DB=postgres without the ctest run's cluster (TSUMUGI_TEST_PG_DIR)");
        }
        return f.readAll().trimmed().toInt();
    }

    // Once per cluster (the first test process to get here, under an advisory lock): a database with the newest
    // schema to copy, so each test's database costs a file copy instead of the whole schema history.
    static void ensureTemplate(PostgresConnection& admin) {
        static bool done = false;
        if (done) {
            return;
        }
        admin.exec("SELECT pg_advisory_lock(4242);");
        try {
            Statement exists(admin, "SELECT count(*) FROM pg_database WHERE datname = 'tsumugi_template';");
            exists.step();
            if (exists.int64(0) == 0) {
                admin.exec("CREATE DATABASE tsumugi_template_building;");
                {
                    PostgresConnection building(conninfo(QStringLiteral("tsumugi_template_building")));
                    SchemaMigrator(Schema::migrations(DbConnection::Driver::Postgres)).migrate(building);
                }
                admin.exec("ALTER DATABASE tsumugi_template_building RENAME TO tsumugi_template;");
            }
        } catch (...) {
            admin.exec("SELECT pg_advisory_unlock(4242);");
            throw;
        }
        admin.exec("SELECT pg_advisory_unlock(4242);");
        done = true;
    }

    QString m_location;
    QString m_name;
};

} // namespace tsumugi::test
