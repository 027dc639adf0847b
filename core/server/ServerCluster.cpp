#include "core/server/ServerCluster.h"

#include "core/Error.h"
#include "core/db/PostgresConnection.h"
#include "core/util/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QUrl>
#include <pwd.h>
#include <unistd.h>

namespace tsumugi {

namespace {
const QString Bin = QStringLiteral("/usr/lib/postgresql/15/bin/");
const QString ClusterUserWhenRoot = QStringLiteral("postgres");

bool asRoot() {
    return geteuid() == 0;
}

QString osUser() {
    const passwd* pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// PostgreSQL runs as an ordinary user: as root, the postgres user the Debian package made.
const passwd* clusterUser() {
    if (!asRoot()) {
        return nullptr;
    }
    const passwd* pw = getpwnam(ClusterUserWhenRoot.toLocal8Bit().constData());
    if (!pw) {
        throw Error(Error::Kind::Validation,
                    ServerCluster::tr("There is no postgres user on this machine: install postgresql-15 first "
                                      "(scripts/setup does)."));
    }
    return pw;
}

void giveToCluster(const QString& path) {
    if (const passwd* pw = clusterUser()) {
        if (chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            throw Error(Error::Kind::PermissionDenied,
                        ServerCluster::tr("%1 cannot be given to the postgres user.").arg(path));
        }
    }
}

void writeClusterFile(const QString& path, const QByteArray& bytes) {
    AtomicFile::write(path, bytes); // owner-only, as PostgreSQL wants its key
    giveToCluster(path);
}

// One PostgreSQL program, as the cluster's user; its output is the message when it fails.
void runTool(const QString& program, const QStringList& args, int timeoutMs = 120000) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (const passwd* pw = clusterUser()) {
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=%1").arg(pw->pw_uid), QStringLiteral("--regid=%1").arg(pw->pw_gid),
                            QStringLiteral("--clear-groups"), QStringLiteral("--"), Bin + program} +
                    args);
    } else {
        p.start(Bin + program, args);
    }
    if (!p.waitForStarted(10000)) {
        throw Error(Error::Kind::FileMissing,
                    ServerCluster::tr("%1 cannot be started: install postgresql-15 first (scripts/setup does).")
                        .arg(Bin + program));
    }
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        throw Error(Error::Kind::Storage,
                    ServerCluster::tr("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()).trimmed()));
    }
}

QString quotedSetting(const QString& value) {
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

bool isLoopback(const QString& host) {
    return host == QStringLiteral("localhost") || host.startsWith(QStringLiteral("127.")) ||
           host == QStringLiteral("::1");
}
} // namespace

bool ServerCluster::existsIn(const QString& folder) {
    return QFile::exists(folder + QStringLiteral("/server.json"));
}

ServerCluster::ServerCluster(const QString& folder)
    : m_folder(QDir(folder).absolutePath()) {
    QFile f(m_folder + QStringLiteral("/server.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing,
                    tr("%1 holds no clinic server: set one up with tsumugictl server init --data %1.").arg(folder));
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    m_port = o.value(QStringLiteral("port")).toInt(5432);
    for (const QJsonValue& v : o.value(QStringLiteral("listen")).toArray()) {
        m_listen << v.toString();
    }
}

QString ServerCluster::dataFolder() const {
    return m_folder + QStringLiteral("/pgdata");
}

QString ServerCluster::socketFolder() const {
    return m_folder + QStringLiteral("/server");
}

QString ServerCluster::deskHost() const {
    for (const QString& h : m_listen) {
        if (!isLoopback(h)) {
            return h;
        }
    }
    return m_listen.value(0);
}

ClinicCertificateAuthority ServerCluster::authority() const {
    return ClinicCertificateAuthority(m_folder + QStringLiteral("/ca"));
}

QString ServerCluster::superuserConninfo(const QString& database) const {
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=%3").arg(socketFolder()).arg(m_port).arg(database);
}

QString ServerCluster::ownerLocation() const {
    // No host part: libpq takes the socket folder from the host parameter (QUrl would drop the empty authority).
    // One arg() call: the encoded folder's own "%2F" must not be taken for a placeholder.
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(QLatin1String(Database), QString::fromLatin1(QUrl::toPercentEncoding(socketFolder())),
             QString::number(m_port), QLatin1String(OwnerRole));
}

QString ServerCluster::ownerConninfo() const {
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
        .arg(socketFolder(), QString::number(m_port), QLatin1String(OwnerRole), QLatin1String(Database));
}

QString ServerCluster::tool(const QString& program) {
    return Bin + program;
}

ServerCluster::Initialised ServerCluster::init(const Setup& setup, const Clock& clock,
                                               const std::function<void(const QString&)>& progress) {
    const auto say = [&](const QString& line) {
        if (progress) {
            progress(line);
        }
    };
    if (setup.folder.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the server's folder with --data DIR."));
    }
    if (setup.listen.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Give the addresses the desks reach the server by with --listen (for example 192.168.1.10)."));
    }
    if (setup.port < 1024 || setup.port > 65535) {
        throw Error(Error::Kind::Validation, tr("--port is a number from 1024 to 65535."));
    }
    ServerCluster server;
    server.m_folder = QDir(setup.folder).absolutePath();
    server.m_listen = setup.listen;
    server.m_port = setup.port;
    if (!QDir().mkpath(server.m_folder)) {
        throw Error(Error::Kind::Storage, tr("The folder %1 cannot be made.").arg(server.m_folder));
    }
    // The cluster's user must reach its folders inside; the CA's folder stays owner-only.
    QFile::setPermissions(server.m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                               QFileDevice::ExeGroup | QFileDevice::ExeOther);

    const QString caFolder = server.m_folder + QStringLiteral("/ca");
    if (ClinicCertificateAuthority::existsIn(caFolder)) {
        say(tr("The clinic's certificate authority in %1 is kept.").arg(caFolder));
    } else {
        ClinicCertificateAuthority::create(caFolder, setup.record.clinic.name, setup.caPassword);
        say(tr("Made the clinic's certificate authority in %1 (its key is encrypted under the CA password).")
                .arg(caFolder));
    }
    const ClinicCertificateAuthority ca(caFolder);

    Initialised out;
    const QString data = server.dataFolder();
    out.adoptedCluster = QFile::exists(data + QStringLiteral("/PG_VERSION"));
    if (out.adoptedCluster) {
        QFile version(data + QStringLiteral("/PG_VERSION"));
        version.open(QIODevice::ReadOnly);
        if (version.readAll().trimmed() != "15" || !QFile::exists(data + QStringLiteral("/postgresql.conf"))) {
            throw Error(Error::Kind::Validation,
                        tr("%1 holds a cluster that is not a PostgreSQL 15 cluster with its settings inside; it was "
                           "left untouched.")
                            .arg(data));
        }
        if (server.running()) {
            server.stop();
        }
        say(tr("The cluster in %1 is adopted.").arg(data));
    } else {
        QDir().mkpath(data);
        QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        giveToCluster(data);
        // Data checksums: a page damaged on the disk is reported, not read as data.
        runTool(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                                           QStringLiteral("--auth=peer"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                           QStringLiteral("--locale=C"), QStringLiteral("--data-checksums")});
        say(tr("Made a PostgreSQL 15 cluster in %1.").arg(data));
    }
    QDir().mkpath(server.socketFolder());
    giveToCluster(server.socketFolder());
    server.saveChoices();
    server.installServerFiles(ca, setup.caPassword);
    server.writeSettings(setup.allowFrom);
    server.start();
    say(tr("The server listens on %1, port %2, for desks with a certificate of the clinic's CA only (TLS 1.3).")
            .arg(setup.listen.join(QStringLiteral(", ")))
            .arg(setup.port));
    server.makeRolesAndDatabase();
    PostgresConnection(server.ownerLocation()); // the owner's way in works (else its refusal is the message)
    if (!setup.makeRecord) {
        say(tr("The database %1 is left empty for a backup to be restored into.").arg(QLatin1String(Database)));
    } else if (ClinicRecord::exists(server.ownerLocation())) {
        say(tr("The database %1 holds a Tsumugi record already: it is kept.").arg(QLatin1String(Database)));
    } else {
        out.record = ClinicRecord::create(server.ownerLocation(), setup.record, clock);
        say(tr("Made the record of %1 (%2); administrator: %3.")
                .arg(setup.record.clinic.name, setup.record.clinic.institutionNumber, setup.record.adminName));
    }
    server.grantDeskRole();
    return out;
}

void ServerCluster::saveChoices() const {
    QJsonArray listen;
    for (const QString& h : m_listen) {
        listen.append(h);
    }
    AtomicFile::write(
        m_folder + QStringLiteral("/server.json"),
        QJsonDocument(QJsonObject{{QStringLiteral("port"), m_port}, {QStringLiteral("listen"), listen}}).toJson());
}

// The server's certificate names every address and name given (the desks check it: sslmode=verify-full); the
// CA's certificate checks the desks', its CRL refuses the revoked ones.
void ServerCluster::installServerFiles(const ClinicCertificateAuthority& ca, const QString& caPassword) const {
    ClinicCertificateAuthority signer = ca;
    const auto issued = signer.issueServer(m_listen, caPassword);
    const QString data = dataFolder();
    writeClusterFile(data + QStringLiteral("/server.key"), issued.privateKeyPem);
    writeClusterFile(data + QStringLiteral("/server.crt"), issued.certificatePem);
    writeClusterFile(data + QStringLiteral("/clinic-ca.crt"), ca.certificatePem());
    writeClusterFile(data + QStringLiteral("/clinic-ca.crl"), ca.crlPem());
}

void ServerCluster::writeSettings(const QString& allowFrom) const {
    const QString data = dataFolder();
    QByteArray conf = "# Written by tsumugictl server init; written anew by each init.\n";
    conf += "listen_addresses = " + quotedSetting(m_listen.join(QLatin1Char(','))).toUtf8() + "\n";
    conf += "port = " + QByteArray::number(m_port) + "\n";
    conf += "unix_socket_directories = " + quotedSetting(socketFolder()).toUtf8() + "\n";
    conf += "unix_socket_permissions = 0700\n";
    conf += "ssl = on\nssl_min_protocol_version = 'TLSv1.3'\n";
    conf += "ssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n";
    conf += "ssl_ca_file = 'clinic-ca.crt'\nssl_crl_file = 'clinic-ca.crl'\n";
    conf += "password_encryption = 'scram-sha-256'\n";
    conf += "log_connections = on\nlog_disconnections = on\n";
    writeClusterFile(data + QStringLiteral("/tsumugi.conf"), conf);

    QFile main(data + QStringLiteral("/postgresql.conf"));
    if (!main.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing, tr("%1 cannot be read.").arg(main.fileName()));
    }
    QByteArray text = main.readAll();
    main.close();
    if (!text.contains("\ninclude = 'tsumugi.conf'")) {
        text += "\n# Tsumugi's settings (tsumugictl server init)\ninclude = 'tsumugi.conf'\n";
        writeClusterFile(main.fileName(), text);
    }

    // Nothing from the network but TLS with a certificate of the clinic's CA, for the application role; the owner
    // and the superuser only on this machine, for the OS user who set the server up (and, as root, postgres).
    QByteArray hba = "# Written by tsumugictl server init. No host, trust or password lines: a desk shows a "
                     "certificate of the clinic's CA.\n";
    hba += "local   all      postgres," + QByteArray(OwnerRole) + "  peer map=admins\n";
    hba += "hostssl " + QByteArray(Database) + "  " + QByteArray(DeskRole) + "  " + allowFrom.toUtf8() +
           "  cert map=desks\n";
    writeClusterFile(data + QStringLiteral("/pg_hba.conf"), hba);
    QByteArray ident = "# Written by tsumugictl server init.\n";
    QStringList admins{osUser()};
    if (asRoot()) {
        admins << ClusterUserWhenRoot;
    }
    for (const QString& user : admins) {
        ident += "admins  " + user.toUtf8() + "  postgres\n";
        ident += "admins  " + user.toUtf8() + "  " + QByteArray(OwnerRole) + "\n";
    }
    ident += "desks   /^" + QByteArray(ClinicCertificateAuthority::DeskPrefix) + ".+$  " + QByteArray(DeskRole) + "\n";
    writeClusterFile(data + QStringLiteral("/pg_ident.conf"), ident);
}

void ServerCluster::makeRolesAndDatabase() const {
    PostgresConnection admin(superuserConninfo(QStringLiteral("postgres")));
    const std::string owner = OwnerRole;
    const std::string desk = DeskRole;
    const std::string db = Database;
    admin.exec(("DO $$ BEGIN\n"
                "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" +
                owner + "') THEN CREATE ROLE " + owner +
                " LOGIN; END IF;\n"
                "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" +
                desk + "') THEN CREATE ROLE " + desk +
                " LOGIN; END IF;\n"
                "END $$;")
                   .c_str());
    if (!admin.prepare("SELECT 1 FROM pg_database WHERE datname = '" + db + "';")->step()) {
        admin.exec(("CREATE DATABASE " + db + " OWNER " + owner +
                    " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C';")
                       .c_str());
    }
    admin.exec(("REVOKE ALL ON DATABASE " + db + " FROM PUBLIC; GRANT CONNECT ON DATABASE " + db + " TO " + desk + ";")
                   .c_str());
}

// The application role reads and writes rows; it owns nothing, so it cannot alter, drop or empty a table, nor set
// a table's rules aside. What a later schema step makes is granted to it the same way.
void ServerCluster::grantDeskRole() const {
    PostgresConnection admin(superuserConninfo(QLatin1String(Database)));
    const std::string owner = OwnerRole;
    const std::string desk = DeskRole;
    admin.exec(("REVOKE ALL ON SCHEMA public FROM PUBLIC;\n"
                "GRANT USAGE ON SCHEMA public TO " +
                desk +
                ";\n"
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " +
                desk +
                ";\n"
                "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " +
                desk +
                ";\n"
                "ALTER DEFAULT PRIVILEGES FOR ROLE " +
                owner +
                " IN SCHEMA public GRANT SELECT, INSERT, UPDATE, "
                "DELETE ON TABLES TO " +
                desk +
                ";\n"
                "ALTER DEFAULT PRIVILEGES FOR ROLE " +
                owner +
                " IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON "
                "SEQUENCES TO " +
                desk + ";")
                   .c_str());
}

void ServerCluster::start() const {
    if (running()) {
        return;
    }
    runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataFolder(), QStringLiteral("-l"),
                                       socketFolder() + QStringLiteral("/postgresql.log"), QStringLiteral("-w"),
                                       QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
}

void ServerCluster::stop() const {
    if (!running()) {
        return;
    }
    runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataFolder(), QStringLiteral("-m"), QStringLiteral("fast"),
                                       QStringLiteral("-w"), QStringLiteral("stop")});
}

bool ServerCluster::running() const {
    return QFile::exists(dataFolder() + QStringLiteral("/postmaster.pid"));
}

void ServerCluster::reload() const {
    PostgresConnection admin(superuserConninfo(QStringLiteral("postgres")));
    admin.exec("SELECT pg_reload_conf();");
}

void ServerCluster::revokeDesk(const QString& desk, const QString& caPassword) const {
    ClinicCertificateAuthority ca = authority();
    ca.revoke(desk, caPassword);
    writeClusterFile(dataFolder() + QStringLiteral("/clinic-ca.crl"), ca.crlPem());
    if (running()) {
        reload();
    }
}

} // namespace tsumugi
