#pragma once

#include "core/record/ClinicRecord.h"
#include "core/server/ClinicCertificateAuthority.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace tsumugi {

class Clock;

// The clinic server as `tsumugictl server init` sets it up on a Debian 12 machine with postgresql-15: one folder
// holding the PostgreSQL cluster (pgdata/, with data checksums), its socket and log (server/, reached only on this
// machine), the clinic's certificate authority (ca/) and what was chosen (server.json). The cluster takes TLS 1.3
// connections only, from desks that show a certificate of the clinic's CA (pg_hba: hostssl … cert, nothing else
// from the network), mapped to the application role, which reads and writes rows but owns no table; the owner role
// (schema steps) and the superuser are reached only through the local socket by the OS user who set it up.
// Run as root, the cluster belongs to the postgres user (PostgreSQL refuses to run as root).
class ServerCluster {
    Q_DECLARE_TR_FUNCTIONS(ServerCluster)
public:
    static constexpr const char* Database = "tsumugi";
    static constexpr const char* OwnerRole = "tsumugi_owner";
    static constexpr const char* DeskRole = "tsumugi_app";

    struct Setup {
        QString folder;
        // The addresses (and host names) the server listens on and the desks write: its certificate names them.
        QStringList listen;
        int port = 5432;
        // Where desks may connect from, as pg_hba writes it: samenet (the server's own networks) or an address/mask.
        QString allowFrom = QStringLiteral("samenet");
        QString caPassword;
        // The record made in the new database (its clinic and first administrator); ignored when one is there.
        ClinicRecord::NewRecord record;
        // Off: the database is left empty, for a backup to be restored into (ServerBackup::restore).
        bool makeRecord = true;
    };
    struct Initialised {
        std::unique_ptr<ClinicRecord> record; // null when the database held a record already (adopted)
        bool adoptedCluster = false;
    };

    // Creates the folder's cluster, or adopts the one an earlier init made (settings and the server's certificate
    // are written anew, the CA and the record are kept), starts it, and makes the roles, the database and the record.
    // progress hears one line per step.
    static Initialised init(const Setup& setup, const Clock& clock,
                            const std::function<void(const QString&)>& progress = {});
    static bool existsIn(const QString& folder);

    // A folder set up before (Error(FileMissing) otherwise).
    explicit ServerCluster(const QString& folder);

    void start() const;
    void stop() const;
    bool running() const;
    // The server reads its settings and the CA's list of revoked certificates again (pg_reload_conf).
    void reload() const;

    QString folder() const { return m_folder; }
    int port() const { return m_port; }
    QStringList listen() const { return m_listen; }
    // The address a desk writes by default: the first one given that is not this machine's loopback.
    QString deskHost() const;
    // The record as the owner reaches it on this machine (schema steps, backups): the local socket.
    QString ownerLocation() const;
    // The same for PostgreSQL's own programs (pg_dump, pg_restore).
    QString ownerConninfo() const;
    // A PostgreSQL 15 program's path.
    static QString tool(const QString& program);
    ClinicCertificateAuthority authority() const;
    // Revokes the desk's certificate and has the running server read the new list: its next connection is refused.
    void revokeDesk(const QString& desk, const QString& caPassword) const;
    // The application role may read and write every table, also those a schema step made (after an upgrade).
    void grantDeskRole() const;

private:
    ServerCluster() = default;
    QString dataFolder() const;
    QString socketFolder() const;
    QString superuserConninfo(const QString& database) const;
    void writeSettings(const QString& allowFrom) const;
    void installServerFiles(const ClinicCertificateAuthority& ca, const QString& caPassword) const;
    void makeRolesAndDatabase() const;
    void saveChoices() const;

    QString m_folder;
    QStringList m_listen;
    int m_port = 5432;
};

} // namespace tsumugi
