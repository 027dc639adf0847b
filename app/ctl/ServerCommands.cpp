#include "ServerCommands.h"

#include "CliArguments.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"
#include "core/server/DeskJoin.h"
#include "core/server/ServerBackup.h"
#include "core/server/ServerCluster.h"
#include "core/util/AtomicFile.h"
#include "core/util/SystemClock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace tsumugi::cli {

QString ServerCommands::usage() {
    return tr("  server init --data DIR --listen ADDRESS[,ADDRESS...] [--port N] [--allow samenet|CIDR]\n"
              "              --ca-password-file FILE --institution NUMBER --name TEXT [--display-name TEXT]\n"
              "              [--address TEXT] [--phone TEXT] [--recovery-key-out FILE]\n"
              "              (on the server machine; --user/--password-file: the first administrator)\n"
              "  server start|stop|status --data DIR\n"
              "  server upgrade --data DIR   (the server's schema brought up to this version; --user: an "
              "administrator)\n"
              "  server certs issue DESK --data DIR --ca-password-file FILE [--out FILE] [--host ADDRESS]\n"
              "  server certs revoke DESK --data DIR --ca-password-file FILE | server certs list --data DIR\n"
              "  server join FILE --code-file FILE [--into DIR]   (on a desk: prints the --db address to use)\n"
              "  server backup --data DIR --to FOLDER [--keep N]   (--user: an administrator; keeps the newest N, 5)\n"
              "  server backup list --to FOLDER | server backup verify FILE   (--user/--password-file: a user then)\n"
              "  server restore FILE --data NEWDIR --listen ADDRESS[,...] [--port N] --ca-password-file FILE\n"
              "              (a new server from a backup; --user/--password-file: a user of the backup's day)\n");
}

ServerCommands::ServerCommands(QTextStream& out, QTextStream& err, PasswordReader readPassword,
                               RecoveryKeyWriter writeRecoveryKey)
    : m_out(out)
    , m_err(err)
    , m_readPassword(std::move(readPassword))
    , m_writeRecoveryKey(std::move(writeRecoveryKey)) {}

QString ServerCommands::folder(const CliArguments& a) const {
    const QString dir = a.value(QStringLiteral("data"));
    if (dir.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the server's folder with --data DIR."));
    }
    return dir;
}

QString ServerCommands::caPassword(const CliArguments& a) const {
    const QString file = a.value(QStringLiteral("ca-password-file"));
    if (file.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Give the file holding the CA password with --ca-password-file ('-' reads standard input)."));
    }
    return m_readPassword(file);
}

// What init and restore both take: the folder, the addresses and port to listen on, who may connect, the CA password.
ServerCluster::Setup ServerCommands::serverSetup(const CliArguments& a) const {
    ServerCluster::Setup setup;
    setup.folder = folder(a);
    setup.listen = a.value(QStringLiteral("listen")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& h : setup.listen) {
        h = h.trimmed();
    }
    bool ok = true;
    setup.port = a.value(QStringLiteral("port"), QStringLiteral("5432")).toInt(&ok);
    if (!ok) {
        throw Error(Error::Kind::Validation, tr("--port is a number from 1024 to 65535."));
    }
    setup.allowFrom = a.value(QStringLiteral("allow"), QStringLiteral("samenet"));
    setup.caPassword = caPassword(a);
    return setup;
}

// A setup step's line, printed as it happens.
std::function<void(const QString&)> ServerCommands::printer() {
    return [this](const QString& line) {
        m_out << line << '\n';
        m_out.flush();
    };
}

int ServerCommands::run(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    if (sub == QStringLiteral("init")) {
        return init(a);
    }
    if (sub == QStringLiteral("upgrade")) {
        return upgrade(a);
    }
    if (sub == QStringLiteral("certs")) {
        return certs(a);
    }
    if (sub == QStringLiteral("join")) {
        return join(a);
    }
    if (sub == QStringLiteral("backup")) {
        return backup(a);
    }
    if (sub == QStringLiteral("restore")) {
        return restore(a);
    }
    if (sub == QStringLiteral("start") || sub == QStringLiteral("stop") || sub == QStringLiteral("status")) {
        const ServerCluster server(folder(a));
        if (sub == QStringLiteral("start")) {
            server.start();
        } else if (sub == QStringLiteral("stop")) {
            server.stop();
        }
        m_out << (server.running() ? tr("The clinic server in %1 is running (port %2).")
                                   : tr("The clinic server in %1 is stopped (port %2)."))
                     .arg(server.folder())
                     .arg(server.port())
              << '\n';
        return sub == QStringLiteral("status") && !server.running() ? 3 : 0;
    }
    m_err << usage();
    return 2;
}

int ServerCommands::init(const CliArguments& a) {
    ServerCluster::Setup setup = serverSetup(a);
    setup.record.clinic.name = a.value(QStringLiteral("name"));
    setup.record.clinic.institutionNumber = a.value(QStringLiteral("institution"));
    setup.record.clinic.address = a.value(QStringLiteral("address"));
    setup.record.clinic.phone = a.value(QStringLiteral("phone"));
    setup.record.adminName = a.global(QStringLiteral("user"));
    setup.record.adminDisplayName = a.value(QStringLiteral("display-name"));
    setup.record.adminPassword = m_readPassword(a.global(QStringLiteral("password-file")));
    const ServerCluster::Initialised done = ServerCluster::init(setup, SystemClock::instance(), printer());
    if (done.record) {
        m_writeRecoveryKey(done.record->takeNewRecoveryKey(), a.value(QStringLiteral("recovery-key-out")));
    }
    const ServerCluster server(setup.folder);
    m_out << tr("Each desk joins with a certificate of its own: tsumugictl server certs issue DESK --data %1 "
                "--ca-password-file FILE writes DESK.tsumugi-join and shows its join code; on the desk, the setup "
                "window's 「院内サーバーに接続する」 (or tsumugictl server join) takes both. Desks connect to %2, "
                "port %3.")
                 .arg(server.folder(), server.deskHost())
                 .arg(server.port())
          << '\n';
    return 0;
}

int ServerCommands::upgrade(const CliArguments& a) {
    const ServerCluster server(folder(a));
    // Signing in as the owner through the local socket brings the schema up (with the record key, as a step that
    // seals needs it); what the step made is the desks' role's too.
    auto record =
        ClinicRecord::open(server.ownerLocation(), a.global(QStringLiteral("user")),
                           m_readPassword(a.global(QStringLiteral("password-file"))), SystemClock::instance());
    record.reset();
    server.grantDeskRole();
    m_out << tr("The record on the clinic server in %1 is at this version's schema.").arg(server.folder()) << '\n';
    return 0;
}

int ServerCommands::certs(const CliArguments& a) {
    const QString sub = a.positional().value(2);
    const QString desk = a.positional().value(3);
    const ServerCluster server(folder(a));
    if (sub == QStringLiteral("list")) {
        for (const auto& i : server.authority().issued()) {
            m_out << (i.server ? QStringLiteral("server") : i.name) << '\t' << i.serial << '\t'
                  << i.issuedAt.toString(Qt::ISODate) << '\t' << i.notAfter.toString(Qt::ISODate) << '\t'
                  << (i.revokedAt.isValid() ? tr("revoked %1").arg(i.revokedAt.toString(Qt::ISODate)) : tr("valid"))
                  << '\n';
        }
        return 0;
    }
    if (sub == QStringLiteral("revoke") && !desk.isEmpty()) {
        server.revokeDesk(desk, caPassword(a));
        m_out << tr("The certificate of the desk %1 is revoked: the server refuses its next connection.").arg(desk)
              << '\n';
        return 0;
    }
    if (sub == QStringLiteral("issue") && !desk.isEmpty()) {
        ClinicCertificateAuthority ca = server.authority();
        const auto issued = ca.issueDesk(desk, caPassword(a));
        DeskJoin::Contents join;
        join.desk = desk;
        join.host = a.value(QStringLiteral("host"), server.deskHost());
        join.port = server.port();
        join.database = QLatin1String(ServerCluster::Database);
        join.user = QLatin1String(ServerCluster::DeskRole);
        join.caPem = ca.certificatePem();
        join.certificatePem = issued.certificatePem;
        join.keyPem = issued.privateKeyPem;
        const QString code = DeskJoin::newCode();
        const QString out = a.value(QStringLiteral("out"), desk + QStringLiteral(".tsumugi-join"));
        AtomicFile::write(out, DeskJoin::seal(join, code));
        m_out << tr("The join file of the desk %1 is %2. Its join code (shown only now; give it to the desk by "
                    "another way than the file):")
                     .arg(desk, out)
              << '\n'
              << code << '\n';
        return 0;
    }
    m_err << usage();
    return 2;
}

int ServerCommands::backup(const CliArguments& a) {
    const QString sub = a.positional().value(2);
    if (sub == QStringLiteral("list")) {
        const QString to = a.value(QStringLiteral("to"));
        if (to.isEmpty()) {
            throw Error(Error::Kind::Validation, tr("Give the backup folder with --to FOLDER."));
        }
        for (const QString& path : ServerBackup::list(to)) {
            const ServerBackup::Header h = ServerBackup::header(path);
            m_out << path << '\t' << h.created.toLocalTime().toString(Qt::ISODate) << '\t' << QFileInfo(path).size()
                  << '\t' << tr("schema %1, audit row %2").arg(h.schema).arg(h.auditSeq) << '\n';
        }
        return 0;
    }
    const QString user = a.global(QStringLiteral("user"));
    const QString password = m_readPassword(a.global(QStringLiteral("password-file")));
    if (sub == QStringLiteral("verify")) {
        const QString file = a.positional().value(3);
        ServerBackup::verify(file, user, password);
        const ServerBackup::Header h = ServerBackup::header(file);
        m_out << tr("The backup %1 of %2 opens whole: every part authenticated, the archive readable (schema %3, "
                    "audit trail up to row %4).")
                     .arg(file, h.created.toLocalTime().toString(Qt::ISODate))
                     .arg(h.schema)
                     .arg(h.auditSeq)
              << '\n';
        return 0;
    }
    if (!sub.isEmpty()) {
        m_err << usage();
        return 2;
    }
    const QString to = a.value(QStringLiteral("to"));
    if (to.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the backup folder with --to FOLDER (a USB disk or a NAS)."));
    }
    bool ok = true;
    const int keep = a.value(QStringLiteral("keep"), QString::number(ServerBackup::DefaultKeep)).toInt(&ok);
    if (!ok || keep < 1) {
        throw Error(Error::Kind::Validation, tr("--keep is a number of backups, at least 1."));
    }
    const ServerCluster server(folder(a));
    auto record = ClinicRecord::open(server.ownerLocation(), user, password, SystemClock::instance());
    const ServerBackup::Written w = ServerBackup::create(server.ownerConninfo(), *record, to, keep);
    m_out << tr("Backed up and verified: %1 (%2 bytes, %3 ms).").arg(w.path).arg(w.bytes).arg(w.milliseconds) << '\n';
    for (const QString& removed : w.removed) {
        m_out << tr("Removed the older generation %1.").arg(removed) << '\n';
    }
    return 0;
}

int ServerCommands::restore(const CliArguments& a) {
    const QString file = a.positional().value(2);
    if (file.isEmpty()) {
        m_err << usage();
        return 2;
    }
    const QString user = a.global(QStringLiteral("user"));
    const QString password = m_readPassword(a.global(QStringLiteral("password-file")));
    // The password first: a new server is not set up for a backup that does not open.
    ServerBackup::verify(file, user, password);
    ServerCluster::Setup setup = serverSetup(a);
    setup.record.clinic.name = ServerBackup::header(file).clinic;
    setup.makeRecord = false;
    ServerCluster::init(setup, SystemClock::instance(), printer());
    const ServerCluster server(setup.folder);
    ServerBackup::restore(file, user, password, server, SystemClock::instance());
    m_out << tr("Restored %1 into the new server in %2: the audit trail ends where the backup said and verifies. "
                "Join the desks to it (server certs issue).")
                 .arg(file, server.folder())
          << '\n';
    return 0;
}

int ServerCommands::join(const CliArguments& a) {
    const QString file = a.positional().value(2);
    QFile f(file);
    if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        throw Error(Error::Kind::FileMissing, tr("The join file %1 cannot be read.").arg(file));
    }
    const QString codeFile = a.value(QStringLiteral("code-file"));
    if (codeFile.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Give the file holding the join code with --code-file ('-' reads standard input)."));
    }
    const DeskJoin::Contents contents = DeskJoin::open(f.readAll(), m_readPassword(codeFile));
    const QString into =
        a.value(QStringLiteral("into"),
                QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/server"));
    m_out << DeskJoin::install(contents, into) << '\n';
    return 0;
}

} // namespace tsumugi::cli
