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

    PostgresCluster() {
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
        QProcess p;
        p.start(script(), {QStringLiteral("start"), m_dir.path(), QString::number(m_port)});
        if (!p.waitForFinished(90000) || p.exitCode() != 0) {
            return QString::fromUtf8(p.readAllStandardError()) + QStringLiteral(" (pg-cluster start)");
        }
        m_started = true;
        return {};
    }
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
    static QString script() { return QStringLiteral(TSUMUGI_SOURCE_DIR "/tests/support/pg-cluster"); }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tsumugi-pg.XXXXXX")};
    int m_port = 0;
    bool m_started = false;
};

} // namespace tsumugi::test
