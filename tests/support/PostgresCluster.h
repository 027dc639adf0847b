#pragma once
// A private PostgreSQL 15 cluster for one test class (tests/support/pg-cluster: 127.0.0.1, a random port, its own
// folder; owned by an unprivileged user when the tests run as root), stopped when the object goes.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QTemporaryDir>

namespace tsumugi::test {

class PostgresCluster {
public:
    static bool installed() { return QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/initdb")); }

    // durable: commits answered only once their WAL is written, as on a real server (for tests that kill it).
    explicit PostgresCluster(bool durable = false)
        : m_durable(durable) {
        // The cluster's user must reach its folder.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ReadOther | QFileDevice::ExeOther |
                                                QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    }
    ~PostgresCluster() { stop(); }
    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;

    // Empty on success, else what pg-cluster said.
    QString start() {
        m_port = 20000 + int(QRandomGenerator::global()->bounded(20000));
        return startOnPort();
    }
    // An immediate stop, as a power cut; restart() brings it back on the same port, recovering from its WAL.
    bool kill() {
        m_started = false;
        return QProcess::execute(script(), {QStringLiteral("kill"), m_dir.path()}) == 0;
    }
    QString restart() { return startOnPort(); }
    int port() const { return m_port; }
    // The cluster's files, as a copy of a server's disk would hold them.
    QString dataDirectory() const { return m_dir.path() + QStringLiteral("/data"); }
    // Leaves the cluster's folder in place after the stop (a benchmark's record kept to be looked into).
    void keepFiles() { m_dir.setAutoRemove(false); }
    // A fast shutdown (also to see what a desk does when its server goes away).
    bool stop() {
        if (!m_started) {
            return true;
        }
        m_started = false;
        return QProcess::execute(script(), {QStringLiteral("stop"), m_dir.path()}) == 0;
    }

    QString conninfo(const QString& database = QStringLiteral("postgres")) const {
        return QStringLiteral("host=127.0.0.1 port=%1 user=postgres dbname=%2 connect_timeout=5")
            .arg(m_port)
            .arg(database);
    }

private:
    QString startOnPort() {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PG_CLUSTER_DURABLE"), m_durable ? QStringLiteral("1") : QStringLiteral("0"));
        p.setProcessEnvironment(env);
        p.start(script(), {QStringLiteral("start"), m_dir.path(), QString::number(m_port)});
        if (!p.waitForFinished(90000) || p.exitCode() != 0) {
            return QString::fromUtf8(p.readAllStandardError()) + QStringLiteral(" (pg-cluster start)");
        }
        m_started = true;
        return {};
    }
    static QString script() { return QStringLiteral(TSUMUGI_SOURCE_DIR "/tests/support/pg-cluster"); }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tsumugi-pg.XXXXXX")};
    int m_port = 0;
    bool m_started = false;
    bool m_durable = false;
};

} // namespace tsumugi::test

// In a test (which includes support/Prerequisite.h; the benchmarks use the class without Qt Test): skipped, or failed
// under CI=true, without PostgreSQL 15; else the cluster is started, or the test fails with what pg-cluster said.
#define TSUMUGI_START_POSTGRES_CLUSTER(cluster)                                                                        \
    do {                                                                                                               \
        if (!tsumugi::test::PostgresCluster::installed()) {                                                            \
            TSUMUGI_MISSING_PREREQUISITE("postgresql-15 is not installed (scripts/setup installs it)");                \
        }                                                                                                              \
        const QString startFailed = (cluster).start();                                                                 \
        QVERIFY2(startFailed.isEmpty(), qPrintable(startFailed));                                                      \
    } while (false)
