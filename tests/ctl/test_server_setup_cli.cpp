#include "support/PostgresCluster.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// #35: a clinic sets its server up from the command line, as the README tells it: `server init` on the server
// machine, `server certs issue` per desk (a join file and its code), `server join` on the desk, then the desk works
// with the printed address; `server certs revoke` shuts a desk out, `server stop/status/start` run the cluster.
class TestServerSetupCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/tsumugi-ctl-server.XXXXXX")};
    int m_port = 0;
    QString m_restored;

    struct Result {
        int code;
        QString out;
        QString err;
    };

    QString file(const QString& name, const QByteArray& content = {}) const {
        const QString path = m_dir.filePath(name);
        if (!content.isNull()) {
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(content);
        }
        return path;
    }
    QString serverFolder() const { return m_dir.filePath(QStringLiteral("srv")); }

    Result ctl(const QStringList& args) const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TSUMUGI_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TSUMUGICTL_PATH), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Result asAdmin(const QString& db, const QStringList& args) const {
        return ctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                               QStringLiteral("--password-file"), file(QStringLiteral("admin.pw"))} +
                   args);
    }
    Result serverCommand(const QStringList& args) const {
        return ctl(QStringList{QStringLiteral("server")} + args +
                   QStringList{QStringLiteral("--data"), serverFolder()});
    }

    // certs issue + join: the desk's --db address.
    QString joinDesk(const QString& desk) {
        const Result issued =
            serverCommand({QStringLiteral("certs"), QStringLiteral("issue"), desk, QStringLiteral("--out"),
                           file(desk + QStringLiteral(".join")), QStringLiteral("--host"), QStringLiteral("127.0.0.2"),
                           QStringLiteral("--ca-password-file"), file(QStringLiteral("ca.pw"))});
        if (issued.code != 0) {
            qWarning("%s", qPrintable(issued.err));
            return {};
        }
        const QString code = issued.out.trimmed().split(QLatin1Char('\n')).last();
        const Result joined =
            ctl({QStringLiteral("server"), QStringLiteral("join"), file(desk + QStringLiteral(".join")),
                 QStringLiteral("--code-file"), file(desk + QStringLiteral(".code"), code.toUtf8()),
                 QStringLiteral("--into"), m_dir.filePath(QStringLiteral("desk-") + desk)});
        if (joined.code != 0) {
            qWarning("%s", qPrintable(joined.err));
            return {};
        }
        return joined.out.trimmed();
    }

private slots:
    void initTestCase() {
        if (!tsumugi::test::PostgresCluster::installed()) {
            TSUMUGI_MISSING_PREREQUISITE("postgresql-15 is not installed (scripts/setup installs it)");
        }
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                QFileDevice::ExeOther | QFileDevice::ExeGroup);
        file(QStringLiteral("admin.pw"), "admin password 1\n");
        file(QStringLiteral("ca.pw"), "clinic ca password\n");
    }

    void cleanupTestCase() {
        serverCommand({QStringLiteral("stop")});
        if (!m_restored.isEmpty()) {
            ctl({QStringLiteral("server"), QStringLiteral("stop"), QStringLiteral("--data"), m_restored});
        }
    }

    void initIssueJoinWorkRevoke() {
        Result init{1, {}, {}};
        for (int attempt = 0; attempt < 5 && init.code != 0; ++attempt) {
            m_port = 20000 + int(QRandomGenerator::global()->bounded(20000));
            init = ctl({QStringLiteral("--user"),
                        QStringLiteral("admin"),
                        QStringLiteral("--password-file"),
                        file(QStringLiteral("admin.pw")),
                        QStringLiteral("server"),
                        QStringLiteral("init"),
                        QStringLiteral("--data"),
                        serverFolder(),
                        QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1,127.0.0.2"),
                        QStringLiteral("--port"),
                        QString::number(m_port),
                        QStringLiteral("--ca-password-file"),
                        file(QStringLiteral("ca.pw")),
                        QStringLiteral("--institution"),
                        QStringLiteral("1310000035"),
                        QStringLiteral("--name"),
                        QStringLiteral("院内サーバー医院"),
                        QStringLiteral("--recovery-key-out"),
                        file(QStringLiteral("recovery.key"))});
            if (init.code != 0) {
                qWarning("server init on port %d: %s", m_port, qPrintable(init.err));
                serverCommand({QStringLiteral("stop")});
                QDir(serverFolder()).removeRecursively();
            }
        }
        QCOMPARE(init.code, 0);
        QVERIFY2(init.out.contains(QLatin1String("server certs issue")), qPrintable(init.out));
        QVERIFY(QFile::exists(file(QStringLiteral("recovery.key"))));
        QCOMPARE(serverCommand({QStringLiteral("status")}).code, 0);

        const QString desk = joinDesk(QStringLiteral("reception-1"));
        QVERIFY(desk.startsWith(QLatin1String("postgresql://tsumugi_app@127.0.0.2:")));
        QVERIFY(desk.contains(QLatin1String("sslmode=verify-full")));
        Result added = asAdmin(desk, {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--family"),
                                      QStringLiteral("受付"), QStringLiteral("--family-kana"),
                                      QStringLiteral("ウケツケ"), QStringLiteral("--sex"), QStringLiteral("female"),
                                      QStringLiteral("--birth"), QStringLiteral("1980-01-02")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(asAdmin(desk, {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("ウケツケ")})
                    .out.contains(QStringLiteral("受付")));

        // A wrong join code installs nothing.
        serverCommand({QStringLiteral("certs"), QStringLiteral("issue"), QStringLiteral("exam-1"),
                       QStringLiteral("--out"), file(QStringLiteral("exam-1.join")),
                       QStringLiteral("--ca-password-file"), file(QStringLiteral("ca.pw"))});
        const Result wrongCode =
            ctl({QStringLiteral("server"), QStringLiteral("join"), file(QStringLiteral("exam-1.join")),
                 QStringLiteral("--code-file"), file(QStringLiteral("wrong.code"), "AAAA-BBBB-CCCC-DDDD"),
                 QStringLiteral("--into"), m_dir.filePath(QStringLiteral("desk-exam-1"))});
        QVERIFY(wrongCode.code != 0);
        QVERIFY2(wrongCode.err.contains(QLatin1String("join code")), qPrintable(wrongCode.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("desk-exam-1/desk.key"))));

        // Revoked: the desk is refused in words at its next connection; the list says so.
        const Result revoked =
            serverCommand({QStringLiteral("certs"), QStringLiteral("revoke"), QStringLiteral("reception-1"),
                           QStringLiteral("--ca-password-file"), file(QStringLiteral("ca.pw"))});
        QVERIFY2(revoked.code == 0, qPrintable(revoked.err));
        const Result refused =
            asAdmin(desk, {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("ウケツケ")});
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(QLatin1String("revoked")), qPrintable(refused.err));
        const QString list = serverCommand({QStringLiteral("certs"), QStringLiteral("list")}).out;
        QVERIFY2(list.contains(QLatin1String("reception-1")) && list.contains(QLatin1String("revoked")),
                 qPrintable(list));
        QVERIFY(list.contains(QLatin1String("exam-1")));

        // Stopped, the desks cannot reach it; started, they can.
        const QString second = joinDesk(QStringLiteral("reception-2"));
        QCOMPARE(serverCommand({QStringLiteral("stop")}).code, 0);
        QCOMPARE(serverCommand({QStringLiteral("status")}).code, 3);
        QVERIFY(
            asAdmin(second, {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("ウケツケ")}).code !=
            0);
        QCOMPARE(serverCommand({QStringLiteral("start")}).code, 0);
        QVERIFY(asAdmin(second, {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("ウケツケ")})
                    .out.contains(QStringLiteral("受付")));
        // An upgrade at the same version changes nothing and keeps the desks in.
        const Result upgraded =
            ctl({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-file"),
                 file(QStringLiteral("admin.pw")), QStringLiteral("server"), QStringLiteral("upgrade"),
                 QStringLiteral("--data"), serverFolder()});
        QVERIFY2(upgraded.code == 0, qPrintable(upgraded.err));
        QVERIFY(
            asAdmin(second, {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("ウケツケ")}).code ==
            0);
    }
};

TSUMUGI_TEST_CLASS(TestServerSetupCli)
#include "test_server_setup_cli.moc"
